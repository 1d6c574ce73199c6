#pragma once
// The characters that act on the text around them instead of showing: the
// C0 controls, DEL and the C1 controls (a terminal's escape sequences start
// with them), the bidirectional marks, embeddings, overrides and isolates
// (they reorder what is shown: a supplier's name could read as a price or
// a rank), the zero-width space, the word joiner and the zero-width
// no-break space U+FEFF, a byte order mark inside a text (they show
// nothing: two names would look alike), and the line and paragraph separators. Every writer of text
// that a case or a supplier gave makes them inert in its format's way: shown as escapes on a
// terminal and in JSON and spreadsheets (visible_controls.hpp, json_string.hpp) and as `\u` escapes
// in the YAML the tools write (yaml/quote.hpp), dropped from documents and calendars, replaced in
// XML.

#include <cstddef>
#include <optional>
#include <string_view>

namespace procure {

constexpr bool acts_instead_of_showing(char32_t c) {
  return c < 0x20 || (c >= 0x7F && c <= 0x9F) || c == 0x061C || c == 0x200B || c == 0x200E ||
         c == 0x200F || (c >= 0x2028 && c <= 0x202E) || c == 0x2060 ||
         (c >= 0x2066 && c <= 0x2069) || c == 0xFEFF;
}

// Whether a byte may start the UTF-8 form of one above U+007F (U+0080 to
// U+009F, U+061C, U+200B to U+2069, U+FEFF): a writer scanning bytes looks
// closer only at these.
constexpr bool may_start_acting_character(unsigned char byte) {
  return byte == 0xC2 || byte == 0xD8 || byte == 0xE2 || byte == 0xEF;
}

// The line and paragraph separators, which a writer may turn into its own line break.
constexpr bool is_line_separator(char32_t c) {
  return c == 0x2028 || c == 0x2029;
}

struct ActingCharacter {
  char32_t code;
  std::size_t size;  // its bytes in the text
};

// The acting character that starts at byte `i` of `text`, if one does (a
// byte that is not valid UTF-8 is none).
std::optional<ActingCharacter> acting_character_at(std::string_view text, std::size_t i);

}  // namespace procure
