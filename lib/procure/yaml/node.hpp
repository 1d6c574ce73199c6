#pragma once
// A YAML document as a tree that remembers where each value stood, keeps
// every scalar as the text that was written (yaml-cpp would read 010 as 8
// and yes as true), and has no duplicate keys: those are reported.

#include <cstddef>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "procure/core/diagnostic.hpp"
#include "procure/core/source_file.hpp"

namespace procure::yaml {

enum class NodeKind { null, scalar, sequence, map };

// A map's key and value; declared before Node is complete, which std::vector
// allows (std::pair would not).
struct MapEntry;

struct Node {
  NodeKind kind = NodeKind::null;
  int line = 0;                   // 1-based
  int byte_column = 0;            // 0-based, in bytes
  std::string text;               // a scalar's text, as written (escapes resolved)
  bool quoted = false;            // quoted or block scalar: text, never a number or a boolean
  bool always_quoted = false;     // to be appended (append.hpp's text_node): double-quoted
  std::vector<Node> items;        // sequence
  std::vector<MapEntry> entries;  // map: scalar key -> value

  bool is_null() const { return kind == NodeKind::null; }
  bool is_scalar() const { return kind == NodeKind::scalar; }
  bool is_sequence() const { return kind == NodeKind::sequence; }
  bool is_map() const { return kind == NodeKind::map; }
  // The value of `key` in a map, or nullptr.
  const Node* find(std::string_view key) const;
};

struct MapEntry {
  Node key;
  Node value;
};

struct ParseLimits {
  int max_depth = 64;
  // Counts nodes after aliases are expanded, which stops "billion laughs".
  std::size_t max_nodes = 500'000;

  bool operator==(const ParseLimits&) const = default;
};

// Parses one YAML document. Syntax errors, duplicate keys, complex keys,
// unsupported tags, too deep nesting and too many nodes become diagnostics;
// the result is empty only when the file could not be read as YAML at all.
std::optional<Node> parse(const SourceFile& source, Diagnostics& diagnostics,
                          const ParseLimits& limits = {});

}  // namespace procure::yaml
