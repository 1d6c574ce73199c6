#pragma once
// The two YAML parsers a tree is read with (see yaml/node.cpp): libyaml,
// which reads a well-formed text about five times as fast, and yaml-cpp,
// whose errors every message and its advice were written for.

#include <optional>
#include <string>

#include "procure/core/diagnostic.hpp"
#include "procure/core/source_file.hpp"
#include "procure/yaml/node.hpp"

namespace procure::yaml {

// libyaml: the tree of a text without problems, which yaml-cpp reads the
// same way. Empty for any other text (not YAML, a problem such as a
// duplicate key or a limit, or what yaml-cpp may read otherwise: line
// breaks other than "\n" and "\r\n", a byte order mark, '?' or ':' in a
// plain value inside brackets, an empty list item, anchors, aliases and
// tags); nothing is reported then.
std::optional<Node> read_with_libyaml(const SourceFile& source, const ParseLimits& limits);

// yaml-cpp: the tree, or empty with the error explained.
std::optional<Node> read_with_yaml_cpp(const SourceFile& source, Diagnostics& diagnostics,
                                       const ParseLimits& limits);

// A text that is not well-formed YAML, as libyaml finds it: a quoted text
// left open, a line that is neither "key: value" nor an item, an empty item
// between commas. yaml-cpp 0.7 reads some such texts without a word, and
// wrongly: a quote left open takes in every line after it, a last line
// without ':' becomes a key, ",," an empty item. Where YAML 1.1 (libyaml)
// and 1.2 (yaml-cpp) differ, nothing is found: past an anchor, an alias or
// a tag (their names), in directives, at ':' in a plain value inside
// brackets, and at the characters that act instead of showing, which the
// toolkit reads and shows escaped.
struct Malformation {
  std::string code;    // a catalog code: yaml.unclosed-quote, yaml.missing-colon, ...
  std::string detail;  // libyaml's words, for yaml.syntax
  int line = 0;        // from 1
  int byte_column = 0;
};
std::optional<Malformation> find_malformation(const SourceFile& source);

}  // namespace procure::yaml
