#include "yaml_tree_cache.hpp"

#include <cstdio>
#include <cstring>
#include <system_error>

#include "cache_entry.hpp"
#include "evidence_cache.hpp"

namespace procure::cli {
namespace {

namespace fs = std::filesystem;

constexpr std::string_view tree_entry_magic = "procure yaml tree 2\n";
// A case file is at most 16 MiB (ReadLimits); its tree takes about as much again.
constexpr std::uintmax_t max_tree_entry_bytes = 64u * 1024u * 1024u;

// The tree in binary, a node at a time in document order: its kind, whether
// it was quoted, its line and column, its text and its count of items or
// entries (a map's entry is its key node, then its value node). Decoding
// it costs a small part of what parsing the text again does.
void append_u32(std::string& out, std::uint32_t n) {
  char bytes[4];
  std::memcpy(bytes, &n, 4);
  out.append(bytes, 4);
}

void encode_tree(std::string& out, const yaml::Node& node) {
  out += static_cast<char>(node.kind);
  out += static_cast<char>(node.quoted ? 1 : 0);
  append_u32(out, static_cast<std::uint32_t>(node.line));
  append_u32(out, static_cast<std::uint32_t>(node.byte_column));
  append_u32(out, static_cast<std::uint32_t>(node.text.size()));
  out += node.text;
  if (node.kind == yaml::NodeKind::sequence) {
    append_u32(out, static_cast<std::uint32_t>(node.items.size()));
    for (const auto& item : node.items)
      encode_tree(out, item);
  } else if (node.kind == yaml::NodeKind::map) {
    append_u32(out, static_cast<std::uint32_t>(node.entries.size()));
    for (const auto& entry : node.entries) {
      encode_tree(out, entry.key);
      encode_tree(out, entry.value);
    }
  }
}

// Reads what `encode_tree` wrote; a damaged entry can neither nest nor
// grow much past what the parse's limits allow.
class TreeDecoder {
 public:
  TreeDecoder(std::string_view bytes, const yaml::ParseLimits& limits)
      : bytes_(bytes), limits_(limits) {}

  std::optional<yaml::Node> whole() {
    yaml::Node root;
    if (!node(root, 0) || at_ != bytes_.size())
      return std::nullopt;
    return root;
  }

 private:
  bool u32(std::uint32_t& n) {
    if (bytes_.size() - at_ < 4)
      return false;
    std::memcpy(&n, bytes_.data() + at_, 4);
    at_ += 4;
    return true;
  }

  bool node(yaml::Node& out, int depth) {
    if (depth > 2 * limits_.max_depth + 2 || ++nodes_ > 2 * limits_.max_nodes + 1 ||
        bytes_.size() - at_ < 2)
      return false;
    const auto kind = static_cast<unsigned char>(bytes_[at_]);
    const auto quoted = static_cast<unsigned char>(bytes_[at_ + 1]);
    at_ += 2;
    if (kind > static_cast<unsigned char>(yaml::NodeKind::map) || quoted > 1)
      return false;
    out.kind = static_cast<yaml::NodeKind>(kind);
    out.quoted = quoted == 1;
    std::uint32_t line = 0;
    std::uint32_t column = 0;
    std::uint32_t length = 0;
    if (!u32(line) || !u32(column) || !u32(length) || line > max_position ||
        column > max_position || length > bytes_.size() - at_)
      return false;
    out.line = static_cast<int>(line);
    out.byte_column = static_cast<int>(column);
    out.text.assign(bytes_.data() + at_, length);
    at_ += length;
    if (out.kind != yaml::NodeKind::sequence && out.kind != yaml::NodeKind::map)
      return true;
    std::uint32_t count = 0;
    // Every node takes at least 14 bytes: a count past what is left is damage.
    if (!u32(count) || count > (bytes_.size() - at_) / 14)
      return false;
    if (out.kind == yaml::NodeKind::sequence) {
      out.items.resize(count);
      for (auto& item : out.items) {
        if (!node(item, depth + 1))
          return false;
      }
    } else {
      out.entries.resize(count);
      for (auto& entry : out.entries) {
        if (!node(entry.key, depth + 1) || !node(entry.value, depth + 1))
          return false;
      }
    }
    return true;
  }

  static constexpr std::uint32_t max_position = 0x7fffffff;
  std::string_view bytes_;
  std::size_t at_ = 0;
  const yaml::ParseLimits& limits_;
  std::size_t nodes_ = 0;
};

}  // namespace

std::optional<std::string> encode_parsed(const yaml::ParsedText& parsed) {
  if (!keepable(parsed.problems))
    return std::nullopt;
  EntryWriter w;
  std::string tree;
  encode_tree(tree, parsed.root);
  w.unsigned_number(tree.size());
  w.text() += tree;
  write_problems(w, parsed.problems);
  return std::move(w.text());
}

std::optional<yaml::ParsedText> decode_parsed(std::string_view bytes,
                                              const yaml::ParseLimits& limits) {
  EntryReader r(bytes);
  const std::size_t tree_bytes = r.count(bytes.size());
  const std::string_view tree = r.bytes(tree_bytes);
  if (!r.ok())
    return std::nullopt;
  auto root = TreeDecoder(tree, limits).whole();
  if (!root)
    return std::nullopt;
  yaml::ParsedText parsed{std::move(*root), read_problems(r)};
  if (!r.at_end())
    return std::nullopt;
  return parsed;
}

std::optional<YamlTreeCache> YamlTreeCache::open(const fs::path& folder, std::string build) {
  std::error_code ec;
  fs::create_directories(folder, ec);
  if (ec)
    return std::nullopt;
  return YamlTreeCache(folder, std::move(build));
}

std::string YamlTreeCache::key(const SourceFile& source, const yaml::ParseLimits& limits) const {
  EntryWriter w;
  w.text() += tree_entry_magic;
  w.string(build_);
  w.string(source.path());
  w.number(limits.max_depth);
  w.unsigned_number(limits.max_nodes);
  w.string(source.text());
  return std::move(w.text());
}

std::optional<yaml::ParsedText> YamlTreeCache::find(const SourceFile& source,
                                                    const yaml::ParseLimits& limits) const {
  const std::string expected = key(source, limits);
  const auto text = read_entry(folder_ / entry_file_name(expected, ".tree"), max_tree_entry_bytes);
  if (!text)
    return std::nullopt;
  EntryReader r(*text);
  r.literal(expected);
  // What keep wrote with EntryWriter::string, read without a copy.
  const std::string_view parsed = r.bytes(r.unsigned_number(':'));
  r.literal("end\n");
  if (!r.at_end())
    return std::nullopt;
  return decode_parsed(parsed, limits);
}

void YamlTreeCache::keep(const SourceFile& source, const yaml::ParseLimits& limits,
                         const yaml::ParsedText& parsed) const {
  const auto bytes = encode_parsed(parsed);
  if (!bytes)
    return;
  EntryWriter w;
  w.text() = key(source, limits);
  const fs::path target = folder_ / entry_file_name(w.text(), ".tree");
  w.string(*bytes);
  w.text() += "end\n";
  write_entry(target, w.text());
}

std::optional<YamlTreeCache> open_user_yaml_tree_cache(bool no_cache) {
  const auto at = user_cache_location("yaml-trees", no_cache);
  if (!at)
    return std::nullopt;
  return YamlTreeCache::open(at->folder, at->build);
}

}  // namespace procure::cli
