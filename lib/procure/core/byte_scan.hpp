#pragma once
// Looking through text for bytes of a kind eight bytes a step, where a loop
// looks at one: a report's Markdown is tens of megabytes, and its reasons,
// table rows and JSON strings are looked through byte by byte otherwise.
// Two ways: a table's marks or-ed over eight bytes (one test a step, not
// eight), or the bytes of a 64-bit word compared at once (the bit tricks of
// "Bit Twiddling Hacks": a byte below n leaves its borrow in its high bit;
// exact for whether any byte is, not for which; `each_below` and
// `each_equal` mark exactly which, for a few operations more).

#include <array>
#include <bit>
#include <cstddef>
#include <cstdint>
#include <cstring>
#include <string_view>

namespace procure::byte_scan {

inline constexpr std::uint64_t ones = 0x0101010101010101;
inline constexpr std::uint64_t highs = 0x8080808080808080;

// The bytes at `bytes` as a word (eight of them unless said otherwise).
template <class Word = std::uint64_t>
Word word_at(const char* bytes) {
  Word word;
  std::memcpy(&word, bytes, sizeof word);
  return word;
}

// Not 0 when a byte of `word` is below `n` (at most 0x80).
constexpr std::uint64_t below(std::uint64_t word, std::uint64_t n) {
  return (word - ones * n) & ~word & highs;
}

// Not 0 when a byte of `word` is `byte`.
constexpr std::uint64_t equal(std::uint64_t word, unsigned char byte) {
  return below(word ^ (ones * byte), 1);
}

// Marks (its high bit) each byte of `word` below `n` (at most 0x80), every
// one exactly: its low seven bits plus 0x80 - n never carry into the next
// byte, where `below`'s borrow may mark a byte after one that is below n.
constexpr std::uint64_t each_below(std::uint64_t word, std::uint64_t n) {
  return ~(((word & ~highs) + ones * (0x80 - n)) | word) & highs;
}

// Marks each byte of `word` that is `byte`, every one exactly.
constexpr std::uint64_t each_equal(std::uint64_t word, unsigned char byte) {
  return each_below(word ^ (ones * byte), 1);
}

// Not 0 when a byte of `word` is 0x80 or above.
constexpr std::uint64_t high(std::uint64_t word) {
  return word & highs;
}

// Where the first byte from `at` on that `is` takes is; the text's size when
// none is. Eight bytes a step while `may_hold` says a word holds none (it
// may say so only when none is), then byte by byte.
template <class WordTest, class ByteTest>
[[gnu::always_inline]] inline std::size_t first_found(std::string_view text, std::size_t at,
                                                      WordTest may_hold, ByteTest is) {
  for (; at + 8 <= text.size(); at += 8) {
    if (may_hold(text.data() + at))
      break;
  }
  while (at < text.size() && !is(static_cast<unsigned char>(text[at])))
    ++at;
  return at;
}

// Where the first byte from `at` on that is `a` or `b` is; the text's size
// when none is. `equal` never marks a byte before the first equal one (a
// borrow only runs towards the word's high end), so on a little-endian
// machine the word's lowest mark says which byte it is, where another loop
// would look at the word's bytes one by one. Elsewhere they are.
inline std::size_t first_of_two(std::string_view text, std::size_t at, unsigned char a,
                                unsigned char b) {
  if constexpr (std::endian::native == std::endian::little) {
    for (; at + 8 <= text.size(); at += 8) {
      const std::uint64_t word = word_at(text.data() + at);
      const std::uint64_t marks = equal(word, a) | equal(word, b);
      if (marks != 0)
        return at + static_cast<std::size_t>(std::countr_zero(marks)) / 8;
    }
  }
  while (at < text.size() && static_cast<unsigned char>(text[at]) != a &&
         static_cast<unsigned char>(text[at]) != b)
    ++at;
  return at;
}

// Where the first byte from `at` on that `marks` marks (not zero) is; the
// text's size when none is. A word's eight marks are or-ed: one test a step.
template <class Mark>
[[gnu::always_inline]] inline std::size_t first_marked(std::string_view text, std::size_t at,
                                                       const std::array<Mark, 256>& marks) {
  const auto mark = [&marks](const char* bytes, std::size_t k) {
    return static_cast<unsigned>(marks[static_cast<unsigned char>(bytes[k])]);
  };
  return first_found(
      text, at,
      [&mark](const char* bytes) {
        return (mark(bytes, 0) | mark(bytes, 1) | mark(bytes, 2) | mark(bytes, 3) | mark(bytes, 4) |
                mark(bytes, 5) | mark(bytes, 6) | mark(bytes, 7)) != 0;
      },
      [&marks](unsigned char byte) { return static_cast<unsigned>(marks[byte]) != 0; });
}

}  // namespace procure::byte_scan
