#include "procure/yaml/append.hpp"

#include <algorithm>

#include "procure/core/source_file.hpp"
#include "procure/yaml/document.hpp"
#include "procure/yaml/quote.hpp"

namespace procure::yaml {
namespace {

// The original text's lines, broken where YAML breaks them (LF, CR LF, a lone CR).
struct Line {
  std::size_t start = 0;
  std::size_t end = 0;   // before the line break
  std::size_t next = 0;  // after the line break
};

std::vector<Line> split_lines(std::string_view text) {
  std::vector<Line> lines;
  std::size_t start = 0;
  while (start < text.size()) {
    const std::size_t end = text.find_first_of("\r\n", start);
    if (end == std::string_view::npos) {
      lines.push_back({start, text.size(), text.size()});
      break;
    }
    const std::size_t next = text.compare(end, 2, "\r\n") == 0 ? end + 2 : end + 1;
    lines.push_back({start, end, next});
    start = next;
  }
  return lines;
}

int indentation(std::string_view line) {
  const auto first = line.find_first_not_of(' ');
  return first == std::string_view::npos ? -1 : static_cast<int>(first);
}

// The last line in [from, limit) that belongs to a node whose entries or
// items stand at `column`: not blank, and not a comment at the node's own
// indentation or less (that one introduces what follows). Lines indented
// deeper belong to the last entry, comments or not: a block scalar's text
// may start with '#'.
int last_content_line(std::string_view text, const std::vector<Line>& lines, int from, int limit,
                      int column) {
  int last = from;
  for (int n = from; n < limit && n <= static_cast<int>(lines.size()); ++n) {
    const auto& line = lines[static_cast<std::size_t>(n - 1)];
    const std::string_view content = text.substr(line.start, line.end - line.start);
    const int indent = indentation(content);
    if (indent < 0 || content.find_first_not_of(" \t") == std::string_view::npos)
      continue;
    if (content[static_cast<std::size_t>(indent)] == '#' && indent <= column)
      continue;
    last = n;
  }
  return last;
}

void write_block(const Node& value, int indent, std::string& out);

std::string written(const Node& value) {
  if (value.always_quoted)
    return double_quoted(value.text);
  return value.quoted ? scalar(value.text) : value.text;
}

void write_entry(const std::string& key, const Node& value, int indent, std::string& out) {
  out.append(static_cast<std::size_t>(indent), ' ');
  out += scalar(key);
  out += ':';
  if (value.is_scalar()) {
    out += ' ';
    out += written(value);
    out += '\n';
    return;
  }
  out += "\n";
  write_block(value, indent + 2, out);
}

void write_item(const Node& value, int indent, std::string& out) {
  const std::string dash = std::string(static_cast<std::size_t>(indent), ' ') + "- ";
  if (value.is_scalar()) {
    out += dash + written(value) + "\n";
    return;
  }
  std::string block;
  write_block(value, indent + 2, block);
  out += dash + block.substr(static_cast<std::size_t>(indent) + 2);
}

// A map's entries or a sequence's items, one per line (block style), at `indent`.
void write_block(const Node& value, int indent, std::string& out) {
  if (value.is_map()) {
    for (const auto& entry : value.entries)
      write_entry(entry.key.text, entry.value, indent, out);
  } else {
    for (const auto& item : value.items)
      write_item(item, indent, out);
  }
}

// Where the addition goes, found by walking the path.
struct Target {
  const Node* container = nullptr;   // the map or sequence added to; null when it is to be made
  const Node* parent_map = nullptr;  // when the last key is absent: the map it goes into
  const Node* empty_key = nullptr;   // when the last key is there with an empty value
  int from = 1;                      // the first line of the place
  int limit = 1;                     // the first line after it
};

Parsed<Target> find_target(const Node& root, const std::vector<PathStep>& path, int line_count) {
  Target target;
  const Node* node = &root;
  int from = 1;
  int limit = line_count + 1;
  for (std::size_t s = 0; s < path.size(); ++s) {
    const auto& step = path[s];
    const bool last = s + 1 == path.size();
    if (!step.key.empty()) {
      if (!node->is_map() && !(node->is_null() && node == &root))
        return Problem{"append.layout", {}};
      const auto& entries = node->entries;
      const auto it = std::find_if(entries.begin(), entries.end(),
                                   [&](const MapEntry& e) { return e.key.text == step.key; });
      if (it == entries.end()) {
        if (!last)
          return Problem{"append.layout", {}};
        target.parent_map = node;
        target.from = node == &root ? 1 : from;
        target.limit = limit;
        return target;
      }
      if (it + 1 != entries.end())
        limit = (it + 1)->key.line;
      from = it->key.line;
      if (last && it->value.is_null()) {
        target.empty_key = &it->key;
        target.from = from;
        target.limit = limit;
        return target;
      }
      node = &it->value;
    } else {
      if (!node->is_sequence() || step.index >= node->items.size())
        return Problem{"append.layout", {}};
      if (step.index + 1 < node->items.size())
        limit = node->items[step.index + 1].line;
      node = &node->items[step.index];
      from = node->line;
    }
  }
  target.container = node;
  target.from = from;
  target.limit = limit;
  return target;
}

// The tree as it should read after the addition.
Node expected_tree(const Node& root, const Addition& addition) {
  Node tree = root;
  Node* node = &tree;
  for (std::size_t s = 0; s < addition.path.size(); ++s) {
    const auto& step = addition.path[s];
    if (step.key.empty()) {
      node = &node->items[step.index];
      continue;
    }
    if (node->is_null())
      node->kind = NodeKind::map;
    auto it = std::find_if(node->entries.begin(), node->entries.end(),
                           [&](const MapEntry& e) { return e.key.text == step.key; });
    if (it == node->entries.end()) {
      node->entries.push_back(MapEntry{scalar_node(step.key), Node{}});
      it = node->entries.end() - 1;
    }
    node = &it->value;
  }
  if (addition.as_item) {
    node->kind = NodeKind::sequence;
    node->items.push_back(addition.value);
  } else {
    node->kind = NodeKind::map;
    for (const auto& entry : addition.value.entries)
      node->entries.push_back(entry);
  }
  return tree;
}

bool reads_back_as(const std::string& text, const Node& expected) {
  Diagnostics diagnostics;
  const auto source = with_yaml_line_breaks(make_source_file("appended.yaml", text, diagnostics));
  if (!source)
    return false;
  const auto parsed = parse(*source, diagnostics);
  return parsed && !diagnostics.has_errors() && same_tree(*parsed, expected);
}

// Whether `item` has every entry of `given` with the same value (it may
// have more: a participant's registrations added since).
bool holds(const Node& item, const Node& given) {
  if (!given.is_map() || !item.is_map())
    return same_tree(item, given);
  return std::all_of(given.entries.begin(), given.entries.end(), [&](const MapEntry& entry) {
    const Node* there = item.find(entry.key.text);
    return there != nullptr && same_tree(*there, entry.value);
  });
}

char char_at(std::string_view text, const std::vector<Line>& lines, const Node& node) {
  if (node.line < 1 || node.line > static_cast<int>(lines.size()))
    return '\0';
  const auto& line = lines[static_cast<std::size_t>(node.line - 1)];
  const std::size_t at = line.start + static_cast<std::size_t>(node.byte_column);
  return at < line.end ? text[at] : '\0';
}

}  // namespace

PathStep key_step(std::string key) {
  return PathStep{std::move(key), 0, "", ""};
}

PathStep item_named(std::string match_key, std::string match_value) {
  return PathStep{"", 0, std::move(match_key), std::move(match_value)};
}

Node scalar_node(std::string text) {
  Node node;
  node.kind = NodeKind::scalar;
  node.text = std::move(text);
  node.quoted = true;
  return node;
}

Node literal_node(std::string text) {
  Node node = scalar_node(std::move(text));
  node.quoted = false;
  return node;
}

Node text_node(std::string text) {
  Node node = scalar_node(std::move(text));
  node.always_quoted = true;
  return node;
}

bool resolve_item_names(const Node& root, std::vector<PathStep>& path) {
  if (root.is_null())
    return true;  // an empty or new file: nothing to name
  const Node* node = &root;
  for (auto& step : path) {
    if (!step.key.empty()) {
      node = node->find(step.key);
      if (node == nullptr)
        return &step == &path.back();  // the last key may be absent: it is made
    } else if (!step.match_key.empty()) {
      const auto& items = node->items;
      const auto it = std::find_if(items.begin(), items.end(), [&](const Node& item) {
        const Node* value = item.find(step.match_key);
        return value != nullptr && value->text == step.match_value;
      });
      if (it == items.end())
        return false;
      step.index = static_cast<std::size_t>(it - items.begin());
      node = &*it;
    } else {
      node = step.index < node->items.size() ? &node->items[step.index] : nullptr;
    }
    if (node == nullptr)
      return false;
  }
  return true;
}

Node map_node(std::vector<std::pair<std::string, Node>> entries) {
  Node node;
  node.kind = NodeKind::map;
  for (auto& [key, value] : entries)
    node.entries.push_back(MapEntry{scalar_node(key), std::move(value)});
  return node;
}

Node sequence_node(std::vector<Node> items) {
  Node node;
  node.kind = NodeKind::sequence;
  node.items = std::move(items);
  return node;
}

bool same_tree(const Node& a, const Node& b) {
  if (a.kind != b.kind || a.text != b.text || a.items.size() != b.items.size() ||
      a.entries.size() != b.entries.size())
    return false;
  for (std::size_t i = 0; i < a.items.size(); ++i) {
    if (!same_tree(a.items[i], b.items[i]))
      return false;
  }
  for (std::size_t i = 0; i < a.entries.size(); ++i) {
    if (a.entries[i].key.text != b.entries[i].key.text ||
        !same_tree(a.entries[i].value, b.entries[i].value))
      return false;
  }
  return true;
}

PresenceCheck check_presence(const Node& root, Addition& addition) {
  const Node* node = &root;
  for (const auto& step : addition.path) {
    if (step.key.empty())
      node = step.index < node->items.size() ? &node->items[step.index] : nullptr;
    else
      node = node->find(step.key);
    if (node == nullptr)
      return {};
  }
  if (addition.as_item) {
    for (const auto& item : node->items) {
      const bool same_name =
          !addition.identity.empty() &&
          std::all_of(addition.identity.begin(), addition.identity.end(), [&](const auto& key) {
            const Node* mine = addition.value.find(key);
            const Node* theirs = item.find(key);
            return mine != nullptr && theirs != nullptr && theirs->text == mine->text;
          });
      if (same_name)
        return {holds(item, addition.value) ? Presence::recorded : Presence::different, &item, ""};
    }
    return {};
  }
  std::vector<MapEntry> missing;
  PresenceCheck check;
  for (const auto& entry : addition.value.entries) {
    const auto it = std::find_if(node->entries.begin(), node->entries.end(),
                                 [&](const MapEntry& e) { return e.key.text == entry.key.text; });
    if (it == node->entries.end()) {
      missing.push_back(entry);
    } else if (!same_tree(it->value, entry.value)) {
      return {Presence::different, &it->value, entry.key.text};
    } else {
      check.existing = &it->value;
    }
  }
  if (missing.empty())
    return {Presence::recorded, check.existing, ""};
  const bool some_there = missing.size() < addition.value.entries.size();
  addition.value.entries = std::move(missing);
  return {some_there ? Presence::partly : Presence::absent, nullptr, ""};
}

Parsed<AppendedText> append_to_text(std::string_view text, const Node& root,
                                    const Addition& addition) {
  const auto lines = split_lines(text);
  const auto found = find_target(root, addition.path, static_cast<int>(lines.size()));
  if (!found)
    return found.problem();
  const Target& target = *found;
  std::string block;
  int after = 0;
  if (target.container != nullptr) {
    const Node& container = *target.container;
    const char first = char_at(text, lines, container);
    if (first == '[' || first == '{')
      return Problem{"append.flow-style", {{"line", std::to_string(container.line)}}};
    if (addition.as_item) {
      if (!container.is_sequence() || first != '-')
        return Problem{"append.layout", {}};
      write_item(addition.value, container.byte_column, block);
      after = last_content_line(text, lines, target.from, target.limit, container.byte_column);
    } else {
      if (!container.is_map() || container.entries.empty())
        return Problem{"append.layout", {}};
      const int column = container.entries.front().key.byte_column;
      write_block(addition.value, column, block);
      after = last_content_line(text, lines, target.from, target.limit, column);
    }
  } else {
    const Node value = addition.as_item ? sequence_node({addition.value}) : addition.value;
    if (target.empty_key != nullptr) {
      const int column = target.empty_key->byte_column;
      write_block(value, column + 2, block);
      after = last_content_line(text, lines, target.from, target.limit, column);
    } else {
      const Node& map = *target.parent_map;
      const bool top = &map == &root;
      const int column = map.entries.empty() ? 0 : map.entries.front().key.byte_column;
      write_entry(addition.path.back().key, value, column, block);
      // At the top the new section follows everything, comments included.
      after = top ? static_cast<int>(lines.size())
                  : last_content_line(text, lines, target.from, target.limit, column);
    }
  }
  // The new lines end as the file's lines do (LF, CR LF or CR).
  std::string_view line_break = "\n";
  if (!lines.empty() && lines.front().next > lines.front().end)
    line_break = text.substr(lines.front().end, lines.front().next - lines.front().end);
  std::string inserted;
  for (const char c : block) {
    if (c == '\n')
      inserted += line_break;
    else
      inserted += c;
  }
  AppendedText result;
  result.after_line = after;
  result.lines = inserted;
  std::size_t at = 0;
  std::string prefix;
  if (after > 0) {
    const auto& line = lines[static_cast<std::size_t>(after - 1)];
    at = line.next;
    if (line.next == line.end)
      prefix = line_break;  // the last line had no line break
  }
  result.text.reserve(text.size() + prefix.size() + inserted.size());
  result.text.append(text.substr(0, at));
  result.text += prefix;
  result.text += inserted;
  result.text.append(text.substr(at));
  if (!reads_back_as(result.text, expected_tree(root, addition)))
    return Problem{"append.layout", {}};
  return result;
}

}  // namespace procure::yaml
