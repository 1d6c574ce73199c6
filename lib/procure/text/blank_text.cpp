#include "procure/text/blank_text.hpp"

#include "procure/core/utf8.hpp"
#include "procure/text/acting_characters.hpp"

namespace procure {
namespace {

// Unicode's White_Space characters, and the zero-width (non-)joiners and the
// Mongolian vowel separator, which show nothing either.
constexpr bool shows_nothing(char32_t c) {
  return c == ' ' || c == 0x85 || c == 0xA0 || c == 0x1680 || c == 0x180E ||
         (c >= 0x2000 && c <= 0x200D) || c == 0x202F || c == 0x205F || c == 0x3000 ||
         acts_instead_of_showing(c);
}

// The bytes of the character at `i`, when it shows nothing; 0 otherwise.
std::size_t blank_at(std::string_view text, std::size_t i) {
  char32_t c = 0;
  const std::size_t size = utf8::decode(text, i, c);
  return size != 0 && shows_nothing(c) ? size : 0;
}

}  // namespace

std::string_view trim_blank(std::string_view text) {
  std::size_t first = 0;
  while (first < text.size()) {
    const std::size_t size = blank_at(text, first);
    if (size == 0)
      break;
    first += size;
  }
  std::size_t end = text.size();
  while (end > first) {
    // The start of the last character: back over its continuation bytes.
    std::size_t start = end - 1;
    while (start > first && utf8::is_continuation(text[start]))
      --start;
    if (blank_at(text, start) != end - start)
      break;
    end = start;
  }
  return text.substr(first, end - first);
}

}  // namespace procure
