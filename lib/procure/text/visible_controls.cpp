#include "procure/text/visible_controls.hpp"

#include <cstdint>

#include "procure/core/utf8.hpp"
#include "procure/text/acting_characters.hpp"

namespace procure {
namespace {

void append_escape(std::string& out, char prefix, std::uint32_t value, int digits) {
  static constexpr std::string_view hex = "0123456789abcdef";
  out += '\\';
  out += prefix;
  for (int shift = (digits - 1) * 4; shift >= 0; shift -= 4)
    out += hex[(value >> shift) & 0xF];
}

}  // namespace

std::string visible_controls(std::string_view text, LineBreaks breaks) {
  std::string out;
  out.reserve(text.size());
  std::size_t i = 0;
  while (i < text.size()) {
    // Printable ASCII never acts: taken a run at a time.
    std::size_t printable = i;
    while (printable < text.size() && text[printable] >= 0x20 && text[printable] < 0x7F)
      ++printable;
    out.append(text.substr(i, printable - i));
    i = printable;
    if (i >= text.size())
      break;
    char32_t c = 0;
    const std::size_t size = utf8::decode(text, i, c);
    if (size == 0) {
      append_escape(out, 'x', static_cast<unsigned char>(text[i]), 2);
      ++i;
      continue;
    }
    const bool layout =
        breaks == LineBreaks::kept &&
        (c == '\n' || c == '\t' || (c == '\r' && i + 1 < text.size() && text[i + 1] == '\n'));
    if (!acts_instead_of_showing(c) || layout)
      out.append(text.substr(i, size));
    else if (c < 0x80)
      append_escape(out, 'x', static_cast<std::uint32_t>(c), 2);
    else
      append_escape(out, 'u', static_cast<std::uint32_t>(c), 4);
    i += size;
  }
  return out;
}

}  // namespace procure
