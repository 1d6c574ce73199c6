#include "procure/rules/rule_check.hpp"

#include <algorithm>

#include "procure/flow/schedule.hpp"
#include "procure/rules/check_steps.hpp"

namespace procure {

int RuleCheck::failed_count() const {
  return static_cast<int>(std::count_if(applied.begin(), applied.end(),
                                        [](const AppliedRule& r) { return !r.passed; }));
}

namespace rules_detail {

std::optional<MomentRange> CheckContext::moments_of(const Milestone& milestone) {
  const auto range = moments(milestone);
  if (range)
    return *range;
  if (std::find(reported_.begin(), reported_.end(), milestone.id) == reported_.end()) {
    reported_.push_back(milestone.id);
    result.problems.error(range.problem().code, range.problem().args, milestone.where);
  }
  return std::nullopt;
}

std::optional<Date> CheckContext::rule_day(const Milestone* from) const {
  if (result.notice_day)
    return result.notice_day;
  if (from != nullptr)
    return from->latest_date();
  return std::nullopt;
}

void CheckContext::finding(Severity severity, std::string code, MessageArgs args,
                           const SourceSpan& where, const std::string& rule,
                           const std::string& source, bool unconfirmed) {
  args.emplace_back("rule", rule);
  args.emplace_back("source", source);
  if (unconfirmed)
    args.emplace_back("unconfirmed", "true");
  result.findings.add({severity, std::move(code), std::move(args), where});
}

void CheckContext::applied(std::string id, const std::string& rule, const std::string& source,
                           bool passed) {
  result.applied.push_back({std::move(id), rule, source, passed});
}

std::string when_text(const Milestone& milestone) {
  if (const auto* exact = milestone.exact())
    return exact->iso();
  return std::get<DateWindow>(milestone.when).iso();
}

}  // namespace rules_detail

namespace {

void set_notice_day(const Case& kase, RuleCheck& result) {
  if (const Milestone* notice = kase.timeline.find(MilestoneKind::notice_sent)) {
    result.notice_day = notice->latest_date();
    result.notice_is_window = notice->is_planned_window();
  }
}

}  // namespace

const TimeLimitRow* applicable_time_limit(const Case& kase, const RuleTables& tables,
                                          MilestoneKind from, MilestoneKind to) {
  if (kase.procedure == Procedure::prize || kase.regime == Regime::none)
    return nullptr;
  RuleCheck scratch;
  rules_detail::CheckContext ctx(kase, tables, scratch);
  set_notice_day(kase, scratch);
  rules_detail::check_pin(ctx);
  rules_detail::check_regime(ctx);
  const auto day = ctx.rule_day(kase.timeline.find(from));
  return day ? rules_detail::applicable_limit(ctx, from, to, *day) : nullptr;
}

Regime applied_regime(const Case& kase, const RuleTables& tables) {
  if (kase.procedure == Procedure::prize || kase.regime == Regime::none)
    return Regime::none;
  RuleCheck scratch;
  rules_detail::CheckContext ctx(kase, tables, scratch);
  set_notice_day(kase, scratch);
  rules_detail::check_pin(ctx);
  rules_detail::check_regime(ctx);
  return ctx.regime;
}

RuleCheck check_rules(const Case& kase, const RuleTables& tables) {
  RuleCheck result;
  rules_detail::CheckContext ctx(kase, tables, result);
  set_notice_day(kase, result);
  // Every time in the timeline must be one instant in Oslo, whether or not a
  // rule below looks at it.
  for (const auto& m : kase.timeline.milestones)
    ctx.moments_of(m);
  report_meeting_times(kase, result.problems);
  // A prize, or a case stated to be outside the rules, has no time limits to
  // keep; the order of its milestones and its working days still matter.
  const bool outside = kase.procedure == Procedure::prize || kase.regime == Regime::none;
  if (!outside) {
    rules_detail::check_pin(ctx);
    rules_detail::check_regime(ctx);
    rules_detail::check_threshold_revision(ctx);
    rules_detail::check_lot_values(ctx);
    result.applied_regime = ctx.regime;
    rules_detail::check_time_limits(ctx);
    rules_detail::check_contract_timing(ctx);
    rules_detail::check_award_basis(ctx);
    rules_detail::check_climate_and_environment(ctx);
    rules_detail::check_stages(ctx);
    rules_detail::check_partnership(ctx);
    rules_detail::check_dialogue_closing(ctx);
    rules_detail::check_lot_award_bases(ctx);
    rules_detail::check_contract_phase(ctx);
  } else {
    result.unchecked.push_back({"regime", UncheckedReason::outside_rules});
    result.unchecked.push_back({"time-limits", UncheckedReason::outside_rules});
  }
  rules_detail::check_order(ctx);
  rules_detail::check_closed_days(ctx);
  result.findings.sort_by_place();
  result.problems.sort_by_place();
  return result;
}

Diagnostics recorded_signature_findings(const Case& kase, const RuleTables& tables) {
  Diagnostics found;
  if (!kase.records.contract_signed)
    return found;
  // A recorded signature replaces the planned one in the check: these codes
  // are then about the record.
  const RuleCheck check = check_rules(kase, tables);
  for (const auto& finding : check.findings.items()) {
    if (finding.code == "rules.signed-during-standstill" ||
        finding.code == "rules.signed-before-award-notices")
      found.add(finding);
  }
  return found;
}

}  // namespace procure
