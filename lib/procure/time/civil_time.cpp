#include "procure/time/civil_time.hpp"

#include "procure/core/ascii.hpp"

#include <charconv>
#include <cstdio>

namespace procure {
namespace {

int to_int(std::string_view s) {
  int value = 0;
  std::from_chars(s.data(), s.data() + s.size(), value);
  return value;
}

std::string two_digits(int n) {
  char buffer[8];
  std::snprintf(buffer, sizeof buffer, "%02d", n);
  return buffer;
}

Problem with_value(std::string code, std::string_view value, MessageArgs more = {}) {
  MessageArgs args{{"value", std::string(value)}};
  args.insert(args.end(), more.begin(), more.end());
  return Problem{std::move(code), std::move(args)};
}

}  // namespace

std::optional<Date> Date::from_ymd(int year, unsigned month, unsigned day) {
  const date::year_month_day ymd{date::year{year}, date::month{month}, date::day{day}};
  if (!ymd.ok())
    return std::nullopt;
  return Date(date::sys_days{ymd});
}

Parsed<Date> Date::parse(std::string_view text) {
  // Exactly YYYY-MM-DD: other orders (06.04.2018, 04/06/2018) are ambiguous across countries.
  if (text.size() != 10 || text[4] != '-' || text[7] != '-' || !is_all_digits(text.substr(0, 4)) ||
      !is_all_digits(text.substr(5, 2)) || !is_all_digits(text.substr(8, 2))) {
    return with_value("date.invalid", text);
  }
  const int year = to_int(text.substr(0, 4));
  const int month = to_int(text.substr(5, 2));
  const int day = to_int(text.substr(8, 2));
  if (year < first_supported_year || year > last_supported_year) {
    return with_value("date.year-out-of-range", text,
                      {{"first", std::to_string(first_supported_year)},
                       {"last", std::to_string(last_supported_year)}});
  }
  if (month < 1 || month > 12)
    return with_value("date.no-such-month", text);
  const auto last = date::year_month_day_last{
      date::year{year}, date::month_day_last{date::month{static_cast<unsigned>(month)}}};
  const auto days_in_month = static_cast<int>(static_cast<unsigned>(last.day()));
  if (day < 1 || day > days_in_month) {
    return with_value("date.no-such-day", text, {{"days", std::to_string(days_in_month)}});
  }
  return *from_ymd(year, static_cast<unsigned>(month), static_cast<unsigned>(day));
}

int Date::year() const {
  return static_cast<int>(ymd().year());
}
unsigned Date::month() const {
  return static_cast<unsigned>(ymd().month());
}
unsigned Date::day() const {
  return static_cast<unsigned>(ymd().day());
}

unsigned Date::iso_weekday() const {
  return date::weekday{days_}.iso_encoding();
}

Date Date::plus_days(int days) const {
  return Date(days_ + date::days{days});
}

int Date::days_until(Date later) const {
  return static_cast<int>((later.days_ - days_).count());
}

std::string Date::iso() const {
  char buffer[16];
  std::snprintf(buffer, sizeof buffer, "%04d-%02u-%02u", year(), month(), day());
  return buffer;
}

std::optional<TimeOfDay> TimeOfDay::from_hms(int hour, int minute, int second) {
  if (hour < 0 || minute < 0 || minute > 59 || second < 0 || second > 59)
    return std::nullopt;
  if (hour > 24 || (hour == 24 && (minute != 0 || second != 0)))
    return std::nullopt;
  TimeOfDay t;
  t.seconds_ = hour * 3600 + minute * 60 + second;
  return t;
}

Parsed<TimeOfDay> TimeOfDay::parse(std::string_view text) {
  const bool has_seconds = text.size() == 8;
  if ((text.size() != 5 && !has_seconds) || text[2] != ':' || !is_all_digits(text.substr(0, 2)) ||
      !is_all_digits(text.substr(3, 2)) ||
      (has_seconds && (text[5] != ':' || !is_all_digits(text.substr(6, 2))))) {
    // "12.00" is how Norwegians write times; say so rather than just "invalid".
    if (text.size() == 5 && text[2] == '.' && is_all_digits(text.substr(0, 2)) &&
        is_all_digits(text.substr(3, 2))) {
      return with_value(
          "time.dot-separator", text,
          {{"suggestion", std::string(text.substr(0, 2)) + ":" + std::string(text.substr(3, 2))}});
    }
    return with_value("time.invalid", text);
  }
  const auto t = from_hms(to_int(text.substr(0, 2)), to_int(text.substr(3, 2)),
                          has_seconds ? to_int(text.substr(6, 2)) : 0);
  if (!t)
    return with_value("time.out-of-range", text);
  return *t;
}

std::string TimeOfDay::iso() const {
  std::string out = two_digits(hour()) + ":" + two_digits(minute());
  if (second() != 0) {
    out += ':';
    out += two_digits(second());
  }
  return out;
}

Parsed<DateTime> DateTime::parse(std::string_view text) {
  if (text.size() <= 10) {
    const auto day = Date::parse(text);
    if (!day)
      return day.problem();
    return DateTime{*day, std::nullopt};
  }
  if (text[10] != ' ' && text[10] != 'T')
    return with_value("date.invalid", text);
  const auto day = Date::parse(text.substr(0, 10));
  if (!day)
    return day.problem();
  auto rest = text.substr(11);
  while (!rest.empty() && rest.front() == ' ')
    rest.remove_prefix(1);
  if (rest.ends_with('Z') || rest.find('+') != std::string_view::npos) {
    return with_value("time.has-zone", text);
  }
  const auto time = TimeOfDay::parse(rest);
  if (!time)
    return time.problem();
  return DateTime{*day, *time};
}

std::string DateTime::iso() const {
  return time ? date.iso() + " " + time->iso() : date.iso();
}

std::strong_ordering DateTime::operator<=>(const DateTime& other) const {
  if (const auto c = date <=> other.date; c != 0)
    return c;
  const int a = time ? time->seconds_since_midnight() : 0;
  const int b = other.time ? other.time->seconds_since_midnight() : 0;
  return a <=> b;
}

Parsed<IsoWeek> IsoWeek::parse(std::string_view text) {
  const auto w = text.find("-W");
  if (w != 4 || !is_all_digits(text.substr(0, 4)) || text.size() < 7 || text.size() > 8 ||
      !is_all_digits(text.substr(6))) {
    return with_value("week.invalid", text);
  }
  const int year = to_int(text.substr(0, 4));
  const int week = to_int(text.substr(6));
  if (year < first_supported_year || year > last_supported_year) {
    return with_value("date.year-out-of-range", text,
                      {{"first", std::to_string(first_supported_year)},
                       {"last", std::to_string(last_supported_year)}});
  }
  // A year has week 53 when 28 December falls in it.
  const IsoWeek last_week = of(*Date::from_ymd(year, 12, 28));
  if (week < 1 || static_cast<unsigned>(week) > last_week.week) {
    return with_value("week.no-such-week", text, {{"weeks", std::to_string(last_week.week)}});
  }
  return IsoWeek{year, static_cast<unsigned>(week)};
}

IsoWeek IsoWeek::of(Date day) {
  // The ISO week-year is the year of the week's Thursday.
  const Date thursday = day.plus_days(4 - static_cast<int>(day.iso_weekday()));
  const Date jan1 = *Date::from_ymd(thursday.year(), 1, 1);
  return IsoWeek{thursday.year(), static_cast<unsigned>(jan1.days_until(thursday) / 7 + 1)};
}

Date IsoWeek::monday() const {
  // Week 1 is the week with 4 January in it.
  const Date jan4 = *Date::from_ymd(year, 1, 4);
  const Date week1_monday = jan4.plus_days(1 - static_cast<int>(jan4.iso_weekday()));
  return week1_monday.plus_days(7 * (static_cast<int>(week) - 1));
}

Date IsoWeek::sunday() const {
  return monday().plus_days(6);
}

std::string IsoWeek::iso() const {
  char buffer[16];
  std::snprintf(buffer, sizeof buffer, "%04d-W%02u", year, week);
  return buffer;
}

Parsed<DateWindow> DateWindow::parse(std::string_view text) {
  const auto dots = text.find("..");
  const auto first_text = text.substr(0, dots);
  const auto last_text = dots == std::string_view::npos ? first_text : text.substr(dots + 2);
  const bool weeks = first_text.find("-W") != std::string_view::npos;
  if (weeks != (last_text.find("-W") != std::string_view::npos)) {
    return with_value("window.mixed", text);
  }
  DateWindow window;
  window.in_weeks = weeks;
  if (weeks) {
    const auto a = IsoWeek::parse(first_text);
    if (!a)
      return a.problem();
    const auto b = IsoWeek::parse(last_text);
    if (!b)
      return b.problem();
    window.first = a->monday();
    window.last = b->sunday();
  } else {
    const auto a = Date::parse(first_text);
    if (!a)
      return a.problem();
    const auto b = Date::parse(last_text);
    if (!b)
      return b.problem();
    window.first = *a;
    window.last = *b;
  }
  if (window.last < window.first)
    return with_value("window.reversed", text);
  return window;
}

std::string DateWindow::iso() const {
  if (in_weeks) {
    const auto a = IsoWeek::of(first);
    const auto b = IsoWeek::of(last);
    return a == b ? a.iso() : a.iso() + ".." + b.iso();
  }
  return first == last ? first.iso() : first.iso() + ".." + last.iso();
}

}  // namespace procure
