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
// advice were written for what yaml-cpp reports. A text yaml-cpp reads
// though it is not well-formed is refused as libyaml finds it.
std::optional<Node> parse(const SourceFile& source, Diagnostics& diagnostics,
                          const ParseLimits& limits) {
  if (auto root = read_with_libyaml(source, limits))
    return root;
  auto root = read_with_yaml_cpp(source, diagnostics, limits);
  if (!root)
    return root;
  if (auto malformed = find_malformation(source)) {
    MessageArgs args;
    if (!malformed->detail.empty())
      args.emplace_back("detail", malformed->detail);
    diagnostics.error(malformed->code, std::move(args),
                      source.span_at_byte(malformed->line, malformed->byte_column));
    return std::nullopt;
  }
  return root;
}

}  // namespace procure::yaml
