#pragma once
// Amounts of money as whole minor units (øre, cent) of an ISO 4217 currency.

#include <cstdint>
#include <optional>
#include <span>
#include <string>
#include <string_view>

#include "procure/core/decimal.hpp"
#include "procure/core/problem.hpp"

namespace procure {

struct Currency {
  std::string_view code;  // ISO 4217, e.g. "NOK"
  int minor_digits = 2;   // decimals of the minor unit (øre: 2)
};

// The currencies the toolkit knows; a case may use any of them.
std::span<const Currency> known_currencies();
std::optional<Currency> find_currency(std::string_view code);

class Money {
 public:
  Money() = default;
  Money(Currency currency, std::int64_t minor_units) : currency_(currency), minor_(minor_units) {}

  // "NOK 2 500 000", "2 500 000 NOK", "NOK 1 234,50"; without a code the
  // amount is in `default_currency` (the case's). More decimals than the
  // currency has is an error, never silently rounded.
  static Parsed<Money> parse(std::string_view text, Currency default_currency);
  // An exact amount rounded half away from zero to the currency's minor unit.
  static std::optional<Money> from_decimal(const Decimal& amount, Currency currency);

  Currency currency() const { return currency_; }
  std::int64_t minor_units() const { return minor_; }
  Decimal amount() const { return Decimal::from_units(minor_, currency_.minor_digits); }
  bool is_negative() const { return minor_ < 0; }

  // Same-currency sum; nullopt on a currency mismatch or overflow.
  std::optional<Money> plus(const Money& other) const;

  // "NOK 2500000.00": canonical, for JSON and machine use.
  std::string to_string() const;

  bool same_currency(const Money& other) const { return currency_.code == other.currency_.code; }
  // Compares amounts; only meaningful for the same currency.
  auto operator<=>(const Money& other) const { return minor_ <=> other.minor_; }
  bool operator==(const Money& other) const {
    return same_currency(other) && minor_ == other.minor_;
  }

 private:
  Currency currency_{"NOK", 2};
  std::int64_t minor_ = 0;
};

}  // namespace procure
