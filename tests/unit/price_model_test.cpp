// Each price model with values worked by hand (DFØ's formulas, scale 0-10
// unless said otherwise); see docs/scoring.md.
#include <doctest/doctest.h>

#include <charconv>
#include <cmath>
#include <limits>
#include <random>
#include <string>
#include <vector>

#include "procure/evaluation/price_model.hpp"
#include "procure/evaluation/ranking.hpp"
#include "procure/evaluation/relative_scale.hpp"
#include "procure/evaluation/score_rounding.hpp"

using namespace procure;

namespace {

PriceModel model(PriceModelKind kind, bool floor = false) {
  PriceModel m;
  m.kind = kind;
  m.floor_at_zero = floor;
  return m;
}

double score(PriceModelKind kind, double price, double lowest, double highest, bool floor = false,
             double low = 0, double high = 10) {
  return price_score(model(kind, floor), price, PriceField{lowest, highest}, low, high);
}

}  // namespace

TEST_CASE("linear: 10 - 10 (P - Pmin) / Pmin, negative scores allowed, or floored at 0") {
  CHECK(score(PriceModelKind::linear, 100, 100, 300) == doctest::Approx(10));
  // 150 is 50 % above the lowest: 10 - 5 = 5.
  CHECK(score(PriceModelKind::linear, 150, 100, 300) == doctest::Approx(5));
  // 250 is 150 % above: 10 - 15 = -5, lawful (KOFA 2015/60) ...
  CHECK(score(PriceModelKind::linear, 250, 100, 300) == doctest::Approx(-5));
  // ... unless the tender documents floor the scores at 0.
  CHECK(score(PriceModelKind::linear, 250, 100, 300, true) == doctest::Approx(0));
  CHECK(score(PriceModelKind::linear, 150, 100, 300, true) == doctest::Approx(5));
  // Exactly twice the lowest price gives 0 either way.
  CHECK(score(PriceModelKind::linear, 200, 100, 300) == doctest::Approx(0));
}

TEST_CASE("proportional: 10 Pmin / P") {
  CHECK(score(PriceModelKind::proportional, 100, 100, 400) == doctest::Approx(10));
  CHECK(score(PriceModelKind::proportional, 125, 100, 400) == doctest::Approx(8));
  CHECK(score(PriceModelKind::proportional, 400, 100, 400) == doctest::Approx(2.5));
  // Never negative, however high the price.
  CHECK(score(PriceModelKind::proportional, 1'000'000, 100, 1'000'000) > 0);
}

TEST_CASE("min-max: interpolation between the lowest and the highest price") {
  CHECK(score(PriceModelKind::min_max, 100, 100, 200) == doctest::Approx(10));
  CHECK(score(PriceModelKind::min_max, 150, 100, 200) == doctest::Approx(5));
  CHECK(score(PriceModelKind::min_max, 200, 100, 200) == doctest::Approx(0));
  CHECK(score(PriceModelKind::min_max, 175, 100, 200) == doctest::Approx(2.5));
  // On a 1-5 scale: 1 + 4 × (200 - 150) / 100 = 3.
  CHECK(score(PriceModelKind::min_max, 150, 100, 200, false, 1, 5) == doctest::Approx(3));
  // All prices equal: each is the lowest, so each gets the top score.
  CHECK(score(PriceModelKind::min_max, 120, 120, 120) == doctest::Approx(10));
}

TEST_CASE("equal prices: every model gives every tender the top of the scale") {
  for (const PriceModelKind kind :
       {PriceModelKind::linear, PriceModelKind::proportional, PriceModelKind::min_max}) {
    CAPTURE(static_cast<int>(kind));
    CHECK(score(kind, 120, 120, 120) == doctest::Approx(10));
    CHECK(score(kind, 120, 120, 120, true) == doctest::Approx(10));
    CHECK(score(kind, 120, 120, 120, false, 1, 5) == doctest::Approx(5));
  }
}

TEST_CASE("relative to the best: the best gets the top, the anchor the bottom, all equal the top") {
  CHECK(relative_to_best(8, 8, 0, 10) == doctest::Approx(10));
  CHECK(relative_to_best(4, 8, 0, 10) == doctest::Approx(5));
  CHECK(relative_to_best(0, 8, 0, 10) == doctest::Approx(0));
  CHECK(relative_to_best(2, 4, 1, 5) == doctest::Approx(3));  // 1 + 4 × 2 / 4
  // The best no further from the anchor than anyone: all equal, each is the best.
  CHECK(relative_to_best(0, 0, 0, 10) == doctest::Approx(10));
  CHECK(relative_to_best(0, 0, 1, 5) == doctest::Approx(5));
}

TEST_CASE("price-quality: price plus the value of the quality missing; lowest wins") {
  // P = 1 000 000, V = 20 000 a point, Q = 7.5 of 10: 1 000 000 + 20 000 × 2.5.
  CHECK(adjusted_price(1'000'000, 20'000, 7.5, 10) == doctest::Approx(1'050'000));
  // A: cheaper, weaker: 1 000 000 + 20 000 × 4 = 1 080 000.
  // B: dearer, stronger: 1 050 000 + 20 000 × 2 = 1 090 000. A wins.
  const double a = adjusted_price(1'000'000, 20'000, 6, 10);
  const double b = adjusted_price(1'050'000, 20'000, 8, 10);
  CHECK(a == doctest::Approx(1'080'000));
  CHECK(b == doctest::Approx(1'090'000));
  CHECK(a < b);
  // At 30 000 a point B wins: 1 120 000 against 1 110 000.
  CHECK(adjusted_price(1'050'000, 30'000, 8, 10) < adjusted_price(1'000'000, 30'000, 6, 10));
}

TEST_CASE("which models depend on the other tenders' prices") {
  CHECK(depends_on_lowest(PriceModelKind::linear));
  CHECK(depends_on_lowest(PriceModelKind::proportional));
  CHECK(depends_on_highest(PriceModelKind::min_max));
  CHECK_FALSE(depends_on_lowest(PriceModelKind::price_quality));
  CHECK_FALSE(depends_on_highest(PriceModelKind::linear));
}

TEST_CASE("displayed scores: two decimals, half away from zero, of the number meant") {
  CHECK(displayed_score(2.675).to_string() == "2.68");  // stored as 2.67499999...
  CHECK(displayed_score(7.285).to_string() == "7.29");
  CHECK(displayed_score(-1.025).to_string() == "-1.03");
  CHECK(displayed_score(-1.024).to_string() == "-1.02");
  // A linear score far below zero (a price 10^17 times the lowest) still shows, not as 0.
  CHECK(displayed_score(-1e18).to_string() == "-1000000000000000000.00");
  CHECK(displayed_score(-1e25).to_string() == "-10000000000000000905969664.00");
  CHECK(displayed_score(10.0).to_string() == "10.00");
  CHECK(displayed_score(0.1 + 0.2).to_string() == "0.30");
  CHECK(displayed_score(1'050'000.125, 2).to_string() == "1050000.13");
}

namespace {

// What displayed_score shows, as printf's "%.9f" writes the value and then
// rounded: the way it went before its digits were worked out from the bits.
std::string shown_through_text(double value, int decimals) {
  char buffer[64];
  const auto written =
      std::to_chars(buffer, buffer + sizeof buffer, value, std::chars_format::fixed, 9);
  const auto parsed = Decimal::parse(std::string_view(buffer, written.ptr));
  return parsed ? parsed->rounded(decimals).to_string() : "(none)";
}

}  // namespace

TEST_CASE("displayed scores: the digits worked out from the bits are printf's") {
  std::vector<double> values{0.0,
                             -0.0,
                             1.0,
                             -1.0,
                             2.675,
                             7.285,
                             -1.025,
                             0.1 + 0.2,
                             std::numeric_limits<double>::denorm_min(),
                             std::numeric_limits<double>::min(),
                             1e-10,
                             5e-10,
                             -5e-10,
                             8'589'934'591.999999,
                             -8'589'934'591.5,
                             8'589'934'592.0,
                             1e10};
  // Exactly halfway at the tenth decimal (k/1024): printf rounds those to
  // even, which working from the bits must not guess at.
  for (int k = 1; k < 4096; k += 2) {
    values.push_back(k / 1024.0);
    values.push_back(-k / 1024.0 - 3.0);
  }
  // Just either side of a half at the second decimal, and across magnitudes.
  for (int cents = 0; cents < 1000; ++cents) {
    const double half = cents / 100.0 + 0.005;
    values.push_back(half);
    values.push_back(std::nextafter(half, 0.0));
    values.push_back(std::nextafter(half, 1e9));
  }
  std::mt19937_64 random(20261206);
  for (const double scale : {1e-9, 1e-3, 1.0, 10.0, 1e3, 1e6, 8e9}) {
    std::uniform_real_distribution<double> spread(-scale, scale);
    for (int i = 0; i < 5'000; ++i)
      values.push_back(spread(random));
  }
  for (const double value : values) {
    for (const int decimals : {0, 2, 9}) {
      CAPTURE(value);
      CAPTURE(decimals);
      CHECK(displayed_score(value, decimals).to_string() == shown_through_text(value, decimals));
    }
  }
}

TEST_CASE("values equal but for floating-point noise are tied") {
  CHECK(settle_score(0.1 + 0.2) == settle_score(0.3));
  CHECK(settle_score(7.0 / 3.0 * 3.0) == settle_score(7.0));
  CHECK(settle_score(7.28) != settle_score(7.2800001));
  CHECK(settle_price(1'090'000.0000001) == settle_price(1'090'000.0));
}
