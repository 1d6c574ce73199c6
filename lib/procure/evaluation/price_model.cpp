#include "procure/evaluation/price_model.hpp"

#include <algorithm>

#include "procure/evaluation/relative_scale.hpp"

namespace procure {

double price_score(const PriceModel& model, double price, PriceField field, double scale_min,
                   double scale_max) {
  switch (model.kind) {
    case PriceModelKind::linear: {
      const double score = scale_max - scale_max * (price - field.lowest) / field.lowest;
      return model.floor_at_zero ? std::max(score, 0.0) : score;
    }
    case PriceModelKind::proportional:
      return scale_max * field.lowest / price;
    case PriceModelKind::min_max:
      return relative_to_best(field.highest - price, field.highest - field.lowest, scale_min,
                              scale_max);
    case PriceModelKind::price_quality:
      break;
  }
  return 0;  // price-quality gives no price score: see adjusted_price
}

double adjusted_price(double price, double value_per_point, double quality, double scale_max) {
  return price + value_per_point * (scale_max - quality);
}

bool depends_on_lowest(PriceModelKind kind) {
  return kind == PriceModelKind::linear || kind == PriceModelKind::proportional ||
         kind == PriceModelKind::min_max;
}

bool depends_on_highest(PriceModelKind kind) {
  return kind == PriceModelKind::min_max;
}

}  // namespace procure
