#pragma once
// Internal to the rule checks: the context they share, and one function per
// kind of check (rule_check.cpp runs them in order).

#include <optional>
#include <string>

#include "procure/calendar/milestone_time.hpp"
#include "procure/calendar/period_end.hpp"
#include "procure/calendar/working_calendar.hpp"
#include "procure/rules/rule_check.hpp"

namespace procure::rules_detail {

struct CheckContext {
  CheckContext(const Case& k, const RuleTables& t, RuleCheck& r)
      : kase(k), tables(t), result(r), calendar(k.closing_days) {}

  const Case& kase;
  const RuleTables& tables;
  RuleCheck& result;
  WorkingCalendar calendar;
  Regime regime = Regime::derive;  // the regime the rules are applied with
  bool pin_qualifies = false;
  bool no_rule_reported = false;  // one "no rule in force" per case says it

  const Milestone* milestone(MilestoneKind kind) const { return kase.timeline.find(kind); }
  // The moments of a milestone; a time that does not exist in Oslo is
  // reported once, as a problem of the case, and gives nullopt.
  std::optional<MomentRange> moments_of(const Milestone& milestone);
  // The day the rules apply by for a check that starts at `from`.
  std::optional<Date> rule_day(const Milestone* from) const;

  // Records a finding about `where`, with the rule and source as arguments.
  void finding(Severity severity, std::string code, MessageArgs args, const SourceSpan& where,
               const std::string& rule, const std::string& source, bool unconfirmed = false);
  void applied(std::string id, const std::string& rule, const std::string& source, bool passed);

 private:
  std::vector<std::string> reported_;
};

// How a milestone's time is shown in messages: "2018-05-31 12:00",
// "2018-06-05", "2018-W16..2018-W17".
std::string when_text(const Milestone& milestone);

// Of the time-limit rows in force on `day` for the milestones `from` and
// `to` that apply to the case, the one with the shortest limit (the lawful
// minimum); nullptr if none applies. `later` is set when rows for the pair
// would apply but none is in force yet on that day.
const TimeLimitRow* applicable_limit(const CheckContext& ctx, MilestoneKind from, MilestoneKind to,
                                     Date day, bool* later = nullptr);

void check_pin(CheckContext& ctx);
void check_regime(CheckContext& ctx);
void check_time_limits(CheckContext& ctx);
void check_order(CheckContext& ctx);
void check_closed_days(CheckContext& ctx);
void check_contract_timing(CheckContext& ctx);
void check_award_basis(CheckContext& ctx);
void check_climate_and_environment(CheckContext& ctx);
void check_threshold_revision(CheckContext& ctx);
void check_stages(CheckContext& ctx);
void check_partnership(CheckContext& ctx);
void check_dialogue_closing(CheckContext& ctx);
void check_lot_values(CheckContext& ctx);
void check_lot_award_bases(CheckContext& ctx);
void check_contract_phase(CheckContext& ctx);

}  // namespace procure::rules_detail
