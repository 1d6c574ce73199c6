// The regime a case's value implies on the notice day, against the regime
// the case says it follows.
#include "procure/rules/check_steps.hpp"
#include "procure/text/formatting.hpp"

namespace procure::rules_detail {
namespace {

std::string regime_name(Regime regime) {
  return std::string(name_of(regime));
}

const SourceSpan& regime_place(const CheckContext& ctx) {
  static const SourceSpan none;
  for (const char* key : {"regime", "procedure", "estimated_value"}) {
    if (const auto* where = ctx.kase.location(key))
      return *where;
  }
  return none;
}

}  // namespace

void check_regime(CheckContext& ctx) {
  const Case& kase = ctx.kase;
  // What the case says: its regime, or with `derive` the part its procedure belongs to.
  const Regime stated = kase.regime != Regime::derive ? kase.regime : regime_of(kase.procedure);
  ctx.regime = stated;
  if (!ctx.result.notice_day) {
    ctx.result.unchecked.push_back({"regime", UncheckedReason::no_notice});
    return;
  }
  const Date day = *ctx.result.notice_day;
  if (!kase.estimated_value) {
    if (kase.regime == Regime::derive) {
      ctx.result.findings.warning("rules.regime-not-derived", {}, regime_place(ctx));
    } else {
      ctx.result.unchecked.push_back({"regime", UncheckedReason::no_estimated_value});
    }
    return;
  }
  if (const ThresholdRow* threshold = incomparable_threshold(kase, ctx.tables, day)) {
    // Never "ok" with the regime unchecked: the case must say its value in NOK.
    static const SourceSpan none;
    const SourceSpan* where = kase.location("estimated_value");
    const RuleRef& ref = threshold->ref;
    ctx.result.problems.add(
        {Severity::error,
         "rules.value-not-comparable",
         {{"value", format_money(*kase.estimated_value, Lang::en)},
          {"currency", std::string(kase.estimated_value->currency().code)},
          {"threshold_currency", std::string(threshold->amount.currency().code)},
          {"rule", ref.rule},
          {"source", ref.source}},
         where != nullptr ? *where : none});
    ctx.applied("regime", ref.rule, ref.source, false);
    return;
  }
  std::optional<ThresholdKind> missing;
  const auto derived = derive_regime(kase, ctx.tables, day, &missing);
  if (!derived) {
    if (missing) {
      ctx.no_rule_reported = true;
      ctx.result.findings.warning(
          "rules.no-rule-in-force",
          {{"what", std::string(name_in(threshold_kind_choices(), *missing))}, {"date", day.iso()}},
          regime_place(ctx));
    }
    return;
  }
  ctx.result.regime = derived;
  // The law applies the higher part; a lower value may follow a stricter part by choice.
  if (regime_rank(derived->regime) > regime_rank(stated))
    ctx.regime = derived->regime;
  const RuleRef& ref = derived->threshold->ref;
  const bool passed = regime_rank(derived->regime) <= regime_rank(stated);
  if (!passed) {
    // Where the EEA rules apply, a lower part breaks them (notice in the EEA,
    // minimum time limits, standstill): an error, and the time limits are
    // checked as part III.
    const bool eea_rules_broken = derived->regime == Regime::part_3;
    ctx.finding(eea_rules_broken ? Severity::error : Severity::warning, "rules.regime-too-low",
                {{"stated", regime_name(stated)},
                 {"derived", regime_name(derived->regime)},
                 {"value", format_money(derived->value, Lang::en)},
                 {"threshold", format_money(derived->threshold->amount, Lang::en)},
                 {"date", day.iso()}},
                regime_place(ctx), ref.rule, ref.source, ref.unconfirmed);
  }
  ctx.applied("regime", ref.rule, ref.source, passed);

  // A change of thresholds whose day is unconfirmed may be in force already.
  if (const RuleRef* change = ctx.tables.threshold_change_maybe_in_force(day)) {
    const auto then = derive_regime(kase, ctx.tables, change->in_force_from);
    if (then && then->regime != derived->regime) {
      ctx.finding(Severity::warning, "rules.regime-change-day-unconfirmed",
                  {{"date", day.iso()},
                   {"from", change->in_force_from.iso()},
                   {"earliest", change->maybe_in_force_from->iso()},
                   {"regime", regime_name(derived->regime)},
                   {"regime_then", regime_name(then->regime)}},
                  regime_place(ctx), change->rule, change->source, true);
    }
  }

  // A window that spans a change of thresholds leaves the regime open until the notice day is
  // fixed.
  const Milestone* notice = ctx.milestone(MilestoneKind::notice_sent);
  if (notice != nullptr && notice->is_planned_window()) {
    const auto at_first = derive_regime(kase, ctx.tables, notice->earliest_date());
    if (at_first && at_first->regime != derived->regime) {
      ctx.finding(Severity::warning, "rules.regime-window",
                  {{"window", when_text(*notice)},
                   {"first", notice->earliest_date().iso()},
                   {"last", day.iso()},
                   {"regime_first", regime_name(at_first->regime)},
                   {"regime_last", regime_name(derived->regime)}},
                  notice->where, ref.rule, ref.source, ref.unconfirmed);
    }
  }
}

void check_pin(CheckContext& ctx) {
  const Case& kase = ctx.kase;
  if (!kase.prior_information_notice_qualifies)
    return;
  const Milestone* pin = ctx.milestone(MilestoneKind::prior_information_notice);
  const Milestone* notice = ctx.milestone(MilestoneKind::notice_sent);
  const auto day = ctx.rule_day(pin);
  const PinRow* row = day ? ctx.tables.prior_information_notice_in_force(*day) : nullptr;
  if (row == nullptr)
    return;
  const RuleRef& ref = row->ref;
  if (pin == nullptr || notice == nullptr) {
    static const SourceSpan none;
    const SourceSpan* flag = kase.location("prior_information_notice_qualifies");
    ctx.finding(Severity::warning, "rules.pin-missing", {}, flag != nullptr ? *flag : none,
                ref.rule, ref.source, ref.unconfirmed);
    ctx.applied("prior-information-notice", ref.rule, ref.source, false);
    return;
  }
  // Conservatively: the shortest and the longest gap the two may have.
  const int shortest = pin->latest_date().days_until(notice->earliest_date());
  const auto bound =
      count_period(pin->earliest_date(), Period{row->at_most_months, PeriodUnit::months},
                   ctx.calendar, PeriodRules::plain);
  const MessageArgs args{{"pin_at", when_text(*pin)},
                         {"notice_at", when_text(*notice)},
                         {"days", std::to_string(shortest)},
                         {"min_days", std::to_string(row->at_least_days)},
                         {"max_months", std::to_string(row->at_most_months)}};
  bool passed = true;
  if (shortest < row->at_least_days) {
    ctx.finding(Severity::warning, "rules.pin-too-late", args, pin->where, ref.rule, ref.source,
                ref.unconfirmed);
    passed = false;
  } else if (bound && bound->nominal_last < notice->latest_date()) {
    ctx.finding(Severity::warning, "rules.pin-too-early", args, pin->where, ref.rule, ref.source,
                ref.unconfirmed);
    passed = false;
  }
  ctx.pin_qualifies = passed;
  ctx.applied("prior-information-notice", ref.rule, ref.source, passed);
}

}  // namespace procure::rules_detail
