// The eight-bytes-a-step searches against a byte-by-byte look at every byte
// value in every place of a word, and every place of a mark in short texts.
#include <doctest/doctest.h>

#include <array>
#include <bit>
#include <string>

#include "procure/core/byte_scan.hpp"

using namespace procure;

TEST_CASE("byte scan: a word's bytes compared at once, exact for any") {
  // Every byte value in every place among bytes that are none of the kinds
  // asked about ('a'), and among bytes just either side of them.
  for (const char filler : {'a', '\x00', '\x7F', '\x80', '\xFF', '|', '}'}) {
    for (unsigned value = 0; value < 256; ++value) {
      for (std::size_t place = 0; place < 8; ++place) {
        std::string bytes(8, filler);
        bytes[place] = static_cast<char>(value);
        const std::uint64_t word = byte_scan::word_at(bytes.data());
        bool has_pipe = false;
        bool has_control = false;
        bool has_high = false;
        for (const char c : bytes) {
          has_pipe = has_pipe || c == '|';
          has_control = has_control || static_cast<unsigned char>(c) < 0x20;
          has_high = has_high || static_cast<unsigned char>(c) >= 0x80;
        }
        CAPTURE(value);
        CAPTURE(place);
        CHECK((byte_scan::equal(word, '|') != 0) == has_pipe);
        CHECK((byte_scan::below(word, 0x20) != 0) == has_control);
        CHECK((byte_scan::high(word) != 0) == has_high);
      }
    }
  }
}

TEST_CASE("byte scan: each byte of a word marked exactly") {
  // Every pair of byte values side by side, in every place, among fillers
  // just below, at and above the values asked about: a borrow or a carry
  // reaching the next byte would mark it.
  for (const char filler : {'a', '\x00', '\x1F', '\x20', '\x7F', '\x80', '\xFF'}) {
    for (unsigned first = 0; first < 256; ++first) {
      for (unsigned second = 0; second < 256; second += 5) {
        for (std::size_t place = 0; place < 7; ++place) {
          std::string bytes(8, filler);
          bytes[place] = static_cast<char>(first);
          bytes[place + 1] = static_cast<char>(second);
          const std::uint64_t word = byte_scan::word_at(bytes.data());
          std::uint64_t below = 0;
          std::uint64_t newlines = 0;
          for (std::size_t k = 0; k < 8; ++k) {
            const auto byte = static_cast<unsigned char>(bytes[k]);
            // The word's bytes in memory order: on a big-endian machine
            // its first byte is its highest.
            const std::size_t shift = std::endian::native == std::endian::little ? k : 7 - k;
            const std::uint64_t mark = std::uint64_t{0x80} << (8 * shift);
            below |= byte < 0x20 ? mark : 0;
            newlines |= byte == '\n' ? mark : 0;
          }
          CAPTURE(first);
          CAPTURE(second);
          CAPTURE(place);
          CHECK(byte_scan::each_below(word, 0x20) == below);
          CHECK(byte_scan::each_equal(word, '\n') == newlines);
        }
      }
    }
  }
}

TEST_CASE("byte scan: the first marked byte, in every place of a text") {
  constexpr std::array<bool, 256> marks = [] {
    std::array<bool, 256> marked{};
    marked['|'] = true;
    marked[0xC2] = true;
    return marked;
  }();
  for (std::size_t size = 0; size <= 24; ++size) {
    const std::string plain(size, 'x');
    for (std::size_t from = 0; from <= size; ++from)
      CHECK(byte_scan::first_marked(plain, from, marks) == size);
    for (std::size_t place = 0; place < size; ++place) {
      for (const char mark : {'|', '\xC2'}) {
        std::string text = plain;
        text[place] = mark;
        CAPTURE(size);
        CAPTURE(place);
        for (std::size_t from = 0; from <= size; ++from)
          CHECK(byte_scan::first_marked(text, from, marks) == (from <= place ? place : size));
      }
    }
  }
}

TEST_CASE("byte scan: the first of two bytes, in every place of a text") {
  // Either byte, and bytes a borrow could mistake for one, after the first.
  for (std::size_t size = 0; size <= 24; ++size) {
    const std::string plain(size, 'x');
    for (std::size_t from = 0; from <= size; ++from)
      CHECK(byte_scan::first_of_two(plain, from, '|', '\\') == size);
    for (std::size_t place = 0; place < size; ++place) {
      for (const char found : {'|', '\\'}) {
        for (const char after : {'x', '|', '\\', '\x00', '\x7D', '\xFC', '\x5B'}) {
          std::string text = plain;
          text[place] = found;
          for (std::size_t later = place + 1; later < size; ++later)
            text[later] = after;
          CAPTURE(size);
          CAPTURE(place);
          CAPTURE(after);
          for (std::size_t from = 0; from <= size; ++from) {
            const std::size_t expected = text.find_first_of("|\\", from);
            CHECK(byte_scan::first_of_two(text, from, '|', '\\') ==
                  (expected == std::string::npos ? size : expected));
          }
        }
      }
    }
  }
}
