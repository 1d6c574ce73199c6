#include <doctest/doctest.h>

#include <string>
#include <vector>

#include "procure/core/decimal.hpp"

using procure::Decimal;

namespace {
Decimal d(const char* text) {
  const auto parsed = Decimal::parse(text);
  REQUIRE_MESSAGE(parsed.ok(), text);
  return *parsed;
}
std::string code_of(const char* text) {
  const auto parsed = Decimal::parse(text);
  REQUIRE_FALSE(parsed.ok());
  return parsed.problem().code;
}
}  // namespace

TEST_CASE("decimal: human number formats are read exactly") {
  CHECK(d("2500000").to_string() == "2500000");
  CHECK(d("2 500 000").to_string() == "2500000");
  CHECK(d("2\xC2\xA0"
          "500\xC2\xA0"
          "000")
            .to_string() == "2500000");  // no-break spaces
  CHECK(d("2\xE2\x80\xAF"
          "500")
            .to_string() == "2500");  // narrow no-break space
  CHECK(d("1 234,50").to_string() == "1234.50");
  CHECK(d("12.5").to_string() == "12.5");
  CHECK(d("-3").to_string() == "-3");
  CHECK(d("\xE2\x88\x92"
          "3")
            .to_string() == "-3");           // U+2212 minus
  CHECK(d("0.125").to_string() == "0.125");  // a leading zero is never a thousands group
  CHECK(d("1_000").to_string() == "1000");
}

TEST_CASE("decimal: ambiguous and malformed numbers are refused with a reason") {
  CHECK(code_of("1,500") == "number.ambiguous");
  CHECK(code_of("2.250") == "number.ambiguous");
  // Zeros before the whole part tell nothing: 1.140 is written out "1.140".
  CHECK(code_of("01.140") == "number.ambiguous");
  CHECK(code_of("0999.919") == "number.ambiguous");
  CHECK(code_of("-000005,925") == "number.ambiguous");
  CHECK(d("0.125").to_string() == "0.125");
  CHECK(d("00,125").to_string() == "0.125");
  CHECK(d("-0.125").to_string() == "-0.125");
  CHECK(d("01234.567").to_string() == "1234.567");
  CHECK(code_of("1.200.000") == "number.grouped-with-points");
  CHECK(code_of("1 00 000") == "number.bad-grouping");
  CHECK(code_of("1000 000") == "number.bad-grouping");
  CHECK(code_of("0 569,278") == "number.bad-grouping");
  CHECK(code_of("00 100") == "number.bad-grouping");
  CHECK(code_of("abc") == "number.invalid");
  CHECK(code_of("12,") == "number.invalid");
  CHECK(code_of("") == "number.empty");
  CHECK(code_of("1.0000000001") == "number.too-precise");
  CHECK(code_of("1000000000000000000000000000000") == "number.too-large");
}

TEST_CASE("decimal: arithmetic is exact") {
  // 0.1 + 0.2 is exactly 0.3, unlike binary floating point.
  CHECK(*d("0.1").plus(d("0.2")) == d("0.3"));
  CHECK(d("0.30") == d("0.3"));
  CHECK(d("12.5").times(d("3.2"))->to_string() == "40.00");
  CHECK(d("37.5").times(d("1 234.56"))->normalized().to_string() == "46296");
  CHECK(d("10").minus(d("12.25"))->to_string() == "-2.25");
  CHECK(d("30") < d("30.01"));
}

TEST_CASE("decimal: rounding is half away from zero") {
  CHECK(Decimal::from_units(2345, 3).rounded(2).to_string() == "2.35");
  CHECK(Decimal::from_units(2344, 3).rounded(2).to_string() == "2.34");
  CHECK(Decimal::from_units(-2345, 3).rounded(2).to_string() == "-2.35");
  CHECK(d("2.3450").rounded(2).to_string() ==
        "2.35");  // three decimals are written unambiguously with a fourth
  CHECK(d("0.5").rounded(0).to_string() == "1");
  CHECK(d("7").rounded(2).to_string() == "7.00");
}

TEST_CASE("decimal: grouped output") {
  CHECK(d("2500000").to_string(" ", ",") == "2 500 000");
  CHECK(d("-1234.5").to_string(" ", ",") == "-1 234,5");
  CHECK(d("999").to_string(" ", ",") == "999");
  // Fewer digits than decimals: zeros before them, one whole digit at least.
  CHECK(Decimal::from_units(5, 2).to_string(" ", ",") == "0,05");
  CHECK(Decimal::from_units(-5, 3).to_string() == "-0.005");
  CHECK(Decimal::from_units(0, 2).to_string() == "0.00");
  CHECK(Decimal::from_units(12, 2).to_string() == "0.12");
  CHECK(Decimal::from_units(123, 2).to_string() == "1.23");
  CHECK(Decimal::from_units(123456789, 2).to_string("\xC2\xA0", ",") ==
        "1\xC2\xA0"
        "234\xC2\xA0"
        "567,89");
  // Past 64 bits.
  CHECK(d("123456789012345678901234567").to_string(" ", ",") ==
        "123 456 789 012 345 678 901 234 567");
  CHECK(d("-12345678901234567890.123456").to_string(" ", ",") ==
        "-12 345 678 901 234 567 890,123456");
}

TEST_CASE("decimal: overflow is reported, not wrapped") {
  const Decimal big = d("999999999999999999999999999");
  CHECK_FALSE(big.times(big).has_value());
}

namespace {
// The same number or the same refusal, by both readings.
void check_same_reading(const std::string& text) {
  const auto quick = Decimal::parse(text);
  const auto general = procure::decimal_detail::parse_in_general(text);
  REQUIRE_MESSAGE(quick.ok() == general.ok(), '"' << text << '"');
  if (quick.ok()) {
    CHECK_MESSAGE(quick->units() == general->units(), '"' << text << '"');
    CHECK_MESSAGE(quick->scale() == general->scale(), '"' << text << '"');
  } else {
    CHECK_MESSAGE(quick.problem().code == general.problem().code, '"' << text << '"');
    CHECK(quick.problem().args == general.problem().args);
  }
}
}  // namespace

TEST_CASE("decimal: the short way for plain numbers reads every text as the general reading") {
  // Every text of up to six characters made of digits, points, commas and
  // signs: the short way's own shape and each way out of it.
  const std::string alphabet = "019.,-";
  std::vector<std::string> texts{""};
  for (std::size_t length = 1; length <= 6; ++length) {
    std::vector<std::string> longer;
    for (const auto& text : texts) {
      if (text.size() + 1 != length)
        continue;
      for (const char c : alphabet)
        longer.push_back(text + c);
    }
    texts.insert(texts.end(), longer.begin(), longer.end());
  }
  CHECK(texts.size() == 55987);  // 1 + 6 + 6^2 + ... + 6^6
  for (const auto& text : texts)
    check_same_reading(text);
  // At the limits of digits and decimals, and around them.
  for (const std::string text : {"999999999999999999999999999", "9999999999999999999999999999",
                                 "-999999999999999999999999999", "0000000000000000000000000001",
                                 "99999999999999999999999999.9", "1.123456789", "1.1234567890",
                                 "1,12345678", "0.0000000001", " 12", "12 ", "+12",
                                 "\xE2\x88\x92"
                                 "12",
                                 "1 234,50", "1_000"})
    check_same_reading(text);
}
