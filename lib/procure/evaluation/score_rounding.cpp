#include "procure/evaluation/score_rounding.hpp"

#include <cmath>
#include <cstdio>

namespace procure {

Decimal displayed_score(double value, int decimals) {
  if (!std::isfinite(value))
    return Decimal();
  char buffer[64];
  std::snprintf(buffer, sizeof buffer, "%.9f", value);
  const auto parsed = Decimal::parse(buffer);
  return parsed ? parsed->rounded(decimals) : Decimal();
}

}  // namespace procure
