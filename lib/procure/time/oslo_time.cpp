#include "procure/time/oslo_time.hpp"

#include <cstdio>

#include "procure/core/ascii.hpp"
#include "procure/time/oslo_summer_time.hpp"

namespace procure {
namespace {

using namespace std::chrono_literals;

// Oslo keeps Central European Time (UTC+1) since 1895, and summer time
// (UTC+2) in the periods oslo_summer_time.hpp gives.
constexpr std::chrono::minutes winter_offset{60};
constexpr std::chrono::minutes summer_offset{120};

Problem bad_instant(std::string_view text) {
  return Problem{"instant.invalid", {{"value", std::string(text)}}};
}

std::string with_offset(Instant instant, std::chrono::minutes offset) {
  const DateTime local{Date(std::chrono::floor<date::days>(instant + offset)), std::nullopt};
  const auto seconds = (instant + offset - local.date.days()).count();
  char buffer[96];
  const auto minutes = offset.count();
  std::snprintf(buffer, sizeof buffer, "%sT%02lld:%02lld:%02lld%c%02lld:%02lld",
                local.date.iso().c_str(), static_cast<long long>(seconds / 3600),
                static_cast<long long>(seconds / 60 % 60), static_cast<long long>(seconds % 60),
                minutes < 0 ? '-' : '+',
                static_cast<long long>((minutes < 0 ? -minutes : minutes) / 60),
                static_cast<long long>((minutes < 0 ? -minutes : minutes) % 60));
  return buffer;
}

// The first instant in (earlier, later] whose offset differs from that of
// `earlier`, to the second; the two are at most an hour apart.
Instant change_between(Instant earlier, Instant later) {
  const auto before = is_oslo_summer_time(earlier);
  while (later - earlier > std::chrono::seconds{1}) {
    const Instant middle = earlier + (later - earlier) / 2;
    if (is_oslo_summer_time(middle) == before)
      earlier = middle;
    else
      later = middle;
  }
  return later;
}

// "02:00": the time of day of a local time written as an instant.
std::string clock_time(Instant local) {
  const auto seconds = (local - std::chrono::floor<date::days>(local)).count();
  return TimeOfDay::from_hms(static_cast<int>(seconds / 3600), static_cast<int>(seconds / 60 % 60))
      ->iso();
}

}  // namespace

Parsed<Instant> oslo_instant(Date date, TimeOfDay time) {
  // The local time with each of Oslo's two offsets; an offset fits when Oslo
  // keeps it at the instant it gives. Both fit in the hour the clocks pass
  // twice, neither in the hour they skip.
  const Instant as_utc{date.days().time_since_epoch() +
                       std::chrono::seconds{time.seconds_since_midnight()}};
  const Instant in_winter = as_utc - winter_offset;
  const Instant in_summer = as_utc - summer_offset;
  const bool winter_fits = oslo_offset(in_winter) == winter_offset;
  const bool summer_fits = oslo_offset(in_summer) == summer_offset;
  if (winter_fits != summer_fits)
    return winter_fits ? in_winter : in_summer;
  // The change lies between the two candidates; the local hour it skips or
  // repeats runs from the change in winter time to the change in summer time.
  const Instant change = change_between(in_summer, in_winter);
  const MessageArgs args{{"value", date.iso() + " " + time.iso()},
                         {"from", clock_time(change + winter_offset)},
                         {"to", clock_time(change + summer_offset)}};
  return Problem{winter_fits ? "time.ambiguous-in-oslo" : "time.nonexistent-in-oslo", args};
}

DateTime oslo_local(Instant instant) {
  const auto local = instant + oslo_offset(instant);
  const auto day = std::chrono::floor<date::days>(local);
  const auto seconds = static_cast<int>((local - day).count());
  return DateTime{Date(day), TimeOfDay::from_hms(seconds / 3600, seconds / 60 % 60, seconds % 60)};
}

std::chrono::minutes oslo_offset(Instant instant) {
  return is_oslo_summer_time(instant) ? summer_offset : winter_offset;
}

Parsed<Instant> parse_instant(std::string_view text) {
  // YYYY-MM-DD[T ]HH:MM[:SS] then Z, ±HH:MM or nothing (Oslo local time).
  if (text.size() < 16 || (text[10] != 'T' && text[10] != ' '))
    return bad_instant(text);
  const auto day = Date::parse(text.substr(0, 10));
  if (!day)
    return day.problem();
  std::string_view rest = text.substr(11);
  std::size_t time_length = rest.size() >= 8 && rest[5] == ':' ? 8 : 5;
  const auto time = TimeOfDay::parse(rest.substr(0, time_length));
  if (!time || time->is_end_of_day())
    return bad_instant(text);
  rest.remove_prefix(time_length);
  const Instant as_utc{day->days().time_since_epoch() +
                       std::chrono::seconds{time->seconds_since_midnight()}};
  if (rest.empty())
    return oslo_instant(*day, *time);
  if (rest == "Z")
    return as_utc;
  if (rest.size() == 6 && (rest[0] == '+' || rest[0] == '-') && rest[3] == ':' &&
      is_all_digits(rest.substr(1, 2)) && is_all_digits(rest.substr(4, 2))) {
    const int hours = (rest[1] - '0') * 10 + (rest[2] - '0');
    const int minutes = (rest[4] - '0') * 10 + (rest[5] - '0');
    if (hours > 14 || minutes > 59)
      return bad_instant(text);
    const std::chrono::minutes offset{(rest[0] == '-' ? -1 : 1) * (hours * 60 + minutes)};
    return Instant{as_utc - offset};
  }
  return bad_instant(text);
}

std::string iso_utc(Instant instant) {
  std::string text = with_offset(instant, std::chrono::minutes{0});
  return text.substr(0, 19) + "Z";
}

std::string iso_oslo(Instant instant) {
  return with_offset(instant, oslo_offset(instant));
}

std::string oslo_local_text(Instant instant) {
  const DateTime local = oslo_local(instant);
  const std::chrono::hours hour(1);
  if (oslo_local(instant - hour) != local && oslo_local(instant + hour) != local)
    return local.iso();
  const std::string offset = iso_oslo(instant);
  return local.iso() + " " + offset.substr(offset.size() - 6);
}

}  // namespace procure
