#include "procure/yaml/tree_builder.hpp"

#include <algorithm>

#include "procure/core/bounded_text.hpp"
#include "procure/core/utf8.hpp"

namespace procure::yaml {
namespace {

// The nodes a node holds, and the bytes of their text (keys included): what
// an alias to it copies.
void measure(const Node& node, std::size_t& nodes, std::size_t& text) {
  ++nodes;
  text += node.text.size();
  for (const auto& item : node.items)
    measure(item, nodes, text);
  for (const auto& [key, value] : node.entries) {
    ++nodes;
    text += key.text.size();
    measure(value, nodes, text);
  }
}

void place(Node& node, EventMark mark) {
  node.line = mark.line + 1;
  node.byte_column = mark.byte_column;
}

}  // namespace

Node TreeBuilder::take_root() {
  if (!root_)
    return Node{};
  return std::move(*root_);
}

void TreeBuilder::document_start(EventMark mark) {
  ++documents_;
  if (documents_ > 1)
    throw LimitReached{"yaml.several-documents", mark};
}

void TreeBuilder::null(EventMark mark, AnchorId anchor) {
  count(mark, 1);
  Node node;
  node.kind = NodeKind::null;
  place(node, mark);
  add(std::move(node), anchor);
}

void TreeBuilder::alias(EventMark mark, AnchorId anchor) {
  const auto it = anchors_.find(anchor);
  if (it == anchors_.end())
    throw LimitReached{"yaml.alias-to-unfinished", mark};
  aliased_ = true;
  count(mark, it->second.size);
  count_text_copied(mark, it->second.text_bytes);
  Node copy = it->second.node;
  place(copy, mark);
  add(std::move(copy), 0);
}

void TreeBuilder::scalar(EventMark mark, std::string_view tag, AnchorId anchor, std::string value) {
  count(mark, 1);
  Node node;
  node.kind = NodeKind::scalar;
  node.text = std::move(value);
  node.quoted = tag == "!" || tag == "tag:yaml.org,2002:str";
  check_tag(tag, mark);
  place(node, mark);
  add(std::move(node), anchor);
}

void TreeBuilder::sequence_start(EventMark mark, std::string_view tag, AnchorId anchor) {
  check_tag(tag, mark);
  open(NodeKind::sequence, mark, anchor);
}

void TreeBuilder::map_start(EventMark mark, std::string_view tag, AnchorId anchor, bool flow) {
  check_tag(tag, mark);
  open(NodeKind::map, mark, anchor);
  stack_.back().flow = flow;
}

void TreeBuilder::end() {
  Open frame = std::move(stack_.back());
  stack_.pop_back();
  add(std::move(frame.node), frame.anchor);
}

bool TreeBuilder::awaits_map_value() const {
  return !stack_.empty() && stack_.back().node.kind == NodeKind::map &&
         stack_.back().pending_key.has_value();
}

void TreeBuilder::count(EventMark mark, std::size_t n) {
  nodes_ += n;
  if (nodes_ > limits_.max_nodes)
    throw LimitReached{aliased_ ? "yaml.too-many-nodes" : "yaml.too-many-values", mark};
}

void TreeBuilder::count_text_copied(EventMark mark, std::size_t bytes) {
  // Each alias copies its text: a long text repeated by a few thousand
  // aliases took gigabytes from a file of one megabyte.
  text_copied_ += bytes;
  if (text_copied_ > 4 * source_.text().size() + (std::size_t{1} << 20))
    throw LimitReached{"yaml.aliases-too-much-text", mark};
}

void TreeBuilder::check_tag(std::string_view tag, EventMark mark) {
  if (tag.empty() || tag == "?" || tag == "!" || tag.starts_with("tag:yaml.org,2002:"))
    return;
  diagnostics_.error("yaml.unsupported-tag", {{"tag", std::string(tag)}},
                     source_.span_at_byte(mark.line + 1, mark.byte_column,
                                          static_cast<int>(utf8::length(tag)) + 1));
}

void TreeBuilder::open(NodeKind kind, EventMark mark, AnchorId anchor) {
  if (static_cast<int>(stack_.size()) >= limits_.max_depth)
    throw LimitReached{"yaml.too-deep", mark};
  count(mark, 1);
  Open frame;
  frame.node.kind = kind;
  place(frame.node, mark);
  frame.anchor = anchor;
  stack_.push_back(std::move(frame));
}

void TreeBuilder::add(Node&& node, AnchorId anchor) {
  if (anchor != 0) {
    Anchored& anchored = anchors_[anchor];
    anchored = Anchored{node, 0, 0};
    measure(node, anchored.size, anchored.text_bytes);
  }
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
    // An empty value has no place of its own (yaml-cpp puts it on the next
    // line): point at its key instead.
    node.line = key.line;
    node.byte_column = key.byte_column;
    if (parent.flow && is_split_off_value(key))
      return;
  }
  add_entry(parent, std::move(key), std::move(node));
}

void TreeBuilder::add_entry(Open& map, Node&& key, Node&& value) {
  if (key.kind != NodeKind::scalar) {
    diagnostics_.error("yaml.complex-key", {}, source_.span_at_byte(key.line, key.byte_column));
    return;
  }
  if (const int first_line = earlier_key_line(map, key.text); first_line != 0) {
    if (!diagnostics_.keeps_more()) {
      diagnostics_.count_left_out(Severity::error);
      return;
    }
    Diagnostic duplicate{
        Severity::error,
        "yaml.duplicate-key",
        {{"key", key.text}, {"first_line", std::to_string(first_line)}},
        source_.span_at_byte(key.line, key.byte_column, static_cast<int>(utf8::length(key.text)))};
    shorten_arguments(duplicate, max_value_chars, kept_value_chars);
    diagnostics_.add(std::move(duplicate));
    return;
  }
  if (!map.key_lines.empty())
    map.key_lines.emplace(key.text, key.line);
  // Braces, not emplace_back's parentheses: clang 14, the fuzz preset's
  // compiler, makes no aggregate from parentheses.
  map.node.entries.push_back({std::move(key), std::move(value)});
}

// The line of an earlier `key` in the map; 0 for none.
int TreeBuilder::earlier_key_line(Open& map, const std::string& key) {
  // Most maps have a few keys: comparing them costs less than hashing.
  constexpr std::size_t compared_one_by_one = 16;
  const auto& entries = map.node.entries;
  if (entries.size() < compared_one_by_one) {
    for (const auto& entry : entries) {
      if (entry.key.text == key)
        return entry.key.line;
    }
    return 0;
  }
  if (map.key_lines.empty()) {
    for (const auto& entry : entries)
      map.key_lines.emplace(entry.key.text, entry.key.line);
  }
  const auto it = map.key_lines.find(key);
  return it == map.key_lines.end() ? 0 : it->second;
}

// A key without ':' in a flow map, "{nb: Hva mener dere, og hva, en: ...}",
// is the rest of a value that a ',' cut off. Reported once per line as the
// value that needs quotes, and left out, so that no "unknown key" follows.
bool TreeBuilder::is_split_off_value(const Node& key) {
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

}  // namespace procure::yaml
