#pragma once
// Trees already made from a text, kept by whoever reads the same files
// again and again (the tools keep them in the user's cache folder, see
// apps/common/yaml_tree_cache.hpp): yaml-cpp's parser is most of the time
// a tool spends reading a case, and the same text always gives the same
// tree and the same problems.

#include <optional>

#include "procure/core/diagnostic.hpp"
#include "procure/core/source_file.hpp"
#include "procure/yaml/node.hpp"

namespace procure::yaml {

// What parsing a text gave: its tree and the problems found on the way.
struct ParsedText {
  Node root;
  Diagnostics problems;
};

class ParseMemo {
 public:
  virtual ~ParseMemo() = default;
  // What parsing `source` (its name and text) with `limits` gave, if kept.
  virtual std::optional<ParsedText> find(const SourceFile& source,
                                         const ParseLimits& limits) const = 0;
  // Keeps what parsing `source` with `limits` gave.
  virtual void keep(const SourceFile& source, const ParseLimits& limits,
                    const ParsedText& parsed) const = 0;
};

// parse(), taking the tree from `memo` when it holds one for the text and
// keeping it there when not; with no memo, parse() itself. The tree and the
// problems are the same either way.
std::optional<Node> parse(const SourceFile& source, Diagnostics& diagnostics, const ParseMemo* memo,
                          const ParseLimits& limits = {});

}  // namespace procure::yaml
