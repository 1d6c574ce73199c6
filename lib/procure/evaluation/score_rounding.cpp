#include "procure/evaluation/score_rounding.hpp"

#include <algorithm>
#include <charconv>
#include <cmath>
#include <cstdint>
#include <optional>
#include <string_view>

namespace procure {

namespace {

constexpr int settled_decimals = 9;

// The value to nine decimals, to the nearest, from its binary form: a
// double is a 53-bit whole number m over 2^k, so value·10^9 is m·10^9 (below
// 2^83) over 2^k, and the remainder of that division says which way it
// rounds. The same digits as to_chars, which is exact, at a fraction of its
// work (a ranking shows hundreds of thousands of scores). Nothing for a
// value exactly halfway, or of 2^33 or more: to_chars settles those.
std::optional<Decimal> settled_from_bits(double value) {
  constexpr double bound = 8'589'934'592.0;  // 2^33: the shift below stays 20 or more
  const double magnitude = std::abs(value);
  if (!(magnitude < bound))
    return std::nullopt;
  int exponent = 0;
  const double fraction = std::frexp(magnitude, &exponent);  // in [0.5, 1), or 0
  const auto mantissa = static_cast<std::uint64_t>(std::ldexp(fraction, 53));
  const int shift = 53 - exponent;  // magnitude = mantissa / 2^shift
  __extension__ typedef unsigned __int128 Wide;
  const Wide scaled = Wide{mantissa} * 1'000'000'000u;
  std::uint64_t units = 0;
  // From a shift of 84 on, half a unit (2^(shift-1)) is more than `scaled`: 0.
  if (shift < 84) {
    const Wide half = Wide{1} << (shift - 1);
    const Wide rest = scaled & ((Wide{1} << shift) - 1);
    if (rest == half)
      return std::nullopt;
    units = static_cast<std::uint64_t>(scaled >> shift) + (rest > half ? 1 : 0);
  }
  const auto whole = static_cast<Decimal::Coefficient>(units);
  return Decimal::from_units(value < 0 ? -whole : whole, settled_decimals);
}

}  // namespace

Decimal displayed_score(double value, int decimals) {
  if (!std::isfinite(value))
    return Decimal();
  if (const auto settled = settled_from_bits(value))
    return settled->rounded(decimals);
  // Nine decimals settle the binary error, but a decimal holds 27 digits: a
  // linear price score of minus a billion billion points keeps fewer.
  const int whole_digits =
      std::abs(value) < 1 ? 1 : static_cast<int>(std::log10(std::abs(value))) + 1;
  const int settled = std::clamp(27 - whole_digits, 0, settled_decimals);
  // to_chars writes what printf's "%.*f" writes, without parsing a format.
  char buffer[64];
  const auto written =
      std::to_chars(buffer, buffer + sizeof buffer, value, std::chars_format::fixed, settled);
  if (written.ec != std::errc())
    return Decimal();  // past 60 digits: no decimal holds it
  const auto parsed = Decimal::parse(std::string_view(buffer, written.ptr));
  return parsed ? parsed->rounded(decimals) : Decimal();
}

}  // namespace procure
