#pragma once
// Where a template places a figure our code draws (a chart): a fenced block
// whose info string is "procure-figure" and whose one line is the figure's
// name:
//
//   ```procure-figure
//   points-chart
//   ```
//
// The Markdown step drops raw HTML, so a figure cannot travel through it:
// the block reaches cmark as a code block, and the HTML cmark renders for it
// is then replaced by the figure. Data cannot forge such a block: a value is
// one line with its backticks escaped, and in the HTML cmark writes, text
// never holds a "<pre><code" (its "<" is escaped), so only a template can
// place a figure. Markdown, DOCX and PDF leave figures out: the tables
// beside them hold the same numbers.

#include <span>
#include <string>
#include <string_view>
#include <vector>

#include "procure/documents/document_kind.hpp"

namespace procure {

inline constexpr std::string_view figure_block_info = "procure-figure";

// The names of the figures the Markdown places, in order.
std::vector<std::string> figure_names(std::string_view markdown);

// The Markdown a document keeps, as parts of `markdown` (no line end first,
// no more than one blank line anywhere): without its figure blocks, the line
// ends on either side of each meeting as in the rest, no more than one blank
// line. Parts, not a copy: a report's Markdown is written out from them.
std::vector<std::string_view> markdown_without_figures(std::string_view markdown);

// The HTML cmark rendered from the Markdown, each figure block replaced by
// its figure (one whose name `figures` lacks stays as cmark rendered it).
std::string with_figures(std::string html, std::span<const DocumentFigure> figures);

}  // namespace procure
