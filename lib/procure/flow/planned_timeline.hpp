#pragma once
// A plausible first timeline for a new open procedure with a market
// dialogue, counted from today: every deadline on a working day, every
// minimum time limit met with room to spare (35 days for tenders where the
// rules ask 30), so that a new case passes the rule checks at once. The
// officer then moves the dates to fit the case.
//
// Christmas Eve and New Year's Eve of this year and the next are planned as
// the case's closing days: not public holidays, but most offices close.

#include <vector>

#include "procure/calendar/working_calendar.hpp"
#include "procure/time/civil_time.hpp"

namespace procure {

struct PlannedTimeline {
  std::vector<Date> closing_days;
  Date dialogue_meeting;
  Date written_input_deadline;
  IsoWeek notice_first_week;
  IsoWeek notice_last_week;
  Date clarification_deadline;
  Date tender_deadline;
  Date award_notice;
  Date standstill_end;
  Date contract_signature;
  Date tender_validity_end;
};

PlannedTimeline plan_timeline(Date today);

}  // namespace procure
