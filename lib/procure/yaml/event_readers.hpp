#pragma once
// The two YAML parsers a tree is read with (see yaml/node.cpp): libyaml,
// which reads a well-formed text about five times as fast, and yaml-cpp,
// whose errors every message and its advice were written for.

#include <optional>

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

}  // namespace procure::yaml
