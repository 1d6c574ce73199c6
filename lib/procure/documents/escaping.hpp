#pragma once
// Escaping data for the output formats, so that whatever a supplier or an
// officer typed (<script>, &, *, _, # at a line start, | in a table cell,
// backticks) reads literally and never turns into markup.

#include <string>
#include <string_view>

namespace procure {

// Where a value stands in a template: where a line's blocks start (at the
// start of a line, or right after a list or quote marker), so that a leading
// "-", "1." or "=" would be read as structure; or inside running text.
enum class ValuePlace { block_start, inline_text };

// One paragraph of text for (GitHub-flavoured) Markdown: punctuation with a
// meaning is backslash-escaped, a leading list, heading or quote marker too
// where the value starts a block, and line breaks become spaces so that a
// value never breaks a table row. An "&" is escaped only where it would
// start an entity ("&amp;"). A URI or "www." name stays text: its ":" or
// "." is escaped, so that a GFM reader does not make it a link; an e-mail
// address, which GitHub's reader finds through escapes, gets an empty
// HTML comment after its "@" ("name@<!-- -->example.no"). procure's own
// HTML and DOCX make no bare links at all. The characters that act
// instead of showing (acting_characters.hpp: control characters,
// bidirectional marks and overrides) are dropped, but for tabs and line
// breaks (a line or paragraph separator is one).
std::string markdown_escape(std::string_view text, ValuePlace place = ValuePlace::block_start);
// What markdown_escape puts after an "@" that could join an e-mail address:
// markup that shows nothing, which procure's own HTML leaves out.
inline constexpr std::string_view address_breaker = "<!-- -->";
// The same appended to `out`: a report's half a million values need no text of their own.
void append_markdown_escaped(std::string& out, std::string_view text, ValuePlace place);

// Text for HTML element content and attribute values, without the
// characters that act instead of showing, but for tabs and line breaks (a
// line or paragraph separator becomes "\n").
std::string html_escape(std::string_view text);

}  // namespace procure
