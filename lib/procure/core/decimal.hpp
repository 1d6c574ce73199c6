#pragma once
// Exact decimal numbers for money, quantities and weights: an integer
// coefficient and a count of decimal places. Never a binary float.

#include <compare>
#include <optional>
#include <string>
#include <string_view>

#include "procure/core/problem.hpp"

namespace procure {

// Rounding when decimals are dropped: half away from zero, the rule Norwegian
// accounting and price schedules use ("kaufmännisch").
class Decimal {
 public:
  __extension__ typedef __int128 Coefficient;  // exact to 38 digits; GCC and Clang have it
  static constexpr int max_scale = 9;

  Decimal() = default;
  static Decimal from_integer(long long value) { return Decimal(value, 0); }
  static Decimal from_units(Coefficient units, int scale) { return Decimal(units, scale); }

  // Human input: "2 500 000", "1 234,50", "12.5", "-3". Digits may be grouped
  // by spaces (also no-break and thin spaces) or '_' in groups of three; the
  // decimal separator is '.' or ','. "1,500" is refused as ambiguous.
  static Parsed<Decimal> parse(std::string_view text);

  Coefficient units() const { return units_; }
  int scale() const { return scale_; }
  bool is_zero() const { return units_ == 0; }
  bool is_negative() const { return units_ < 0; }
  bool is_integer() const;

  // Arithmetic is exact. Results that would not fit return nullopt.
  std::optional<Decimal> plus(const Decimal& other) const;
  std::optional<Decimal> minus(const Decimal& other) const;
  std::optional<Decimal> times(const Decimal& other) const;
  Decimal negated() const { return Decimal(-units_, scale_); }

  // To `scale` decimals, half away from zero.
  Decimal rounded(int scale) const;
  // Removes trailing zero decimals: 12.50 -> 12.5, 30.00 -> 30.
  Decimal normalized() const;

  double to_double() const;
  // Canonical text: '-' sign, '.' separator, no grouping, the scale's decimals.
  std::string to_string() const;
  // Grouped for people: `group` between thousands, `point` before decimals.
  std::string to_string(std::string_view group, std::string_view point) const;

  std::strong_ordering operator<=>(const Decimal& other) const;
  bool operator==(const Decimal& other) const { return (*this <=> other) == 0; }

 private:
  Decimal(Coefficient units, int scale) : units_(units), scale_(scale) {}
  Coefficient units_ = 0;
  int scale_ = 0;
};

namespace decimal_detail {
// Decimal::parse without its short way for plain numbers: the reading any
// text may take, so that a test can hold the two to the same results.
Parsed<Decimal> parse_in_general(std::string_view text);
}  // namespace decimal_detail

}  // namespace procure
