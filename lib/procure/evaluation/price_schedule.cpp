#include "procure/evaluation/price_schedule.hpp"

namespace procure {

std::optional<Decimal> line_amount(const Decimal& quantity, const Money& unit_price) {
  return quantity.times(unit_price.amount());
}

std::optional<Money> schedule_total(std::span<const PriceLine> lines, Currency currency) {
  Decimal sum;
  for (const auto& line : lines) {
    const auto next = sum.plus(line.amount);
    if (!next)
      return std::nullopt;
    sum = *next;
  }
  return Money::from_decimal(sum, currency);
}

}  // namespace procure
