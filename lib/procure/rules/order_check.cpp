// The order of the milestones (rules/milestone-order.yaml), and deadlines
// that fall on days that are not working days.
#include <algorithm>

#include "procure/rules/check_steps.hpp"

namespace procure::rules_detail {
namespace {

// The milestones of the case that `kinds` stand for: each one present, and
// for each one missing, the milestones it must follow in turn.
void present_predecessors(const CheckContext& ctx, const std::vector<MilestoneKind>& kinds,
                          std::vector<MilestoneKind>& visited, std::vector<const Milestone*>& out) {
  for (const MilestoneKind kind : kinds) {
    if (std::find(visited.begin(), visited.end(), kind) != visited.end())
      continue;
    visited.push_back(kind);
    if (const Milestone* m = ctx.milestone(kind)) {
      out.push_back(m);
    } else if (const OrderRule* rule = ctx.tables.order_of(kind)) {
      present_predecessors(ctx, rule->after, visited, out);
    }
  }
}

}  // namespace

void check_order(CheckContext& ctx) {
  for (const OrderRule& rule : ctx.tables.order) {
    const Milestone* milestone = ctx.milestone(rule.milestone);
    if (milestone == nullptr)
      continue;
    std::vector<MilestoneKind> visited{rule.milestone};
    std::vector<const Milestone*> before;
    present_predecessors(ctx, rule.after, visited, before);
    if (before.empty())
      continue;
    const auto at = ctx.moments_of(*milestone);
    if (!at)
      continue;
    bool passed = true;
    for (const Milestone* earlier : before) {
      const auto earlier_at = ctx.moments_of(*earlier);
      if (!earlier_at)
        continue;
      // Wrong: no choice of days in the windows puts them in order. A day or
      // a window ends at 24:00 of its last day, which is not in it: a
      // signature on 18 June is after a standstill that ends at 24:00 on
      // 17 June, and one on 17 June is not, even where the same moment is
      // allowed.
      const bool at_is_span = at->earliest < at->latest;
      const bool wrong = rule.same_time_allowed && !at_is_span ? earlier_at->earliest > at->latest
                                                               : earlier_at->earliest >= at->latest;
      // Uncertain: a window still allows the wrong order.
      const bool windows = milestone->is_planned_window() || earlier->is_planned_window();
      const bool uncertain =
          windows && (rule.same_time_allowed ? earlier_at->latest > at->earliest
                                             : earlier_at->latest >= at->earliest);
      if (!wrong && !uncertain)
        continue;
      passed = passed && !wrong;
      ctx.finding(wrong ? Severity::error : Severity::warning,
                  wrong ? "rules.milestone-order" : "rules.milestone-order-uncertain",
                  {{"milestone", milestone->id},
                   {"at", when_text(*milestone)},
                   {"before", earlier->id},
                   {"before_at", when_text(*earlier)}},
                  milestone->where, rule.rule, rule.source);
    }
    ctx.applied("order:" + milestone->id, rule.rule, rule.source, passed);
  }
}

void check_closed_days(CheckContext& ctx) {
  const std::string rule = "1182/71 art. 3(4), FOA § 7-6";
  const std::string source = "https://lovdata.no/dokument/SF/forskrift/1992-12-04-910";
  // The end of the standstill decides when the contract may be signed: it
  // must be exact. The suppliers' deadlines on a closed day are lawful but
  // invite the argument that they run to the next working day.
  constexpr std::pair<MilestoneKind, Severity> deadlines[] = {
      {MilestoneKind::written_input_deadline, Severity::warning},
      {MilestoneKind::participation_deadline, Severity::warning},
      {MilestoneKind::clarification_deadline, Severity::warning},
      {MilestoneKind::tender_deadline, Severity::warning},
      {MilestoneKind::standstill_end, Severity::error},
  };
  for (const auto& [kind, severity] : deadlines) {
    const Milestone* milestone = ctx.milestone(kind);
    if (milestone == nullptr || milestone->exact() == nullptr)
      continue;
    const Date day = milestone->exact()->date;
    const bool passed = ctx.calendar.is_working_day(day);
    if (!passed) {
      ctx.finding(severity, "rules.deadline-on-closed-day",
                  {{"milestone", milestone->id},
                   {"date", day.iso()},
                   {"day_kind", std::string(day_kind_name(ctx.calendar.kind(day)))},
                   {"next", ctx.calendar.next_working_day(day).iso()}},
                  milestone->where, rule, source);
    }
    ctx.applied("working-day:" + milestone->id, rule, source, passed);
  }
}

}  // namespace procure::rules_detail
