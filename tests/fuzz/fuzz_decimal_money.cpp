// Fuzz target for exact numbers and money. The input is two values, split at
// the first line break. Whatever parses must print back to a canonical form
// that parses to the same value; arithmetic must be exact and undo itself;
// rounding must move a value by at most half a unit of the last kept place.
#include <compare>
#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>

#include "fuzz_support.hpp"
#include "procure/core/decimal.hpp"
#include "procure/core/money.hpp"

namespace {

using procure::Decimal;
using procure::Money;
using procure::fuzz::expect;

void check_decimal(const Decimal& d) {
  const auto canonical = Decimal::parse(d.to_string());
  expect(canonical.ok(), "a decimal's canonical text parses");
  expect(canonical->units() == d.units() && canonical->scale() == d.scale(),
         "a decimal's canonical text parses to the same digits and scale");
  const auto grouped = Decimal::parse(d.to_string("\xC2\xA0", ","));
  expect(grouped.ok() && *grouped == d, "a decimal grouped for people parses to the same value");
  const auto normal = d.normalized();
  expect(normal == d && normal.scale() <= d.scale(), "normalising keeps the value");
  for (int scale = 0; scale <= Decimal::max_scale; ++scale) {
    const auto r = d.rounded(scale);
    expect(r.scale() == scale, "rounding gives the scale asked for");
    const auto error = r.minus(d);
    expect(error.has_value(), "a rounding error fits");
    // |r - d| <= 0.5 * 10^-scale, i.e. |2 (r - d)| <= 10^-scale.
    const auto twice = error->times(Decimal::from_integer(2));
    const auto unit = Decimal::from_units(1, scale);
    expect(twice && *twice <= unit && twice->negated() <= unit,
           "rounding moves a value by at most half a unit");
  }
}

void check_pair(const Decimal& a, const Decimal& b) {
  expect((a <=> b) == (0 <=> (b <=> a)), "comparison is antisymmetric");
  if (const auto sum = a.plus(b)) {
    const auto back = sum->minus(b);
    expect(back && *back == a, "(a + b) - b is a");
    const auto other = b.plus(a);
    expect(other && *other == *sum, "a + b is b + a");
  }
  if (const auto product = a.times(b)) {
    const auto other = b.times(a);
    expect(other && *other == *product, "a * b is b * a");
    expect(!b.is_zero() || product->is_zero(), "a * 0 is 0");
  }
  const auto one = a.times(Decimal::from_integer(1));
  expect(one && *one == a, "a * 1 is a");
}

void check_money(const Money& m) {
  const auto back = Money::parse(m.to_string(), procure::Currency{"EUR", 2});
  expect(back.ok() && *back == m, "money's canonical text parses to the same amount");
  const auto exact = Money::from_decimal(m.amount(), m.currency());
  expect(exact && *exact == m, "money through its decimal amount is unchanged");
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  const std::string_view input(reinterpret_cast<const char*>(data), size);
  const auto newline = input.find('\n');
  const auto first = input.substr(0, newline);
  const auto second =
      newline == std::string_view::npos ? std::string_view{} : input.substr(newline + 1);

  const auto a = Decimal::parse(first);
  const auto b = Decimal::parse(second);
  if (a)
    check_decimal(*a);
  if (b)
    check_decimal(*b);
  if (a && b)
    check_pair(*a, *b);

  const auto nok = procure::find_currency("NOK");
  expect(nok.has_value(), "NOK is known");
  const auto m = Money::parse(first, *nok);
  const auto n = Money::parse(second, *nok);
  if (m)
    check_money(*m);
  if (n)
    check_money(*n);
  if (m && n) {
    const auto sum = m->plus(*n);
    expect(sum.has_value() || !m->same_currency(*n) ||
               (m->minor_units() > 0) == (n->minor_units() > 0),
           "a sum of amounts of one currency fits unless both have the same sign");
    if (sum)
      expect(sum->minor_units() - n->minor_units() == m->minor_units(), "a money sum is exact");
  }
  return 0;
}
