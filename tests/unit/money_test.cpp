#include <doctest/doctest.h>

#include "procure/core/money.hpp"
#include "procure/text/formatting.hpp"

using namespace procure;

namespace {
const Currency nok = *find_currency("NOK");
}

TEST_CASE("money: amounts with the currency before or after, or the case's default") {
  CHECK(Money::parse("NOK 2 500 000", nok)->minor_units() == 250000000);
  CHECK(Money::parse("2 500 000 NOK", nok)->minor_units() == 250000000);
  CHECK(Money::parse("1 234,50", nok)->minor_units() == 123450);
  CHECK(Money::parse("EUR 10", nok)->currency().code == "EUR");
  CHECK(Money::parse("ISK 1000", nok)->minor_units() == 1000);
}

TEST_CASE("money: problems are named") {
  CHECK(Money::parse("500 000 kr", nok).problem().code == "money.kroner-ambiguous");
  CHECK(Money::parse("XYZ 5", nok).problem().code == "money.unknown-currency");
  CHECK(Money::parse("500", nok)->currency().code == "NOK");
  CHECK(Money::parse("NOK 12.3456", nok).problem().code == "money.too-many-decimals");
  CHECK(Money::parse("NOK 12.345", nok).problem().code == "number.ambiguous");
  CHECK(Money::parse("ISK 1.5", nok).problem().code == "money.too-many-decimals");
  CHECK(Money::parse("NOK 1,500", nok).problem().code == "number.ambiguous");
  CHECK(Money::parse("NOK lots", nok).problem().code == "number.invalid");
}

TEST_CASE("money: sums are exact and refuse mixed currencies") {
  const Money a = *Money::parse("NOK 0.10", nok);
  const Money b = *Money::parse("NOK 0.20", nok);
  CHECK(a.plus(b)->minor_units() == 30);
  CHECK_FALSE(a.plus(*Money::parse("EUR 1", nok)).has_value());
  CHECK(Money::from_decimal(Decimal::from_units(10005, 3), nok)->minor_units() == 1001);
}

TEST_CASE("money: formatted per language") {
  const Money m = *Money::parse("NOK 500 000", nok);
  CHECK(format_money(m, Lang::en) == "NOK 500 000");
  CHECK(format_money(m, Lang::nb) == "500 000 kr");
  CHECK(format_money(*Money::parse("NOK 1234.5", nok), Lang::nb) == "1 234,50 kr");
  CHECK(format_money(*Money::parse("EUR 1234.5", nok), Lang::en) == "EUR 1 234.50");
  CHECK(format_money(m, Lang::nb, Spacing::no_break) ==
        "500\xC2\xA0"
        "000\xC2\xA0kr");
}
