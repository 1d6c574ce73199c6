#pragma once
// Counting a period from an event by Regulation (EEC, Euratom) No 1182/71,
// which Norway applies to procurement deadlines (FOA § 7-6, FOR-1992-12-04-910):
//
//   art. 3(1)  the day of the event is not counted: day 1 is the day after;
//   art. 3(2)  the period ends at the end (24:00) of its last day; weeks end
//              on the same weekday as the event, months on the same date
//              (or the month's last day when it has no such date);
//   art. 3(3)  holidays and weekends count, unless the period is in working days;
//   art. 3(4)  a last day that is not a working day moves to the next working day;
//   art. 3(5)  a period of two days or more holds at least two working days.

#include "procure/calendar/working_calendar.hpp"
#include "procure/core/problem.hpp"
#include "procure/time/oslo_time.hpp"
#include "procure/time/period.hpp"

namespace procure {

struct PeriodEnd {
  Date event;  // the day of the event (not counted)
  Period period;
  Date nominal_last;                     // the last day by plain counting (art. 3(1)-(3))
  Date last;                             // the last day after art. 3(4) and 3(5)
  bool moved_to_working_day = false;     // art. 3(4) moved the end
  bool extended_to_two_working = false;  // art. 3(5) moved it further

  // The period ends when `last` ends: 24:00 Oslo time, i.e. 00:00 the next day.
  Instant end() const;
};

// Which of art. 3(4)-(5) to apply. Minimum time limits and deadlines use
// both; plain arithmetic ("what date is 35 days after") uses neither.
enum class PeriodRules { regulation, plain };

// Counts `period` (days, working days, weeks or months; hours are refused
// with period.unit-not-allowed) from `event`. A result past the last year
// the calendar knows is refused with period.beyond-calendar.
Parsed<PeriodEnd> count_period(Date event, Period period, const WorkingCalendar& calendar,
                               PeriodRules rules = PeriodRules::regulation);

// The instant a day ends in Oslo (24:00, the start of the next day).
Instant end_of_day(Date day);
// The instant a day starts in Oslo (00:00, which always exists there).
Instant start_of_day(Date day);

}  // namespace procure
