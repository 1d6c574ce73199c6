#pragma once
// Dates and local times as written in case files: no time zone attached.
// A date with a time is Norwegian local time (Europe/Oslo); the calendar
// module turns it into an instant.

#include <compare>
#include <optional>
#include <string>
#include <string_view>

#include <date/date.h>

#include "procure/core/problem.hpp"

namespace procure {

// The years the toolkit computes holidays for; dates outside are refused.
inline constexpr int first_supported_year = 1900;
inline constexpr int last_supported_year = 2199;

class Date {
 public:
  Date() = default;
  explicit Date(date::sys_days days) : days_(days) {}
  static std::optional<Date> from_ymd(int year, unsigned month, unsigned day);
  // "2018-04-06"; also names the impossible day in "2018-02-30".
  static Parsed<Date> parse(std::string_view text);

  date::sys_days days() const { return days_; }
  date::year_month_day ymd() const { return date::year_month_day{days_}; }
  int year() const;
  unsigned month() const;
  unsigned day() const;
  // 1 = Monday ... 7 = Sunday (ISO 8601).
  unsigned iso_weekday() const;
  Date plus_days(int days) const;
  // Whole days from this date to `later` (negative if `later` is earlier).
  int days_until(Date later) const;
  std::string iso() const;

  auto operator<=>(const Date&) const = default;

 private:
  date::sys_days days_{};
};

// A local time of day, to the minute or second; 24:00 is the end of the day.
class TimeOfDay {
 public:
  TimeOfDay() = default;
  static std::optional<TimeOfDay> from_hms(int hour, int minute, int second = 0);
  // "12:00", "09:30", "23:59:59", "24:00".
  static Parsed<TimeOfDay> parse(std::string_view text);

  int seconds_since_midnight() const { return seconds_; }
  int hour() const { return seconds_ / 3600; }
  int minute() const { return seconds_ / 60 % 60; }
  int second() const { return seconds_ % 60; }
  bool is_end_of_day() const { return seconds_ == 24 * 3600; }
  // "12:00", or "12:00:30" when seconds are set.
  std::string iso() const;

  auto operator<=>(const TimeOfDay&) const = default;

 private:
  int seconds_ = 0;
};

// A date with an optional time of day.
struct DateTime {
  Date date;
  std::optional<TimeOfDay> time;

  // "2018-04-06", "2018-04-06 12:00" or "2018-04-06T12:00".
  static Parsed<DateTime> parse(std::string_view text);
  // "2018-04-06" or "2018-04-06 12:00".
  std::string iso() const;
  // A date without time counts as the start of the day for ordering.
  std::strong_ordering operator<=>(const DateTime& other) const;
  bool operator==(const DateTime& other) const = default;
};

struct IsoWeek {
  int year = 0;
  unsigned week = 0;

  // "2018-W16".
  static Parsed<IsoWeek> parse(std::string_view text);
  static IsoWeek of(Date date);
  Date monday() const;
  Date sunday() const;
  std::string iso() const;
  auto operator<=>(const IsoWeek&) const = default;
};

// A span of whole days known only roughly while planning: a week
// ("2018-W16"), a range of weeks ("2018-W16..2018-W17") or of dates
// ("2018-04-16..2018-04-27").
struct DateWindow {
  Date first;
  Date last;
  bool in_weeks = false;

  static Parsed<DateWindow> parse(std::string_view text);
  // As it was written: "2018-W16..2018-W17" or "2018-04-16..2018-04-27".
  std::string iso() const;
  bool operator==(const DateWindow&) const = default;
};

}  // namespace procure
