#include "procure/yaml/node.hpp"

#include "procure/yaml/event_readers.hpp"

namespace procure::yaml {

const Node* Node::find(std::string_view key) const {
  for (const auto& [k, v] : entries) {
    if (k.text == key)
      return &v;
  }
  return nullptr;
}

// libyaml reads a well-formed text about five times as fast as yaml-cpp and
// gives the same tree (tests/unit/yaml_readers_test.cpp). Any other text is
// read again by yaml-cpp: every message about a text, its place and its
// advice were written for what yaml-cpp reports.
std::optional<Node> parse(const SourceFile& source, Diagnostics& diagnostics,
                          const ParseLimits& limits) {
  if (auto root = read_with_libyaml(source, limits))
    return root;
  return read_with_yaml_cpp(source, diagnostics, limits);
}

}  // namespace procure::yaml
