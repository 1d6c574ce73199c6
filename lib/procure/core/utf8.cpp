#include "procure/core/utf8.hpp"

#include <cstdint>
#include <cstring>

namespace procure::utf8 {

std::size_t decode(std::string_view s, std::size_t i, char32_t& cp) {
  const auto byte = [&](std::size_t k) { return static_cast<std::uint8_t>(s[k]); };
  const std::uint8_t b0 = byte(i);
  if (b0 < 0x80) {
    cp = b0;
    return 1;
  }
  std::size_t len = 0;
  char32_t min = 0;
  if ((b0 & 0xE0) == 0xC0) {
    len = 2, cp = b0 & 0x1Fu, min = 0x80;
  } else if ((b0 & 0xF0) == 0xE0) {
    len = 3, cp = b0 & 0x0Fu, min = 0x800;
  } else if ((b0 & 0xF8) == 0xF0) {
    len = 4, cp = b0 & 0x07u, min = 0x10000;
  } else {
    return 0;
  }
  if (i + len > s.size())
    return 0;
  for (std::size_t k = 1; k < len; ++k) {
    const std::uint8_t b = byte(i + k);
    if (!is_continuation(static_cast<char>(b)))
      return 0;
    cp = (cp << 6) | (b & 0x3Fu);
  }
  if (cp < min || cp > 0x10FFFF || (cp >= 0xD800 && cp <= 0xDFFF))
    return 0;
  return len;
}

void append(std::string& out, char32_t cp) {
  const auto byte = [&](char32_t value) { out += static_cast<char>(value); };
  if (cp < 0x80) {
    byte(cp);
  } else if (cp < 0x800) {
    byte(0xC0 | (cp >> 6));
    byte(0x80 | (cp & 0x3F));
  } else if (cp < 0x10000) {
    byte(0xE0 | (cp >> 12));
    byte(0x80 | ((cp >> 6) & 0x3F));
    byte(0x80 | (cp & 0x3F));
  } else {
    byte(0xF0 | (cp >> 18));
    byte(0x80 | ((cp >> 12) & 0x3F));
    byte(0x80 | ((cp >> 6) & 0x3F));
    byte(0x80 | (cp & 0x3F));
  }
}

namespace {

bool is_combining(char32_t cp) {
  return (cp >= 0x0300 && cp <= 0x036F) || (cp >= 0x1AB0 && cp <= 0x1AFF) ||
         (cp >= 0x1DC0 && cp <= 0x1DFF) || (cp >= 0x20D0 && cp <= 0x20FF) ||
         (cp >= 0xFE20 && cp <= 0xFE2F) || cp == 0x200B || cp == 0x200D || cp == 0xFEFF;
}

bool is_wide(char32_t cp) {
  return (cp >= 0x1100 && cp <= 0x115F) || (cp >= 0x2E80 && cp <= 0xA4CF) ||
         (cp >= 0xAC00 && cp <= 0xD7A3) || (cp >= 0xF900 && cp <= 0xFAFF) ||
         (cp >= 0xFE30 && cp <= 0xFE4F) || (cp >= 0xFF00 && cp <= 0xFF60) ||
         (cp >= 0xFFE0 && cp <= 0xFFE6) || (cp >= 0x1F300 && cp <= 0x1FAFF) ||
         (cp >= 0x20000 && cp <= 0x3FFFD);
}

}  // namespace

std::size_t ascii_run(std::string_view text, std::size_t from) {
  std::size_t i = from;
  while (i + 8 <= text.size()) {
    std::uint64_t eight = 0;
    std::memcpy(&eight, text.data() + i, 8);
    if ((eight & 0x8080808080808080u) != 0)
      break;
    i += 8;
  }
  while (i < text.size() && static_cast<unsigned char>(text[i]) < 0x80)
    ++i;
  return i - from;
}

std::optional<std::size_t> first_invalid(std::string_view text) {
  std::size_t i = 0;
  char32_t cp = 0;
  while (i < text.size()) {
    i += ascii_run(text, i);
    if (i >= text.size())
      break;
    const std::size_t len = decode(text, i, cp);
    if (len == 0)
      return i;
    i += len;
  }
  return std::nullopt;
}

std::size_t length(std::string_view text) {
  std::size_t n = 0;
  for (const char c : text) {
    if (!is_continuation(c))
      ++n;
  }
  return n;
}

std::size_t display_width(std::string_view text) {
  std::size_t width = 0;
  std::size_t i = 0;
  char32_t cp = 0;
  while (i < text.size()) {
    // ASCII is neither wide nor combining: a column a byte, eight bytes a step.
    const std::size_t ascii = ascii_run(text, i);
    width += ascii;
    i += ascii;
    if (i >= text.size())
      break;
    const std::size_t len = decode(text, i, cp);
    if (len == 0) {  // Invalid bytes are shown as one replacement character each.
      ++width;
      ++i;
      continue;
    }
    if (!is_combining(cp))
      width += is_wide(cp) ? 2u : 1u;
    i += len;
  }
  return width;
}

std::size_t prefix_of_characters(std::string_view text, std::size_t count) {
  std::size_t i = 0;
  char32_t cp = 0;
  for (std::size_t n = 0; n < count && i < text.size(); ++n) {
    const std::size_t len = decode(text, i, cp);
    i += len == 0 ? 1u : len;
  }
  return i;
}

std::string pad_right(std::string_view text, std::size_t width) {
  std::string out(text);
  const std::size_t w = display_width(text);
  if (w < width)
    out.append(width - w, ' ');
  return out;
}

std::string pad_left(std::string_view text, std::size_t width) {
  const std::size_t w = display_width(text);
  std::string out;
  if (w < width)
    out.append(width - w, ' ');
  out += text;
  return out;
}

}  // namespace procure::utf8
