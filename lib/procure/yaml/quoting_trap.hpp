#pragma once
// Plain values that YAML does not read as the text they show: a '?', ': ',
// ' #' or ',' inside them, or an indicator ('@', '`', '%', '&', '*', '|',
// '>', '[', '{', a quote, '- ', '? ') at their start. The parser then fails,
// or splits the value into a bogus key, far from what the writer meant; the
// cure is always the same, so the message shows the line with the value in
// double quotes. Lines are read one at a time, as a person reads them.

#include <cstddef>
#include <optional>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "procure/core/diagnostic.hpp"
#include "procure/core/source_file.hpp"

namespace procure::yaml {

// The first value on a line that needs quotes, and all of them.
struct QuotingTrap {
  std::size_t begin = 0;  // the value's first byte in the line
  std::size_t end = 0;    // one past its last byte, trailing blanks left out
  std::string syntax;     // what YAML reads as markup: "?", ": ", "#", ",", "@", ...
  std::vector<std::pair<std::size_t, std::size_t>> values;  // [begin, end) of each, this one first
  std::string quoted_line;  // the line without its indentation, each of them in double quotes
};

// The values of `line` (one line, without its line break) that need quotes;
// nullopt when every value on it reads as written. A comment after a
// value in block context ("kind: open  # note") is a comment, not a trap.
std::optional<QuotingTrap> find_quoting_trap(std::string_view line);

// The list or map that opens at byte `begin` of `line` ("title: [Utkast]"),
// as a value that needs quotes: for a collection written where text belongs.
// Nullopt when no collection opens there or it does not close on the line.
std::optional<QuotingTrap> collection_as_text(std::string_view line, std::size_t begin);

// yaml.needs-quotes for `trap`, found on line `line_number` of `source`,
// pointing at the start of the value.
Diagnostic quoting_diagnostic(const SourceFile& source, int line_number, const QuotingTrap& trap);

}  // namespace procure::yaml
