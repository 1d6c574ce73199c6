#pragma once
// The few UTF-8 operations the toolkit needs: validation of input files,
// decoding and encoding, and counting characters for columns and alignment.

#include <cstddef>
#include <optional>
#include <string>
#include <string_view>

namespace procure::utf8 {

// Whether a byte continues a character begun before it (10xxxxxx).
constexpr bool is_continuation(char byte) {
  return (static_cast<unsigned char>(byte) & 0xC0) == 0x80;
}

// Byte offset of the first byte that is not part of a valid UTF-8 sequence
// (overlong forms, surrogates and code points above U+10FFFF are invalid).
std::optional<std::size_t> first_invalid(std::string_view text);

// Bytes from `from` up to the first byte that is not ASCII (or the end),
// counted eight at a time: most text the toolkit reads is nearly all ASCII.
std::size_t ascii_run(std::string_view text, std::size_t from = 0);

// The code point at byte `i` of `text`; returns its length in bytes, or 0
// where the bytes there are not valid UTF-8.
std::size_t decode(std::string_view text, std::size_t i, char32_t& code_point);

// Appends a code point (at most U+10FFFF, no surrogate) as UTF-8.
void append(std::string& out, char32_t code_point);

// Number of code points in valid UTF-8 text.
std::size_t length(std::string_view text);

// Columns the text takes in a terminal: code points, with combining marks
// counted as zero and East Asian wide characters as two.
std::size_t display_width(std::string_view text);

// The bytes of the first `count` characters of `text` (a byte that is not
// UTF-8 counts as one), or of all of it.
std::size_t prefix_of_characters(std::string_view text, std::size_t count);

// Pads `text` with spaces on the right to `width` display columns.
std::string pad_right(std::string_view text, std::size_t width);
std::string pad_left(std::string_view text, std::size_t width);

}  // namespace procure::utf8
