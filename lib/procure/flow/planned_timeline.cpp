#include "procure/flow/planned_timeline.hpp"

#include "procure/calendar/period_end.hpp"

namespace procure {
namespace {

Date count(Date from, int days, const WorkingCalendar& calendar) {
  return count_period(from, Period{days, PeriodUnit::days}, calendar)->last;
}

}  // namespace

PlannedTimeline plan_timeline(Date today) {
  PlannedTimeline p;
  for (const int year : {today.year(), today.year() + 1}) {
    p.closing_days.push_back(*Date::from_ymd(year, 12, 24));
    p.closing_days.push_back(*Date::from_ymd(year, 12, 31));
  }
  const WorkingCalendar calendar(p.closing_days);
  p.dialogue_meeting = calendar.working_day_on_or_after(today.plus_days(28));
  p.written_input_deadline = calendar.working_day_on_or_after(p.dialogue_meeting.plus_days(14));
  p.notice_first_week = IsoWeek::of(p.written_input_deadline.plus_days(14));
  p.notice_last_week = IsoWeek::of(p.notice_first_week.sunday().plus_days(7));
  // Counted from the window's last day, as the checks count; the deadline
  // falls on the working day after the period's end, at 12:00.
  const Date notice_last = p.notice_last_week.sunday();
  p.tender_deadline = calendar.next_working_day(count(notice_last, 35, calendar));
  p.clarification_deadline = calendar.previous_working_day(p.tender_deadline.plus_days(-9));
  p.award_notice = calendar.working_day_on_or_after(p.tender_deadline.plus_days(21));
  p.standstill_end = count(p.award_notice, 10, calendar);
  p.contract_signature = calendar.next_working_day(p.standstill_end);
  p.tender_validity_end = count(p.tender_deadline, 90, calendar);
  return p;
}

}  // namespace procure
