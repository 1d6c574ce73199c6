#pragma once
// The few UTF-8 operations the toolkit needs: validation of input files and
// counting characters for columns and alignment.

#include <cstddef>
#include <optional>
#include <string>
#include <string_view>

namespace procure::utf8 {

// Byte offset of the first byte that is not part of a valid UTF-8 sequence
// (overlong forms, surrogates and code points above U+10FFFF are invalid).
std::optional<std::size_t> first_invalid(std::string_view text);

// Number of code points in valid UTF-8 text.
std::size_t length(std::string_view text);

// Columns the text takes in a terminal: code points, with combining marks
// counted as zero and East Asian wide characters as two.
std::size_t display_width(std::string_view text);

// Pads `text` with spaces on the right to `width` display columns.
std::string pad_right(std::string_view text, std::size_t width);
std::string pad_left(std::string_view text, std::size_t width);

}  // namespace procure::utf8
