#pragma once
// Text from the input, cut to a bounded length where messages echo it: one
// 15 MB value must not become 45 MB of messages. Cuts fall between
// characters, never inside one, and are marked with "…".

#include <cstddef>
#include <string>
#include <string_view>

namespace procure {

// A value longer than this many characters is cut to its first kept_value_chars.
inline constexpr std::size_t max_value_chars = 120;
inline constexpr std::size_t kept_value_chars = 100;

// `text` as it is when it has at most max_chars characters, else its first
// keep_chars characters and "…".
std::string bounded_value(std::string_view text, std::size_t max_chars = max_value_chars,
                          std::size_t keep_chars = kept_value_chars);

// A source line for quoting under a message: the whole line when it has at
// most max_value_chars characters, else kept_value_chars of it around the
// 1-based character `column`, with "…" where it was cut.
struct LineExcerpt {
  std::string text;
  int skipped = 0;  // characters of the line cut before the excerpt's "…"
};
LineExcerpt line_excerpt(std::string_view line, int column);

}  // namespace procure
