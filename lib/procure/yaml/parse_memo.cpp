#include "procure/yaml/parse_memo.hpp"

namespace procure::yaml {

std::optional<Node> parse(const SourceFile& source, Diagnostics& diagnostics, const ParseMemo* memo,
                          const ParseLimits& limits) {
  if (memo == nullptr)
    return parse(source, diagnostics, limits);
  if (auto kept = memo->find(source, limits)) {
    diagnostics.append(kept->problems);
    return std::move(kept->root);
  }
  ParsedText parsed;
  auto root = parse(source, parsed.problems, limits);
  diagnostics.append(parsed.problems);
  // A text that is not YAML at all is parsed again: its error is what the run shows.
  if (!root)
    return root;
  parsed.root = std::move(*root);
  memo->keep(source, limits, parsed);
  return std::move(parsed.root);
}

}  // namespace procure::yaml
