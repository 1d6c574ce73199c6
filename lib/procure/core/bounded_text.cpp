#include "procure/core/bounded_text.hpp"

#include <algorithm>

#include "procure/core/utf8.hpp"

namespace procure {
namespace {

constexpr std::string_view ellipsis = "…";

// The byte offset where character number `chars` (0-based) starts, or the size.
std::size_t byte_of_char(std::string_view text, std::size_t chars) {
  // A character takes a byte at least: a text of `chars` bytes or fewer ends first.
  if (text.size() <= chars)
    return text.size();
  std::size_t i = 0;
  for (std::size_t seen = 0; i < text.size() && seen < chars; ++seen) {
    ++i;
    while (i < text.size() && utf8::is_continuation(text[i]))
      ++i;
  }
  return i;
}

}  // namespace

std::string bounded_value(std::string_view text, std::size_t max_chars, std::size_t keep_chars) {
  // Counting stops early: a long value is cut without walking all of it.
  if (byte_of_char(text, max_chars + 1) >= text.size())
    return std::string(text);
  return std::string(text.substr(0, byte_of_char(text, keep_chars))) + std::string(ellipsis);
}

LineExcerpt line_excerpt(std::string_view line, int column) {
  if (byte_of_char(line, max_value_chars + 1) >= line.size())
    return {std::string(line), 0};
  // Keep some context before the caret and the rest after it.
  constexpr std::size_t before = kept_value_chars / 3;
  const auto caret = static_cast<std::size_t>(std::max(column, 1) - 1);
  const std::size_t first = caret > before ? caret - before : 0;
  const std::size_t start = byte_of_char(line, first);
  const std::string_view rest = line.substr(start);
  const std::size_t end = byte_of_char(rest, kept_value_chars);
  LineExcerpt excerpt;
  if (first > 0)
    excerpt.text = ellipsis;
  excerpt.text += rest.substr(0, end);
  if (end < rest.size())
    excerpt.text += ellipsis;
  excerpt.skipped = static_cast<int>(first);
  return excerpt;
}

}  // namespace procure
