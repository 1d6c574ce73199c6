#include "procure/calendar/period_arithmetic.hpp"

#include "procure/calendar/period_end.hpp"

namespace procure {

Date period_before(Date end, Period period, const WorkingCalendar& calendar) {
  switch (period.unit) {
    case PeriodUnit::days:
      return end.plus_days(-period.count);
    case PeriodUnit::weeks:
      return end.plus_days(-7 * period.count);
    case PeriodUnit::working_days: {
      Date day = end;
      for (int i = 0; i < period.count; ++i)
        day = calendar.previous_working_day(day);
      return day;
    }
    case PeriodUnit::months: {
      const int months = end.year() * 12 + static_cast<int>(end.month()) - 1 - period.count;
      const int year = months / 12;
      const auto month = static_cast<unsigned>(months % 12 + 1);
      for (unsigned day = end.day(); day >= 28; --day) {
        if (const auto d = Date::from_ymd(year, month, day))
          return *d;
      }
      return *Date::from_ymd(year, month, end.day());
    }
    case PeriodUnit::hours:
      break;
  }
  return end;  // hours are refused when the case is read
}

std::optional<Date> period_after(Date day, Period period, const WorkingCalendar& calendar) {
  const auto counted = count_period(day, period, calendar, PeriodRules::plain);
  if (!counted)
    return std::nullopt;
  return counted->last;
}

}  // namespace procure
