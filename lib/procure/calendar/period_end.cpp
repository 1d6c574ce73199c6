#include "procure/calendar/period_end.hpp"

#include <algorithm>

namespace procure {
namespace {

Date add_months(Date event, int months) {
  const auto ymd = event.ymd();
  const auto target = date::year_month{ymd.year(), ymd.month()} + date::months{months};
  const auto last_of_month =
      date::year_month_day_last{target.year(), date::month_day_last{target.month()}};
  const unsigned day =
      std::min(static_cast<unsigned>(ymd.day()), static_cast<unsigned>(last_of_month.day()));
  return *Date::from_ymd(static_cast<int>(target.year()), static_cast<unsigned>(target.month()),
                         day);
}

}  // namespace

Instant PeriodEnd::end() const {
  return end_of_day(last);
}

Instant end_of_day(Date day) {
  return start_of_day(day.plus_days(1));
}

Instant start_of_day(Date day) {
  // Oslo changes its clocks at 02:00 and 03:00, never at midnight.
  return *oslo_instant(day, *TimeOfDay::from_hms(0, 0));
}

Parsed<PeriodEnd> count_period(Date event, Period period, const WorkingCalendar& calendar,
                               PeriodRules rules) {
  if (period.unit == PeriodUnit::hours) {
    return Problem{"period.unit-not-allowed",
                   {{"value", period.text()}, {"allowed", "d, wd, w, mo"}}};
  }
  // Checked before counting so that a loop over working days always ends in a known year.
  const int approx_days = period.unit == PeriodUnit::months         ? period.count * 31
                          : period.unit == PeriodUnit::weeks        ? period.count * 7
                          : period.unit == PeriodUnit::working_days ? period.count * 2 + 10
                                                                    : period.count;
  if (event.plus_days(approx_days + 14).year() > last_supported_year) {
    return Problem{"period.beyond-calendar",
                   {{"value", period.text()},
                    {"date", event.iso()},
                    {"last", std::to_string(last_supported_year)}}};
  }
  PeriodEnd result;
  result.event = event;
  result.period = period;
  switch (period.unit) {
    case PeriodUnit::days:
      result.nominal_last = event.plus_days(period.count);
      break;
    case PeriodUnit::weeks:
      result.nominal_last = event.plus_days(7 * period.count);
      break;
    case PeriodUnit::months:
      result.nominal_last = add_months(event, period.count);
      break;
    case PeriodUnit::working_days: {
      Date day = event;
      for (int i = 0; i < period.count; ++i)
        day = calendar.next_working_day(day);
      result.nominal_last = day;
      break;
    }
    case PeriodUnit::hours:
      break;
  }
  result.last = result.nominal_last;
  if (rules == PeriodRules::plain)
    return result;
  if (!calendar.is_working_day(result.last)) {
    result.last = calendar.next_working_day(result.last);
    result.moved_to_working_day = true;
  }
  const bool counted_in_days =
      period.unit == PeriodUnit::days || period.unit == PeriodUnit::working_days;
  const bool two_days_or_more = !counted_in_days || period.count >= 2;
  if (two_days_or_more) {
    // Fewer than two working days in the period is the same as its second
    // working day falling after it; counting every day of a four-year period was the cost.
    const Date second = calendar.next_working_day(calendar.next_working_day(event));
    if (second > result.last) {
      result.last = second;
      result.extended_to_two_working = true;
    }
  }
  return result;
}

}  // namespace procure
