#include "procure/time/oslo_summer_time.hpp"

#include <array>

#include <date/date.h>

namespace procure {
namespace {

using date::days;
using date::last;
using date::Sunday;
using date::sys_days;
using date::year_month_day;
using namespace std::chrono_literals;

constexpr Instant at_utc(int year, unsigned month, unsigned day, std::chrono::hours hour) {
  return Instant{sys_days{year_month_day{date::year{year}, date::month{month}, date::day{day}}} +
                 hour};
}

// Norway's summer time before it followed the EU rule, as the tz database
// gives it (tzdata "europe", zone Europe/Oslo with rules Norway and C-Eur):
// 1916; the occupation, 1940-08-10 to 1942-11-02 without a break, then
// 1943-1945; 1959-1965.
constexpr std::array<SummerTimePeriod, 12> historical_periods{{
    {at_utc(1916, 5, 22, 0h), at_utc(1916, 9, 29, 22h)},
    {at_utc(1940, 8, 10, 22h), at_utc(1942, 11, 2, 1h)},
    {at_utc(1943, 3, 29, 1h), at_utc(1943, 10, 4, 1h)},
    {at_utc(1944, 4, 3, 1h), at_utc(1944, 10, 2, 1h)},
    {at_utc(1945, 4, 2, 1h), at_utc(1945, 10, 1, 1h)},
    {at_utc(1959, 3, 15, 1h), at_utc(1959, 9, 20, 1h)},
    {at_utc(1960, 3, 20, 1h), at_utc(1960, 9, 18, 1h)},
    {at_utc(1961, 3, 19, 1h), at_utc(1961, 9, 17, 1h)},
    {at_utc(1962, 3, 18, 1h), at_utc(1962, 9, 16, 1h)},
    {at_utc(1963, 3, 17, 1h), at_utc(1963, 9, 15, 1h)},
    {at_utc(1964, 3, 15, 1h), at_utc(1964, 9, 20, 1h)},
    {at_utc(1965, 4, 25, 1h), at_utc(1965, 9, 19, 1h)},
}};

// From 1980 Norway follows the EU rule (tzdata rule EU; Directive 2000/84/EC
// art. 2 and 3): summer time begins at 01:00 UTC on the last Sunday of March
// (the first Sunday of April in 1980) and ends at 01:00 UTC on the last
// Sunday of September until 1995, of October from 1996.
constexpr int first_eu_rule_year = 1980;

Instant last_sunday_at_one_utc(int year, unsigned month) {
  const sys_days day{date::year_month_weekday_last{date::year{year}, date::month{month},
                                                   date::weekday_last{Sunday}}};
  return Instant{day + 1h};
}

SummerTimePeriod eu_rule_period(int year) {
  const Instant begins =
      year == 1980 ? Instant{sys_days{date::year_month_weekday{date::year{1980}, date::April,
                                                               date::weekday_indexed{Sunday, 1}}} +
                             1h}
                   : last_sunday_at_one_utc(year, 3);
  const Instant ends = last_sunday_at_one_utc(year, year <= 1995 ? 9 : 10);
  return {begins, ends};
}

int utc_year(Instant instant) {
  return static_cast<int>(year_month_day{std::chrono::floor<days>(instant)}.year());
}

}  // namespace

std::vector<SummerTimePeriod> oslo_summer_time_periods(int year) {
  if (year >= first_eu_rule_year)
    return {eu_rule_period(year)};
  std::vector<SummerTimePeriod> periods;
  for (const SummerTimePeriod& period : historical_periods) {
    if (utc_year(period.begins) == year)
      periods.push_back(period);
  }
  return periods;
}

bool is_oslo_summer_time(Instant instant) {
  const int year = utc_year(instant);
  if (year >= first_eu_rule_year) {
    const SummerTimePeriod period = eu_rule_period(year);
    return instant >= period.begins && instant < period.ends;
  }
  for (const SummerTimePeriod& period : historical_periods) {
    if (instant >= period.begins && instant < period.ends)
      return true;
  }
  return false;
}

}  // namespace procure
