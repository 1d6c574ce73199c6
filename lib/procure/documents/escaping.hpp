#pragma once
// Escaping data for the output formats, so that whatever a supplier or an
// officer typed (<script>, &, *, _, # at a line start, | in a table cell,
// backticks) reads literally and never turns into markup.

#include <string>
#include <string_view>

namespace procure {

// One paragraph of text for (GitHub-flavoured) Markdown: punctuation with a
// meaning is backslash-escaped, a leading list or heading marker too, and
// line breaks become spaces so that a value never breaks a table row.
// Control characters other than tabs and line breaks are dropped.
std::string markdown_escape(std::string_view text);

// Text for HTML element content and attribute values, without control
// characters other than tabs and line breaks.
std::string html_escape(std::string_view text);

}  // namespace procure
