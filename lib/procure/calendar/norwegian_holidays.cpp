#include "procure/calendar/norwegian_holidays.hpp"

#include <algorithm>
#include <array>

namespace procure {
namespace {

constexpr std::array<Choice<HolidayKind>, 12> holiday_names{{
    {"new-years-day", HolidayKind::new_years_day},
    {"maundy-thursday", HolidayKind::maundy_thursday},
    {"good-friday", HolidayKind::good_friday},
    {"easter-sunday", HolidayKind::easter_sunday},
    {"easter-monday", HolidayKind::easter_monday},
    {"labour-day", HolidayKind::labour_day},
    {"constitution-day", HolidayKind::constitution_day},
    {"ascension-day", HolidayKind::ascension_day},
    {"whit-sunday", HolidayKind::whit_sunday},
    {"whit-monday", HolidayKind::whit_monday},
    {"christmas-day", HolidayKind::christmas_day},
    {"boxing-day", HolidayKind::boxing_day},
}};

// The 1947 law made 1 and 17 May public holidays.
constexpr int first_year_of_may_holidays = 1947;

Date ymd(int year, unsigned month, unsigned day) {
  return *Date::from_ymd(year, month, day);
}

}  // namespace

Date easter_sunday(int year) {
  const int a = year % 19;
  const int b = year / 100;
  const int c = year % 100;
  const int d = b / 4;
  const int e = b % 4;
  const int f = (b + 8) / 25;
  const int g = (b - f + 1) / 3;
  const int h = (19 * a + b - d - g + 15) % 30;
  const int i = c / 4;
  const int k = c % 4;
  const int l = (32 + 2 * e + 2 * i - h - k) % 7;
  const int m = (a + 11 * h + 22 * l) / 451;
  const int month = (h + l - 7 * m + 114) / 31;
  const int day = (h + l - 7 * m + 114) % 31 + 1;
  return ymd(year, static_cast<unsigned>(month), static_cast<unsigned>(day));
}

std::vector<Holiday> norwegian_holidays(int year) {
  const Date easter = easter_sunday(year);
  std::vector<Holiday> days{
      {ymd(year, 1, 1), HolidayKind::new_years_day},
      {easter.plus_days(-3), HolidayKind::maundy_thursday},
      {easter.plus_days(-2), HolidayKind::good_friday},
      {easter, HolidayKind::easter_sunday},
      {easter.plus_days(1), HolidayKind::easter_monday},
      {easter.plus_days(39), HolidayKind::ascension_day},
      {easter.plus_days(49), HolidayKind::whit_sunday},
      {easter.plus_days(50), HolidayKind::whit_monday},
      {ymd(year, 12, 25), HolidayKind::christmas_day},
      {ymd(year, 12, 26), HolidayKind::boxing_day},
  };
  if (year >= first_year_of_may_holidays) {
    days.push_back({ymd(year, 5, 1), HolidayKind::labour_day});
    days.push_back({ymd(year, 5, 17), HolidayKind::constitution_day});
  }
  // Stable: when Ascension Day falls on 1 or 17 May, both names are kept, in table order.
  std::stable_sort(days.begin(), days.end(),
                   [](const Holiday& a, const Holiday& b) { return a.date < b.date; });
  return days;
}

std::optional<HolidayKind> norwegian_holiday(Date day) {
  const unsigned month = day.month();
  const unsigned dom = day.day();
  if (month == 1 && dom == 1)
    return HolidayKind::new_years_day;
  if (month == 12 && dom == 25)
    return HolidayKind::christmas_day;
  if (month == 12 && dom == 26)
    return HolidayKind::boxing_day;
  // The movable feasts fall from 19 March (Maundy Thursday of the earliest
  // Easter, 22 March) to 14 June (Whit Monday of the latest, 25 April):
  // most days need no Easter computed.
  if (month < 3 || month > 6)
    return std::nullopt;
  // Ascension Day can fall on 1 or 17 May; the movable feast is named first, as in the list.
  switch (easter_sunday(day.year()).days_until(day)) {
    case -3:
      return HolidayKind::maundy_thursday;
    case -2:
      return HolidayKind::good_friday;
    case 0:
      return HolidayKind::easter_sunday;
    case 1:
      return HolidayKind::easter_monday;
    case 39:
      return HolidayKind::ascension_day;
    case 49:
      return HolidayKind::whit_sunday;
    case 50:
      return HolidayKind::whit_monday;
    default:
      break;
  }
  const bool may_holidays = day.year() >= first_year_of_may_holidays;
  if (may_holidays && month == 5 && dom == 1)
    return HolidayKind::labour_day;
  if (may_holidays && month == 5 && dom == 17)
    return HolidayKind::constitution_day;
  return std::nullopt;
}

std::span<const Choice<HolidayKind>> holiday_choices() {
  return holiday_names;
}

std::string holiday_display_key(HolidayKind kind) {
  return "name.holiday." + std::string(name_in<HolidayKind>(holiday_names, kind));
}

}  // namespace procure
