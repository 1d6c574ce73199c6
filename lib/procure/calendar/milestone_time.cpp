#include "procure/calendar/milestone_time.hpp"

#include "procure/calendar/period_end.hpp"

namespace procure {

Parsed<MomentRange> moments(const DateTime& when) {
  if (!when.time)
    return MomentRange{start_of_day(when.date), end_of_day(when.date)};
  const auto at = oslo_instant(when.date, *when.time);
  if (!at)
    return at.problem();
  return MomentRange{*at, *at};
}

bool is_deadline(MilestoneKind kind) {
  switch (kind) {
    case MilestoneKind::written_input_deadline:
    case MilestoneKind::participation_deadline:
    case MilestoneKind::clarification_deadline:
    case MilestoneKind::tender_deadline:
    case MilestoneKind::standstill_end:
    case MilestoneKind::tender_validity_end:
      return true;
    default:
      return false;
  }
}

Parsed<MomentRange> moments(const Milestone& milestone) {
  if (const auto* exact = milestone.exact()) {
    if (!exact->time && is_deadline(milestone.kind))
      return MomentRange{end_of_day(exact->date), end_of_day(exact->date)};
    return moments(*exact);
  }
  const auto& window = std::get<DateWindow>(milestone.when);
  return MomentRange{start_of_day(window.first), end_of_day(window.last)};
}

Parsed<Instant> due_instant(const DateTime& when) {
  const auto range = moments(when);
  if (!range)
    return range.problem();
  return range->latest;
}

}  // namespace procure
