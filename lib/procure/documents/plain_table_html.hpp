#pragma once
// A GitHub-flavoured Markdown table whose cells hold plain text, written as
// HTML exactly as cmark-gfm writes it, without building its tree: a long
// evaluation report is nearly all such tables, and cmark-gfm spent most of
// the report's time on them (docs/performance.md). Anything but plain
// text and bold (italics, code, links, entities, raw HTML, a row of another
// width, a line that is not a row) leaves the table to cmark-gfm. The unit
// tests and a fuzz target compare every table with cmark-gfm's own HTML.

#include <cstddef>
#include <optional>
#include <string>
#include <string_view>

namespace procure {

// The table that starts at `at`, a line's start after a blank line outside
// any other block (what Markdown a table there may follow is the caller's
// to know): appends its HTML to `html` and returns where its last row's
// line ends, or returns nothing and leaves `html` as it was. Cells are
// aligned with style attributes, as cmark-gfm's
// CMARK_OPT_TABLE_PREFER_STYLE_ATTRIBUTES writes them.
std::optional<std::size_t> append_plain_table_html(std::string_view markdown, std::size_t at,
                                                   std::string& html);

}  // namespace procure
