#include "procure/core/money.hpp"

#include <array>
#include <cctype>
#include <limits>

namespace procure {
namespace {

constexpr std::array<Currency, 10> currencies{{{"NOK", 2},
                                               {"SEK", 2},
                                               {"DKK", 2},
                                               {"EUR", 2},
                                               {"USD", 2},
                                               {"GBP", 2},
                                               {"CHF", 2},
                                               {"ISK", 0},
                                               {"PLN", 2},
                                               {"JPY", 0}}};

bool is_upper_code(std::string_view s) {
  if (s.size() != 3)
    return false;
  for (const char c : s) {
    if (c < 'A' || c > 'Z')
      return false;
  }
  return true;
}

bool is_letters(std::string_view s) {
  if (s.empty())
    return false;
  for (const char c : s) {
    if (!std::isalpha(static_cast<unsigned char>(c)))
      return false;
  }
  return true;
}

}  // namespace

std::span<const Currency> known_currencies() {
  return currencies;
}

std::optional<Currency> find_currency(std::string_view code) {
  for (const auto& c : currencies) {
    if (c.code == code)
      return c;
  }
  return std::nullopt;
}

Parsed<Money> Money::parse(std::string_view text, Currency default_currency) {
  const std::string original(text);
  while (!text.empty() && text.front() == ' ')
    text.remove_prefix(1);
  while (!text.empty() && text.back() == ' ')
    text.remove_suffix(1);
  std::string_view code;
  std::string_view number = text;
  // The currency code may stand before or after the amount.
  if (const auto space = text.find(' ');
      space != std::string_view::npos && is_letters(text.substr(0, space))) {
    code = text.substr(0, space);
    number = text.substr(space + 1);
  } else if (const auto last = text.rfind(' ');
             last != std::string_view::npos && is_letters(text.substr(last + 1))) {
    code = text.substr(last + 1);
    number = text.substr(0, last);
  }
  Currency currency = default_currency;
  if (!code.empty()) {
    if (code == "kr" || code == "Kr" || code == "kr." || code == "NKr") {
      return Problem{"money.kroner-ambiguous", {{"value", original}}};
    }
    const auto found = find_currency(code);
    if (!found) {
      return Problem{is_upper_code(code) ? "money.unknown-currency" : "money.invalid",
                     {{"value", original}, {"currency", std::string(code)}}};
    }
    currency = *found;
  }
  const auto amount = Decimal::parse(number);
  if (!amount) {
    Problem problem = amount.problem();
    problem.args = {{"value", original}};
    return problem;
  }
  if (amount->normalized().scale() > currency.minor_digits) {
    return Problem{"money.too-many-decimals",
                   {{"value", original},
                    {"currency", std::string(currency.code)},
                    {"digits", std::to_string(currency.minor_digits)}}};
  }
  const auto money = from_decimal(*amount, currency);
  if (!money)
    return Problem{"number.too-large", {{"value", original}}};
  return *money;
}

std::optional<Money> Money::from_decimal(const Decimal& amount, Currency currency) {
  const Decimal minor = amount.rounded(currency.minor_digits);
  const auto units = minor.units();
  if (units > std::numeric_limits<std::int64_t>::max() ||
      units < std::numeric_limits<std::int64_t>::min()) {
    return std::nullopt;
  }
  return Money(currency, static_cast<std::int64_t>(units));
}

std::optional<Money> Money::plus(const Money& other) const {
  if (!same_currency(other))
    return std::nullopt;
  std::int64_t sum = 0;
  if (__builtin_add_overflow(minor_, other.minor_, &sum))
    return std::nullopt;
  return Money(currency_, sum);
}

std::string Money::to_string() const {
  return std::string(currency_.code) + " " + amount().to_string();
}

}  // namespace procure
