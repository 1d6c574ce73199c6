#include "procure/calendar/working_calendar.hpp"

#include <algorithm>
#include <array>

namespace procure {

std::string_view day_kind_name(DayKind kind) {
  constexpr std::array<std::string_view, 5> names{"working-day", "saturday", "sunday",
                                                  "public-holiday", "closing-day"};
  return names[static_cast<std::size_t>(kind)];
}

WorkingCalendar::WorkingCalendar(std::vector<Date> closing_days)
    : closing_days_(std::move(closing_days)) {
  std::sort(closing_days_.begin(), closing_days_.end());
  closing_days_.erase(std::unique(closing_days_.begin(), closing_days_.end()), closing_days_.end());
}

DayKind WorkingCalendar::kind(Date day) const {
  if (norwegian_holiday(day))
    return DayKind::public_holiday;
  const unsigned weekday = day.iso_weekday();
  if (weekday == 6)
    return DayKind::saturday;
  if (weekday == 7)
    return DayKind::sunday;
  if (is_closing_day(day))
    return DayKind::closing_day;
  return DayKind::working_day;
}

bool WorkingCalendar::is_closing_day(Date day) const {
  return std::binary_search(closing_days_.begin(), closing_days_.end(), day);
}

Date WorkingCalendar::working_day_on_or_after(Date day) const {
  while (!is_working_day(day))
    day = day.plus_days(1);
  return day;
}

Date WorkingCalendar::next_working_day(Date day) const {
  return working_day_on_or_after(day.plus_days(1));
}

Date WorkingCalendar::previous_working_day(Date day) const {
  do {
    day = day.plus_days(-1);
  } while (!is_working_day(day));
  return day;
}

int WorkingCalendar::working_days_between(Date after, Date until) const {
  int count = 0;
  for (Date day = after.plus_days(1); day <= until; day = day.plus_days(1)) {
    if (is_working_day(day))
      ++count;
  }
  return count;
}

}  // namespace procure
