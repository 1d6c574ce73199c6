#include "procure/evaluation/score_rounding.hpp"

#include <algorithm>
#include <cmath>
#include <cstdio>

namespace procure {

Decimal displayed_score(double value, int decimals) {
  if (!std::isfinite(value))
    return Decimal();
  // Nine decimals settle the binary error, but a decimal holds 27 digits: a
  // linear price score of minus a billion billion points keeps fewer.
  const int whole_digits =
      std::abs(value) < 1 ? 1 : static_cast<int>(std::log10(std::abs(value))) + 1;
  const int settled = std::clamp(27 - whole_digits, 0, 9);
  char buffer[64];
  std::snprintf(buffer, sizeof buffer, "%.*f", settled, value);
  const auto parsed = Decimal::parse(buffer);
  return parsed ? parsed->rounded(decimals) : Decimal();
}

}  // namespace procure
