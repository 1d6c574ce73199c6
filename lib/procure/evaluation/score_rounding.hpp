#pragma once
// Scores are computed and ranked unrounded; people see them rounded to two
// decimals, half away from zero. A double such as 2.675 is stored as
// 2.67499999...; it is first settled to nine decimals, so that it rounds as
// the number it stands for (2.68), not as its binary neighbour.

#include "procure/core/decimal.hpp"

namespace procure {

inline constexpr int score_decimals = 2;

Decimal displayed_score(double value, int decimals = score_decimals);

}  // namespace procure
