#pragma once
// Character tests on ASCII text, where locale-dependent <cctype> would be wrong.

#include <string_view>

namespace procure {

constexpr bool is_digit(char c) {
  return c >= '0' && c <= '9';
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
