#pragma once
// The price models of DFØ's guide to evaluating tenders ("Veileder i
// evaluering av tilbud"); see docs/scoring.md. P is the evaluated tender's
// price, Pmin and Pmax the lowest and highest price among the tenders
// evaluated, M and m the top and bottom of the scale (10 and 0 by default).
//
//   linear         M − M × (P − Pmin) / Pmin; below 0 when P > 2 Pmin, which
//                  is lawful (KOFA 2015/60), unless floored at 0
//   proportional   M × Pmin / P
//   min-max        m + (M − m) × (Pmax − P) / (Pmax − Pmin); every tender
//                  gets M when all prices are equal (each is the lowest; the
//                  rule of relative_scale.hpp)
//   price-quality  no price score: the price plus a notional add-on for the
//                  quality missing, P + V × (M − Q), where V is the value of
//                  one quality point and Q the tender's weighted quality
//                  score; the lowest adjusted price wins

#include "procure/model/award_criteria.hpp"

namespace procure {

struct PriceField {
  double lowest = 0;
  double highest = 0;
};

// The price score of `price` under linear, proportional or min-max.
double price_score(const PriceModel& model, double price, PriceField field, double scale_min,
                   double scale_max);

// The price-quality model's adjusted price.
double adjusted_price(double price, double value_per_point, double quality, double scale_max);

// True when a tender's score depends on the lowest price (linear, proportional).
bool depends_on_lowest(PriceModelKind kind);
// True when it depends on the highest price too (min-max).
bool depends_on_highest(PriceModelKind kind);

}  // namespace procure
