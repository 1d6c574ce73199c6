#include "procure/flow/reminders.hpp"

#include "procure/calendar/period_end.hpp"

namespace procure {

Parsed<Instant> reminder_horizon(Instant now, Period period, const WorkingCalendar& calendar) {
  if (period.unit == PeriodUnit::hours)
    return now + std::chrono::hours{period.count};
  const auto end = count_period(oslo_local(now).date, period, calendar, PeriodRules::plain);
  if (!end)
    return end.problem();
  return end->end();
}

std::vector<const ScheduleItem*> due_items(std::span<const ScheduleItem> items, Instant now,
                                           Instant until) {
  std::vector<const ScheduleItem*> out;
  for (const auto& item : items) {
    if (item.done)
      continue;
    // Due in the span, or a window or day that has begun before it ends: a
    // day that starts at the span's end (24:00 of its last day) is outside.
    if (item.overdue(now) || (item.due >= now && (item.due <= until || item.start < until)))
      out.push_back(&item);
  }
  return out;
}

}  // namespace procure
