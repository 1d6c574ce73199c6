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
