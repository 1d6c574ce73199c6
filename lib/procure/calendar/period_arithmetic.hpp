#pragma once
// Lengths of time laid on the calendar by plain arithmetic, as a contract
// states them: a term that runs "12 months from" a day, a notice that must be
// given "3 months before" an end. Unlike a procedural time limit
// (period_end.hpp), neither end moves to a working day.

#include <optional>

#include "procure/calendar/working_calendar.hpp"
#include "procure/time/period.hpp"

namespace procure {

// The day `period` before `end`: the last day on which a period of that
// length counted from it (plain arithmetic) still ends by `end`. Months go
// back to the same date, or the month's last day when it has no such date.
Date period_before(Date end, Period period, const WorkingCalendar& calendar);

// The last day of `period` counted from `day` by plain arithmetic
// (2024-08-31 plus 12mo is 2025-08-31); nullopt past the calendar's range.
std::optional<Date> period_after(Date day, Period period, const WorkingCalendar& calendar);

}  // namespace procure
