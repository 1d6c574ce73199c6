#pragma once
// Text that cannot act on a terminal: a supplier's name or a value in
// case.yaml holding an escape sequence could clear the screen, move the
// cursor, add a hyperlink (OSC 8) or reorder what is shown (bidi overrides),
// and so paint a ranking of its own. Every character that acts instead of
// showing is written as a visible escape:
//   - C0 controls and DEL as "\x1b", C1 controls (U+0080 to U+009F) as
//     "\u009b";
//   - the bidirectional embeddings, overrides, isolates and marks (U+061C,
//     U+200E, U+200F, U+202A to U+202E, U+2066 to U+2069) and the line and
//     paragraph separators (U+2028, U+2029) as "\u202e";
//   - a byte that is not part of valid UTF-8 as "\xff".
// The text stays readable and a reader sees that something was there; a
// backslash itself is shown as it is.

#include <string>
#include <string_view>

namespace procure {

// Whether line breaks and tabs are layout (kept: a block of lines, CSV
// fields, where "\r" is kept only before "\n") or part of a one-line value
// (shown: a table cell, an argument of a message, a source line).
enum class LineBreaks { shown, kept };

std::string visible_controls(std::string_view text, LineBreaks breaks = LineBreaks::shown);

}  // namespace procure
