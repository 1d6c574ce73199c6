#include <doctest/doctest.h>

#include "procure/core/ascii.hpp"

using namespace procure;

TEST_CASE("trim_whitespace drops blanks, tabs and line ends at both ends only") {
  static_assert(trim_whitespace(" \t a b \r\n") == "a b");
  CHECK(trim_whitespace("") == "");
  CHECK(trim_whitespace(" \t\r\n ") == "");
  CHECK(trim_whitespace("x") == "x");
  CHECK(trim_whitespace("  x") == "x");
  CHECK(trim_whitespace("x  ") == "x");
  CHECK(trim_whitespace("\n1 234,50\t") == "1 234,50");
  // Other spaces are text: a no-break space, a vertical tab.
  CHECK(trim_whitespace("\xC2\xA0x\v") == "\xC2\xA0x\v");
}

TEST_CASE("ASCII letters, digits and punctuation, whatever the locale") {
  for (int byte = 0; byte < 256; ++byte) {
    const char c = static_cast<char>(byte);
    CAPTURE(byte);
    const bool letter = (byte >= 'A' && byte <= 'Z') || (byte >= 'a' && byte <= 'z');
    const bool digit = byte >= '0' && byte <= '9';
    CHECK(is_ascii_letter(c) == letter);
    CHECK(is_ascii_alphanumeric(c) == (letter || digit));
    // Printable ASCII that is no letter, digit or blank.
    CHECK(is_ascii_punctuation(c) == (byte > ' ' && byte < 0x7f && !letter && !digit));
  }
}
