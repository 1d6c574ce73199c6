#pragma once
// What a reminder run reports: the items of a schedule whose time falls
// between now and a horizon (a planning window that has begun counts), and
// the overdue ones (past their time, their record missing),
// however old. Items that are done, and past items that need no record
// (a deadline for the suppliers, the end of the standstill), are left out.

#include <span>
#include <vector>

#include "procure/calendar/working_calendar.hpp"
#include "procure/core/problem.hpp"
#include "procure/flow/schedule.hpp"
#include "procure/time/period.hpp"

namespace procure {

// The end of "within `period` of `now`": `now` plus the hours, or for a
// period of days, weeks or months the end of its last day in Oslo, counted
// from today as plain arithmetic (working days skip weekends and holidays).
Parsed<Instant> reminder_horizon(Instant now, Period period, const WorkingCalendar& calendar);

std::vector<const ScheduleItem*> due_items(std::span<const ScheduleItem> items, Instant now,
                                           Instant until);

}  // namespace procure
