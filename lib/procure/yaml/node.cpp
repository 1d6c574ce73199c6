#include "procure/yaml/node.hpp"

#include <algorithm>
#include <map>
#include <sstream>
#include <unordered_map>

#include <yaml-cpp/eventhandler.h>
#include <yaml-cpp/exceptions.h>
#include <yaml-cpp/mark.h>
#include <yaml-cpp/parser.h>

#include "procure/core/bounded_text.hpp"
#include "procure/core/utf8.hpp"
#include "procure/yaml/quoting_trap.hpp"

namespace procure::yaml {

const Node* Node::find(std::string_view key) const {
  for (const auto& [k, v] : entries) {
    if (k.text == key)
      return &v;
  }
  return nullptr;
}

namespace {

// Thrown from inside the event handler to stop the parser early.
struct LimitReached {
  std::string code;
  YAML::Mark mark;
};

std::size_t count_nodes(const Node& node) {
  std::size_t n = 1;
  for (const auto& item : node.items)
    n += count_nodes(item);
  for (const auto& [key, value] : node.entries)
    n += 1 + count_nodes(value);
  return n;
}

class TreeBuilder final : public YAML::EventHandler {
 public:
  TreeBuilder(const SourceFile& source, Diagnostics& diagnostics, const ParseLimits& limits)
      : source_(source), diagnostics_(diagnostics), limits_(limits) {}

  std::optional<Node> take_root() { return std::move(root_); }

  void OnDocumentStart(const YAML::Mark& mark) override {
    ++documents_;
    if (documents_ > 1) {
      throw LimitReached{"yaml.several-documents", mark};
    }
  }
  void OnDocumentEnd() override {}

  void OnNull(const YAML::Mark& mark, YAML::anchor_t anchor) override {
    count(mark, 1);
    Node node;
    node.kind = NodeKind::null;
    place(node, mark);
    add(std::move(node), anchor);
  }

  void OnAlias(const YAML::Mark& mark, YAML::anchor_t anchor) override {
    const auto it = anchors_.find(anchor);
    if (it == anchors_.end())
      throw LimitReached{"yaml.alias-to-unfinished", mark};
    count(mark, it->second.size);
    Node copy = it->second.node;
    place(copy, mark);
    add(std::move(copy), 0);
  }

  void OnScalar(const YAML::Mark& mark, const std::string& tag, YAML::anchor_t anchor,
                const std::string& value) override {
    count(mark, 1);
    Node node;
    node.kind = NodeKind::scalar;
    node.text = value;
    node.quoted = tag == "!" || tag == "tag:yaml.org,2002:str";
    check_tag(tag, mark);
    place(node, mark);
    add(std::move(node), anchor);
  }

  void OnSequenceStart(const YAML::Mark& mark, const std::string& tag, YAML::anchor_t anchor,
                       YAML::EmitterStyle::value /*style*/) override {
    check_tag(tag, mark);
    open(NodeKind::sequence, mark, anchor);
  }
  void OnSequenceEnd() override { close(); }

  void OnMapStart(const YAML::Mark& mark, const std::string& tag, YAML::anchor_t anchor,
                  YAML::EmitterStyle::value style) override {
    check_tag(tag, mark);
    open(NodeKind::map, mark, anchor);
    stack_.back().flow = style == YAML::EmitterStyle::Flow;
  }
  void OnMapEnd() override { close(); }

 private:
  struct Open {
    Node node;
    YAML::anchor_t anchor = 0;
    std::optional<Node> pending_key;  // maps: the key waiting for its value
    bool flow = false;                // a map written {key: value, ...}
    std::unordered_map<std::string, int> key_lines;
  };
  struct Anchored {
    Node node;
    std::size_t size = 0;
  };

  void place(Node& node, const YAML::Mark& mark) const {
    node.line = mark.line + 1;
    node.byte_column = mark.column;
  }

  void count(const YAML::Mark& mark, std::size_t n) {
    nodes_ += n;
    if (nodes_ > limits_.max_nodes)
      throw LimitReached{"yaml.too-many-nodes", mark};
  }

  void check_tag(const std::string& tag, const YAML::Mark& mark) {
    if (tag.empty() || tag == "?" || tag == "!" || tag.rfind("tag:yaml.org,2002:", 0) == 0)
      return;
    diagnostics_.error(
        "yaml.unsupported-tag", {{"tag", tag}},
        source_.span_at_byte(mark.line + 1, mark.column, static_cast<int>(utf8::length(tag)) + 1));
  }

  void open(NodeKind kind, const YAML::Mark& mark, YAML::anchor_t anchor) {
    if (static_cast<int>(stack_.size()) >= limits_.max_depth) {
      throw LimitReached{"yaml.too-deep", mark};
    }
    count(mark, 1);
    Open frame;
    frame.node.kind = kind;
    place(frame.node, mark);
    frame.anchor = anchor;
    stack_.push_back(std::move(frame));
  }

  void close() {
    Open frame = std::move(stack_.back());
    stack_.pop_back();
    add(std::move(frame.node), frame.anchor);
  }

  void add(Node node, YAML::anchor_t anchor) {
    if (anchor != 0)
      anchors_[anchor] = Anchored{node, count_nodes(node)};
    if (stack_.empty()) {
      root_ = std::move(node);
      return;
    }
    Open& parent = stack_.back();
    if (parent.node.kind == NodeKind::sequence) {
      parent.node.items.push_back(std::move(node));
      return;
    }
    if (!parent.pending_key) {
      parent.pending_key = std::move(node);
      return;
    }
    Node key = std::move(*parent.pending_key);
    parent.pending_key.reset();
    if (node.kind == NodeKind::null) {
      // yaml-cpp places an empty value on the next line; point at its key instead.
      node.line = key.line;
      node.byte_column = key.byte_column;
      if (parent.flow && is_split_off_value(key))
        return;
    }
    add_entry(parent, std::move(key), std::move(node));
  }

  void add_entry(Open& map, Node key, Node value) {
    if (key.kind != NodeKind::scalar) {
      diagnostics_.error("yaml.complex-key", {}, source_.span_at_byte(key.line, key.byte_column));
      return;
    }
    const auto [it, inserted] = map.key_lines.emplace(key.text, key.line);
    if (!inserted) {
      Diagnostic duplicate{Severity::error,
                           "yaml.duplicate-key",
                           {{"key", key.text}, {"first_line", std::to_string(it->second)}},
                           source_.span_at_byte(key.line, key.byte_column,
                                                static_cast<int>(utf8::length(key.text)))};
      shorten_arguments(duplicate, max_value_chars, kept_value_chars);
      diagnostics_.add(std::move(duplicate));
      return;
    }
    map.node.entries.push_back(MapEntry{std::move(key), std::move(value)});
  }

  // A key without ':' in a flow map, "{nb: Hva mener dere, og hva, en: ...}",
  // is the rest of a value that a ',' cut off. Reported once per line as the
  // value that needs quotes, and left out, so that no "unknown key" follows.
  bool is_split_off_value(const Node& key) {
    if (key.kind != NodeKind::scalar || key.quoted)
      return false;
    const std::string_view line = source_.line(key.line);
    const auto column = static_cast<std::size_t>(key.byte_column);
    if (column == 0 || column > line.size() || line.substr(column, key.text.size()) != key.text)
      return false;
    const std::size_t next = line.find_first_not_of(" \t", column + key.text.size());
    if (next != std::string_view::npos && line[next] != ',' && line[next] != '}')
      return false;
    const std::size_t before = line.find_last_not_of(" \t", column - 1);
    if (before == std::string_view::npos || line[before] != ',')
      return false;
    // A line is scanned once, however many keys a ',' split off on it.
    if (key.line != scanned_line_) {
      scanned_line_ = key.line;
      scanned_trap_ = find_quoting_trap(line);
      scanned_trap_reported_ = false;
    }
    const auto& trap = scanned_trap_;
    if (!trap || std::none_of(trap->values.begin(), trap->values.end(), [&](const auto& value) {
          return column > value.first && column < value.second;
        }))
      return false;
    if (!scanned_trap_reported_) {
      scanned_trap_reported_ = true;
      diagnostics_.add(quoting_diagnostic(source_, key.line, *trap));
    }
    return true;
  }

  const SourceFile& source_;
  Diagnostics& diagnostics_;
  const ParseLimits& limits_;
  std::vector<Open> stack_;
  std::map<YAML::anchor_t, Anchored> anchors_;
  std::optional<Node> root_;
  std::size_t nodes_ = 0;
  int documents_ = 0;
  int scanned_line_ = 0;
  std::optional<QuotingTrap> scanned_trap_;
  bool scanned_trap_reported_ = false;
};

// yaml-cpp's English messages, mapped to catalog codes with advice.
std::string code_for(const std::string& message) {
  using namespace YAML::ErrorMsg;
  if (message == MAP_VALUE)
    return "yaml.bad-map-value";
  if (message == END_OF_MAP || message == END_OF_SEQ)
    return "yaml.bad-indentation";
  if (message == END_OF_MAP_FLOW || message == END_OF_SEQ_FLOW)
    return "yaml.unclosed-bracket";
  if (message == EOF_IN_SCALAR)
    return "yaml.unclosed-quote";
  if (message.rfind(INVALID_ESCAPE, 0) == 0)
    return "yaml.bad-escape";
  if (message == TAB_IN_INDENTATION)
    return "yaml.tab-indentation";
  if (message == UNKNOWN_ANCHOR)
    return "yaml.unknown-alias";
  if (message == UNKNOWN_TOKEN)
    return "yaml.reserved-character";
  return "yaml.syntax";
}

// A value that needs quotes and explains a syntax error at `line`: on that
// line at or before the error, or a ' #' in a flow value on a line above,
// whose comment swallowed the closing bracket so that the error shows later.
std::optional<std::pair<int, QuotingTrap>> trap_behind_error(const SourceFile& source, int line,
                                                             int byte_column) {
  if (auto trap = find_quoting_trap(source.line(line));
      trap && trap->begin <= static_cast<std::size_t>(byte_column))
    return std::pair{line, std::move(*trap)};
  for (int above = line - 1; above >= 1; --above) {
    if (auto trap = find_quoting_trap(source.line(above)); trap && trap->syntax == "#")
      return std::pair{above, std::move(*trap)};
  }
  return std::nullopt;
}

}  // namespace

std::optional<Node> parse(const SourceFile& source, Diagnostics& diagnostics,
                          const ParseLimits& limits) {
  std::istringstream stream(source.text());
  TreeBuilder builder(source, diagnostics, limits);
  try {
    YAML::Parser parser(stream);
    while (parser.HandleNextDocument(builder)) {
    }
  } catch (const LimitReached& stop) {
    diagnostics.error(
        stop.code,
        {{"depth", std::to_string(limits.max_depth)}, {"nodes", std::to_string(limits.max_nodes)}},
        source.span_at_byte(stop.mark.line + 1, stop.mark.column));
    return std::nullopt;
  } catch (const YAML::Exception& e) {
    const int line = e.mark.is_null() ? source.line_count() : e.mark.line + 1;
    const int column = e.mark.is_null() ? 0 : e.mark.column;
    if (auto trap = trap_behind_error(source, line, column)) {
      diagnostics.add(quoting_diagnostic(source, trap->first, trap->second));
      return std::nullopt;
    }
    diagnostics.error(code_for(e.msg), {{"detail", e.msg}}, source.span_at_byte(line, column));
    return std::nullopt;
  }
  auto root = builder.take_root();
  if (!root)
    root = Node{};  // an empty file is an empty document
  return root;
}

}  // namespace procure::yaml
