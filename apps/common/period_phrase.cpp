#include "common/period_phrase.hpp"

namespace procure::cli {

std::string period_phrase(const ToolContext& ctx, Period period) {
  const std::string unit(Period::suffix(period.unit));
  return ctx.tr("ui.dates.unit." + unit + (period.count == 1 ? ".one" : ".many"),
                {{"n", std::to_string(period.count)}});
}

}  // namespace procure::cli
