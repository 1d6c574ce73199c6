#include "procure/spreadsheet/xstring.hpp"

#include <optional>

#include "procure/core/utf8.hpp"

namespace procure {
namespace {

constexpr std::size_t form_size = 7;  // _xHHHH_

std::optional<char32_t> hex_digit(char c) {
  if (c >= '0' && c <= '9')
    return static_cast<char32_t>(c - '0');
  if (c >= 'A' && c <= 'F')
    return static_cast<char32_t>(c - 'A' + 10);
  if (c >= 'a' && c <= 'f')
    return static_cast<char32_t>(c - 'a' + 10);
  return std::nullopt;
}

// The code unit of the form at `at`, when one stands there.
std::optional<char32_t> form_at(std::string_view text, std::size_t at) {
  if (text.size() - at < form_size || text[at] != '_' || text[at + 1] != 'x' || text[at + 6] != '_')
    return std::nullopt;
  char32_t unit = 0;
  for (std::size_t i = at + 2; i < at + 6; ++i) {
    const auto digit = hex_digit(text[i]);
    if (!digit)
      return std::nullopt;
    unit = unit * 16 + *digit;
  }
  return unit;
}

constexpr bool is_high_surrogate(char32_t unit) {
  return unit >= 0xD800 && unit <= 0xDBFF;
}
constexpr bool is_low_surrogate(char32_t unit) {
  return unit >= 0xDC00 && unit <= 0xDFFF;
}

}  // namespace

std::string xstring_escaped(std::string_view text) {
  std::string out;
  out.reserve(text.size());
  for (std::size_t i = 0; i < text.size(); ++i) {
    if (form_at(text, i))
      out += "_x005F";
    out += text[i];
  }
  return out;
}

std::string xstring_decoded(std::string_view text) {
  if (text.find("_x") == std::string_view::npos)
    return std::string(text);
  std::string out;
  out.reserve(text.size());
  std::size_t i = 0;
  while (i < text.size()) {
    const auto unit = form_at(text, i);
    if (!unit) {
      out += text[i++];
      continue;
    }
    i += form_size;
    char32_t code_point = *unit;
    if (is_high_surrogate(*unit)) {
      const auto low = form_at(text, i);
      if (low && is_low_surrogate(*low)) {
        code_point = 0x10000 + ((*unit - 0xD800) << 10) + (*low - 0xDC00);
        i += form_size;
      } else {
        code_point = 0xFFFD;
      }
    } else if (is_low_surrogate(*unit)) {
      code_point = 0xFFFD;
    }
    utf8::append(out, code_point);
  }
  return out;
}

}  // namespace procure
