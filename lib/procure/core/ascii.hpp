#pragma once
// Character tests and trimming on ASCII text, where locale-dependent <cctype>
// would be wrong.

#include <string_view>

namespace procure {

constexpr bool is_digit(char c) {
  return c >= '0' && c <= '9';
}

constexpr bool is_ascii_letter(char c) {
  return (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z');
}

constexpr bool is_ascii_alphanumeric(char c) {
  return is_digit(c) || is_ascii_letter(c);
}

// CommonMark's ASCII punctuation: what a backslash may escape.
constexpr bool is_ascii_punctuation(char c) {
  return (c >= '!' && c <= '/') || (c >= ':' && c <= '@') || (c >= '[' && c <= '`') ||
         (c >= '{' && c <= '~');
}

// `text` without the blanks, tabs and line ends around it. A loop, not
// find_first_not_of: that searches the set of four for every character
// (a report's table cells are a million calls).
constexpr std::string_view trim_whitespace(std::string_view text) {
  const auto blank = [](char c) { return c == ' ' || c == '\t' || c == '\r' || c == '\n'; };
  std::size_t first = 0;
  std::size_t end = text.size();
  while (first < end && blank(text[first]))
    ++first;
  while (end > first && blank(text[end - 1]))
    --end;
  return text.substr(first, end - first);
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
