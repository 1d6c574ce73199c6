#pragma once
// Builds a Node tree from a YAML parser's events, whichever parser reads the
// text (libyaml first, yaml-cpp for a text with a problem or one it could
// read otherwise; see yaml/node.cpp). Duplicate and complex keys,
// unsupported tags, aliases and the parse limits are checked here, the same
// way for both.

#include <cstddef>
#include <map>
#include <optional>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

#include "procure/core/diagnostic.hpp"
#include "procure/core/source_file.hpp"
#include "procure/yaml/node.hpp"
#include "procure/yaml/quoting_trap.hpp"

namespace procure::yaml {

// Where an event stood: 0-based line and byte column.
struct EventMark {
  int line = 0;
  int byte_column = 0;
};

// An anchor's number as yaml-cpp gives it (libyaml leaves anchors to
// yaml-cpp); 0 for none. A name defined again gets a new number, so an
// alias means the latest definition.
using AnchorId = std::size_t;

// Thrown by the builder to stop the parser at a limit (depth, nodes, a
// second document, an alias to a node not yet finished).
struct LimitReached {
  std::string code;
  EventMark mark;
};

class TreeBuilder {
 public:
  TreeBuilder(const SourceFile& source, Diagnostics& diagnostics, const ParseLimits& limits)
      : source_(source), diagnostics_(diagnostics), limits_(limits) {}

  // The document's root; an empty stream gives an empty (null) document.
  Node take_root();

  void document_start(EventMark mark);
  void null(EventMark mark, AnchorId anchor);
  void alias(EventMark mark, AnchorId anchor);
  // `tag` as yaml-cpp gives it: "?" for an untagged plain scalar or a
  // collection, "!" for an untagged quoted or block scalar, else the tag.
  void scalar(EventMark mark, std::string_view tag, AnchorId anchor, std::string value);
  void sequence_start(EventMark mark, std::string_view tag, AnchorId anchor);
  void map_start(EventMark mark, std::string_view tag, AnchorId anchor, bool flow);
  void end();  // of a sequence or a map

  // True where a map waits for a key's value.
  bool awaits_map_value() const;

 private:
  struct Open {
    Node node;
    AnchorId anchor = 0;
    std::optional<Node> pending_key;  // maps: the key waiting for its value
    bool flow = false;                // a map written {key: value, ...}
    // A long map's keys and their lines (a short map's are compared one by one).
    std::unordered_map<std::string, int> key_lines;
  };
  struct Anchored {
    Node node;
    std::size_t size = 0;        // its nodes
    std::size_t text_bytes = 0;  // the text it holds
  };

  void count(EventMark mark, std::size_t n);
  // Aliases may copy no more text than four times the file's and a megabyte.
  void count_text_copied(EventMark mark, std::size_t bytes);
  void check_tag(std::string_view tag, EventMark mark);
  void open(NodeKind kind, EventMark mark, AnchorId anchor);
  void add(Node&& node, AnchorId anchor);
  void add_entry(Open& map, Node&& key, Node&& value);
  static int earlier_key_line(Open& map, const std::string& key);
  bool is_split_off_value(const Node& key);

  const SourceFile& source_;
  Diagnostics& diagnostics_;
  const ParseLimits& limits_;
  std::vector<Open> stack_;
  std::map<AnchorId, Anchored> anchors_;
  std::optional<Node> root_;
  std::size_t nodes_ = 0;
  std::size_t text_copied_ = 0;  // by aliases
  bool aliased_ = false;         // an alias has copied values: then they may be why there are many
  int documents_ = 0;
  int scanned_line_ = 0;
  std::optional<QuotingTrap> scanned_trap_;
  bool scanned_trap_reported_ = false;
};

}  // namespace procure::yaml
