#pragma once
// Character tests and trimming on ASCII text, where locale-dependent <cctype>
// would be wrong.

#include <string_view>

namespace procure {

constexpr bool is_digit(char c) {
  return c >= '0' && c <= '9';
}

// `text` without the blanks, tabs and line ends around it.
constexpr std::string_view trim_whitespace(std::string_view text) {
  const auto first = text.find_first_not_of(" \t\r\n");
  if (first == std::string_view::npos)
    return {};
  const auto last = text.find_last_not_of(" \t\r\n");
  return text.substr(first, last - first + 1);
}

// True for a non-empty run of the digits 0-9 only.
constexpr bool is_all_digits(std::string_view text) {
  if (text.empty())
    return false;
  for (const char c : text) {
    if (c < '0' || c > '9')
      return false;
  }
  return true;
}

}  // namespace procure
