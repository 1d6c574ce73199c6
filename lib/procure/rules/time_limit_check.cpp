// The minimum time limits between milestones: tender and participation
// periods after the notice, questions before the tender deadline, the
// standstill after the award notice.
#include <algorithm>

#include "procure/rules/check_steps.hpp"

namespace procure::rules_detail {
namespace {

template <class T>
bool contains_or_empty(const std::vector<T>& list, T value) {
  return list.empty() || std::find(list.begin(), list.end(), value) != list.end();
}

// The procedure whose time limits the case must keep. A national procedure in
// a case that part III governs keeps the limits of the EEA procedure it
// stands for: the EEA rules set the minimum, whatever the case calls it.
Procedure procedure_checked(const CheckContext& ctx) {
  if (ctx.regime != Regime::part_3)
    return ctx.kase.procedure;
  switch (ctx.kase.procedure) {
    case Procedure::national_open:
      return Procedure::open;
    case Procedure::national_restricted:
      return Procedure::restricted;
    case Procedure::national_negotiation:
      return Procedure::competitive_negotiation;
    default:
      return ctx.kase.procedure;
  }
}

bool applies(const CheckContext& ctx, const TimeLimitRow& row) {
  const Case& kase = ctx.kase;
  const auto& when = row.when;
  return contains_or_empty(row.procedures, procedure_checked(ctx)) &&
         contains_or_empty(row.regimes, ctx.regime) &&
         (!when.electronic_submission ||
          *when.electronic_submission == kase.electronic_submission) &&
         (!when.prior_information_notice || *when.prior_information_notice == ctx.pin_qualifies) &&
         (!when.urgency || *when.urgency == kase.urgency) &&
         (!when.award_notice_electronic ||
          *when.award_notice_electronic == kase.award_notice_electronic) &&
         (!when.buyer_kind || *when.buyer_kind == kase.buyer.kind);
}

void check_minimum_period(CheckContext& ctx, const TimeLimitRow& row, const Milestone& from,
                          const Milestone& to, const MomentRange& to_moments) {
  const Date first = from.latest_date();
  const auto period = count_period(first, Period{row.days, PeriodUnit::days}, ctx.calendar);
  if (!period) {
    ctx.result.problems.error(period.problem().code, period.problem().args, from.where);
    return;
  }
  const bool passed = to_moments.earliest >= period->end();
  if (!passed) {
    ctx.finding(
        Severity::error,
        from.is_planned_window() ? "rules.period-too-short-window" : "rules.period-too-short",
        {{"from", from.id},
         {"to", to.id},
         {"to_at", when_text(to)},
         {"from_day", first.iso()},
         {"window", when_text(from)},
         {"days", std::to_string(row.days)},
         {"nominal_last", period->nominal_last.iso()},
         {"last", period->last.iso()},
         // A deadline with a time of day is set on a working day (the
         // rules warn of any other); the hint never names a holiday.
         {"next_day", ctx.calendar.next_working_day(period->last).iso()}},
        to.where, row.ref.rule, row.ref.source, row.ref.unconfirmed);
  }
  ctx.applied(row.id, row.ref.rule, row.ref.source, passed);
}

void check_days_before(CheckContext& ctx, const TimeLimitRow& row, const Milestone& from,
                       const Milestone& to) {
  const Date latest = to.earliest_date().plus_days(-row.days);
  const bool passed = from.latest_date() <= latest;
  if (!passed) {
    ctx.finding(Severity::error, "rules.not-enough-before",
                {{"from", from.id},
                 {"from_at", when_text(from)},
                 {"to", to.id},
                 {"to_at", when_text(to)},
                 {"days", std::to_string(row.days)},
                 {"latest", latest.iso()}},
                from.where, row.ref.rule, row.ref.source, row.ref.unconfirmed);
  }
  ctx.applied(row.id, row.ref.rule, row.ref.source, passed);
}

}  // namespace

const TimeLimitRow* applicable_limit(const CheckContext& ctx, MilestoneKind from, MilestoneKind to,
                                     Date day, bool* later) {
  const TimeLimitRow* best = nullptr;
  for (const TimeLimitRow& row : ctx.tables.time_limits) {
    if (row.from != from || row.to != to || !ctx.tables.time_limit_in_force(row, day) ||
        !applies(ctx, row))
      continue;
    if (best == nullptr || row.days < best->days)
      best = &row;
  }
  if (best == nullptr && later != nullptr) {
    *later = std::any_of(ctx.tables.time_limits.begin(), ctx.tables.time_limits.end(),
                         [&](const TimeLimitRow& row) {
                           return row.from == from && row.to == to && applies(ctx, row);
                         });
  }
  return best;
}

void check_time_limits(CheckContext& ctx) {
  std::vector<std::pair<MilestoneKind, MilestoneKind>> pairs;
  for (const auto& row : ctx.tables.time_limits) {
    const std::pair key{row.from, row.to};
    if (std::find(pairs.begin(), pairs.end(), key) == pairs.end())
      pairs.push_back(key);
  }
  for (const auto& [from_kind, to_kind] : pairs) {
    const Milestone* from = ctx.milestone(from_kind);
    const Milestone* to = ctx.milestone(to_kind);
    if (from == nullptr && to == nullptr)
      continue;
    const auto day = ctx.rule_day(from != nullptr ? from : to);
    if (!day)
      continue;
    bool later = false;
    const TimeLimitRow* row = applicable_limit(ctx, from_kind, to_kind, *day, &later);
    const Milestone* present = from != nullptr ? from : to;
    if (row == nullptr) {
      if (later && !ctx.no_rule_reported) {
        ctx.no_rule_reported = true;
        ctx.result.findings.warning(
            "rules.no-rule-in-force",
            {{"what", std::string(name_in(standard_milestones(), from_kind)) + " -> " +
                          std::string(name_in(standard_milestones(), to_kind))},
             {"date", day->iso()}},
            present->where);
      }
      continue;
    }
    if (from == nullptr || to == nullptr) {
      ctx.finding(Severity::warning, "rules.cannot-check",
                  {{"present", present->id},
                   {"missing", std::string(name_in(standard_milestones(),
                                                   from == nullptr ? from_kind : to_kind))},
                   {"days", std::to_string(row->days)}},
                  present->where, row->ref.rule, row->ref.source, row->ref.unconfirmed);
      continue;
    }
    const auto to_moments = ctx.moments_of(*to);
    if (!ctx.moments_of(*from) || !to_moments)
      continue;
    if (row->check == TimeLimitCheck::minimum_period) {
      check_minimum_period(ctx, *row, *from, *to, *to_moments);
    } else {
      check_days_before(ctx, *row, *from, *to);
    }
  }
}

}  // namespace procure::rules_detail
