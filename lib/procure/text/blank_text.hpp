#pragma once
// Text that shows nothing: spaces of every kind (the no-break space U+00A0,
// the ideographic space U+3000, ...) and the characters that show nothing
// themselves (acting_characters.hpp, the zero-width joiners). A reason of
// nothing but these is no reason, though it is not empty.

#include <string_view>

namespace procure {

// `text` without the characters that show nothing at its start and end.
std::string_view trim_blank(std::string_view text);

inline bool is_blank_text(std::string_view text) {
  return trim_blank(text).empty();
}

}  // namespace procure
