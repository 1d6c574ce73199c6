#include "score_format.hpp"

#include <cstdio>

#include "common/app_catalog.hpp"
#include "procure/evaluation/score_rounding.hpp"
#include "procure/model/display_names.hpp"
#include "procure/text/formatting.hpp"

namespace procure::cli {

std::string score_text(double value, Lang lang) {
  return format_decimal(displayed_score(value), lang);
}

std::string amount_text(double value, Currency currency, Lang lang) {
  const auto money = Money::from_decimal(displayed_score(value, currency.minor_digits), currency);
  return money ? format_money(*money, lang) : score_text(value, lang);
}

std::string time_text(Instant instant) {
  const DateTime local = oslo_local(instant);
  const TimeOfDay time = local.time.value_or(TimeOfDay{});
  char clock[16];
  std::snprintf(clock, sizeof clock, "%02d:%02d:%02d", time.hour(), time.minute(), time.second());
  return local.date.iso() + " " + clock;
}

std::string criterion_name(const Criterion& criterion, const Case& kase, Lang lang) {
  const auto name = criterion.name.in(lang, kase.primary_language());
  return name.empty() ? criterion.id : std::string(name);
}

std::string criterion_heading(const Criterion& criterion, const Case& kase, Lang lang) {
  return criterion_name(criterion, kase, lang) + " (" + format_percent(criterion.weight, lang) +
         ")";
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
    text += ", " + ctx.tr("ui.score.floored");
  if (model.kind == PriceModelKind::price_quality && model.value_per_point) {
    text += ", " + ctx.tr("ui.score.value-per-point",
                          {{"amount", format_money(*model.value_per_point, ctx.lang)}});
  }
  return text;
}

std::string price_formula(const PriceModel& model, const AwardCriteria& award,
                          const ToolContext& ctx) {
  const MessageArgs args{{"max", format_decimal(award.scale.max.normalized(), ctx.lang)},
                         {"min", format_decimal(award.scale.min.normalized(), ctx.lang)}};
  switch (model.kind) {
    case PriceModelKind::linear:
      return ctx.tr(
          model.floor_at_zero ? "ui.score.formula.linear-floored" : "ui.score.formula.linear",
          args);
    case PriceModelKind::proportional:
      return ctx.tr("ui.score.formula.proportional", args);
    case PriceModelKind::min_max:
      return ctx.tr("ui.score.formula.min-max", args);
    case PriceModelKind::price_quality:
      return ctx.tr("ui.score.formula.price-quality", args);
  }
  return {};
}

}  // namespace procure::cli
