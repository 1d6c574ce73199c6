#pragma once
// Adding to a YAML file as a person would: the new lines are inserted as
// text at the end of the section they belong to, indented like it, and
// every other byte of the file (comments, blank lines, quoting, order)
// stays as it was. Re-emitting the tree would lose the comments.

#include <cstddef>
#include <string>
#include <string_view>
#include <vector>

#include "procure/core/problem.hpp"
#include "procure/yaml/node.hpp"

namespace procure::yaml {

// One step down from a node: a key of a map, or (key empty) an item of a
// sequence: the item at `index`, or the item whose `match_key` has the text
// `match_value` (resolve_item_names turns it into the index).
struct PathStep {
  std::string key;
  std::size_t index = 0;
  std::string match_key;
  std::string match_value;
};

PathStep key_step(std::string key);
PathStep item_named(std::string match_key, std::string match_value);

struct Addition {
  // From the root to the container the value goes into. The last step may
  // be a key that is absent or empty (`records:`): it is then written.
  std::vector<PathStep> path;
  // `as_item`: the value becomes the container's last item (a sequence).
  // Otherwise the value is a map whose entries are added to the container (a map).
  Node value;
  bool as_item = true;
  // For an item: the keys that name it (`id`); an item with the same values
  // for them is the same thing recorded before: "recorded" when it has every
  // entry given with the same value (it may have more), "different" if not.
  std::vector<std::string> identity;
};

// A scalar, map or sequence node to build an Addition's value. A scalar is
// text, quoted as it needs (quote.hpp); a literal (`true`) is written as it is;
// a text node is double-quoted whatever it holds: an identifier of digits (an
// organisation number), which a reader by YAML's own types would take for a
// number, is text, as case.yaml and the docs write it.
Node scalar_node(std::string text);
Node literal_node(std::string text);
Node text_node(std::string text);
Node map_node(std::vector<std::pair<std::string, Node>> entries);
Node sequence_node(std::vector<Node> items);

// Sets the index of every step that names its item by a key's value; false
// when no item has that value (a last key that is absent is no problem).
bool resolve_item_names(const Node& root, std::vector<PathStep>& path);

enum class Presence {
  absent,     // nothing of it is there: add it
  partly,     // some entries are there with the same values: the rest is added
  recorded,   // all of it is there, with the same values: nothing to add
  different,  // it is there with other values
};

struct PresenceCheck {
  Presence presence = Presence::absent;
  const Node* existing = nullptr;  // the entry or item that is there (recorded, different)
  std::string key;                 // the entry that differs (different, entries)
};

// Whether the addition is in the tree already. For entries, those already
// there with the same values are removed from `addition` (Presence::partly).
PresenceCheck check_presence(const Node& root, Addition& addition);

struct AppendedText {
  std::string text;    // the whole file after the addition
  std::string lines;   // the lines inserted
  int after_line = 0;  // the line of the original text they follow (0: none, at the top)
};

// The text with the addition inserted; `root` is the text as parsed (a null
// node for an empty or new file). A problem when the place is written in
// flow style (`[...]`, `{...}`: "append.flow-style", with its line), or when
// the result would not read back as the tree plus the addition
// ("append.layout"): nothing is then to be written.
Parsed<AppendedText> append_to_text(std::string_view text, const Node& root,
                                    const Addition& addition);

// The same trees, places aside: kinds, texts, entries and items.
bool same_tree(const Node& a, const Node& b);

}  // namespace procure::yaml
