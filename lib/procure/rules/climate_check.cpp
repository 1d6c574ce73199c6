// FOA § 7-9 (procure/rules/climate_rule.hpp), checked for the case's award
// and each lot's own.
#include "procure/rules/check_steps.hpp"
#include "procure/rules/climate_rule.hpp"

namespace procure::rules_detail {
namespace {

bool check_climate_in(CheckContext& ctx, const AwardCriteria& award) {
  if (meets_climate_rule(award))
    return true;
  const Decimal share = award.climate_share();
  if (share.is_zero())
    ctx.finding(Severity::warning, "rules.climate-not-stated", {}, award.where,
                std::string(climate_rule_name), std::string(climate_rule_source));
  else
    ctx.finding(Severity::error, "rules.climate-weight-too-low", {{"share", share.to_string()}},
                award.where, std::string(climate_rule_name), std::string(climate_rule_source));
  return false;
}

}  // namespace

void check_climate_and_environment(CheckContext& ctx) {
  const Case& kase = ctx.kase;
  const auto day = ctx.rule_day(kase.timeline.find(MilestoneKind::tender_deadline));
  if (!day || !climate_rule_applies(*day))
    return;
  bool passed = true;
  if (kase.award)
    passed = check_climate_in(ctx, *kase.award) && passed;
  for (const auto& lot : kase.lots.lots) {
    if (lot.award)
      passed = check_climate_in(ctx, *lot.award) && passed;
  }
  ctx.applied("climate-and-environment", std::string(climate_rule_name),
              std::string(climate_rule_source), passed);
}

}  // namespace procure::rules_detail
