#include "procure/evaluation/score_rounding.hpp"

#include <algorithm>
#include <charconv>
#include <cmath>
#include <string_view>

namespace procure {

Decimal displayed_score(double value, int decimals) {
  if (!std::isfinite(value))
    return Decimal();
  // Nine decimals settle the binary error, but a decimal holds 27 digits: a
  // linear price score of minus a billion billion points keeps fewer.
  const int whole_digits =
      std::abs(value) < 1 ? 1 : static_cast<int>(std::log10(std::abs(value))) + 1;
  const int settled = std::clamp(27 - whole_digits, 0, 9);
  // to_chars writes what printf's "%.*f" writes, without parsing a format
  // for each of a ranking's 160 000 shown scores.
  char buffer[64];
  const auto written =
      std::to_chars(buffer, buffer + sizeof buffer, value, std::chars_format::fixed, settled);
  if (written.ec != std::errc())
    return Decimal();  // past 60 digits: no decimal holds it
  const auto parsed = Decimal::parse(std::string_view(buffer, written.ptr));
  return parsed ? parsed->rounded(decimals) : Decimal();
}

}  // namespace procure
