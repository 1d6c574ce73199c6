#pragma once
// A tender's price computed from its price schedule: each line's quantity ×
// unit price exactly, summed exactly, and rounded once, at the end, to the
// currency's minor unit (half away from zero).

#include <optional>
#include <span>

#include "procure/core/decimal.hpp"
#include "procure/core/money.hpp"
#include "procure/evaluation/tender.hpp"

namespace procure {

// quantity × unit price; nullopt if the product does not fit.
std::optional<Decimal> line_amount(const Decimal& quantity, const Money& unit_price);

// The schedule's total in `currency`; nullopt on overflow.
std::optional<Money> schedule_total(std::span<const PriceLine> lines, Currency currency);

}  // namespace procure
