#include "score_format.hpp"

#include <cstdio>

#include "common/app_catalog.hpp"
#include "procure/model/display_names.hpp"
#include "procure/text/formatting.hpp"

namespace procure::cli {

std::string time_text(Instant instant) {
  const DateTime local = oslo_local(instant);
  const TimeOfDay time = local.time.value_or(TimeOfDay{});
  char clock[16];
  std::snprintf(clock, sizeof clock, "%02d:%02d:%02d", time.hour(), time.minute(), time.second());
  return local.date.iso() + " " + clock;
}

std::string rejection_text(const Rejection& rejection, const ToolContext& ctx) {
  std::string text = ctx.tr(rejection.code, rejection.args);
  if (const auto rule = app_catalog().rule(rejection.code); !rule.empty())
    text += " (" + std::string(rule) + ")";
  return text;
}

std::string price_model_text(const PriceModel& model, const ToolContext& ctx) {
  std::string text = ctx.tr(display_key(model.kind));
  if (model.kind == PriceModelKind::linear && model.floor_at_zero)
    text += ", " + ctx.tr("doc.price-model.floored");
  if (model.kind == PriceModelKind::price_quality && model.value_per_point) {
    text += ", " + ctx.tr("ui.score.value-per-point",
                          {{"amount", format_money(*model.value_per_point, ctx.lang)}});
  }
  return text;
}

}  // namespace procure::cli
