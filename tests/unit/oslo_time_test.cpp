#include <doctest/doctest.h>

#include "procure/time/oslo_time.hpp"

using namespace procure;

namespace {
Instant oslo(const char* day, const char* time) {
  return *oslo_instant(*Date::parse(day), *TimeOfDay::parse(time));
}
}  // namespace

TEST_CASE("Oslo local time to UTC, summer and winter") {
  // The reference's check value: 2018-04-06 12:00 in Oslo is 10:00 UTC (CEST).
  CHECK(iso_utc(oslo("2018-04-06", "12:00")) == "2018-04-06T10:00:00Z");
  CHECK(iso_utc(oslo("2018-01-15", "12:00")) == "2018-01-15T11:00:00Z");
  CHECK(iso_oslo(oslo("2018-04-06", "12:00")) == "2018-04-06T12:00:00+02:00");
  CHECK(oslo_local(oslo("2018-10-28", "03:30")).iso() == "2018-10-28 03:30");
  CHECK(oslo_offset(oslo("2018-07-01", "00:00")) == std::chrono::minutes{120});
}

TEST_CASE("summer time changes: skipped and repeated local times are refused") {
  // 2018-03-25: 02:00 -> 03:00; 2018-10-28: 03:00 -> 02:00.
  CHECK(oslo_instant(*Date::parse("2018-03-25"), *TimeOfDay::parse("02:30")).problem().code ==
        "time.nonexistent-in-oslo");
  CHECK(oslo_instant(*Date::parse("2018-10-28"), *TimeOfDay::parse("02:30")).problem().code ==
        "time.ambiguous-in-oslo");
  CHECK(iso_utc(oslo("2018-03-25", "03:00")) == "2018-03-25T01:00:00Z");
}

TEST_CASE("24:00 is the start of the next day") {
  CHECK(oslo("2018-06-15", "24:00") == oslo("2018-06-16", "00:00"));
}

TEST_CASE("receipt stamps with and without a zone") {
  const Instant deadline = oslo("2018-05-31", "12:00");
  CHECK(*parse_instant("2018-05-31T10:00:00Z") == deadline);
  CHECK(*parse_instant("2018-05-31T12:00:00+02:00") == deadline);
  CHECK(*parse_instant("2018-05-31 12:00") == deadline);
  CHECK(*parse_instant("2018-05-31T12:00:01+02:00") > deadline);  // one second late
  CHECK(parse_instant("2018-05-31T12:00:00+2").problem().code == "instant.invalid");
  CHECK(parse_instant("31.05.2018 12:00").problem().code == "date.invalid");
  CHECK(parse_instant("yesterday").problem().code == "instant.invalid");
  CHECK(parse_instant("2018-03-25 02:30").problem().code == "time.nonexistent-in-oslo");
}

TEST_CASE("summer time after 2037: the EU rule holds to 2199") {
  // The tz database's explicit transitions end in 2037; the rule goes on.
  CHECK(iso_utc(oslo("2038-06-25", "12:00")) == "2038-06-25T10:00:00Z");
  CHECK(iso_oslo(oslo("2038-06-25", "12:00")) == "2038-06-25T12:00:00+02:00");
  CHECK(iso_utc(oslo("2038-12-01", "12:00")) == "2038-12-01T11:00:00Z");
  // 2038: last Sundays 28 March and 31 October; 2199: 31 March and 27 October.
  CHECK(oslo_instant(*Date::parse("2038-03-28"), *TimeOfDay::parse("02:30")).problem().code ==
        "time.nonexistent-in-oslo");
  CHECK(oslo_instant(*Date::parse("2038-10-31"), *TimeOfDay::parse("02:30")).problem().code ==
        "time.ambiguous-in-oslo");
  CHECK(iso_utc(oslo("2038-03-28", "03:00")) == "2038-03-28T01:00:00Z");
  CHECK(iso_utc(oslo("2038-10-31", "03:00")) == "2038-10-31T02:00:00Z");
  CHECK(oslo_instant(*Date::parse("2199-03-31"), *TimeOfDay::parse("02:00")).problem().code ==
        "time.nonexistent-in-oslo");
  CHECK(oslo_instant(*Date::parse("2199-10-27"), *TimeOfDay::parse("02:59")).problem().code ==
        "time.ambiguous-in-oslo");
  CHECK(iso_utc(oslo("2199-07-01", "00:00")) == "2199-06-30T22:00:00Z");
  CHECK(oslo_local(*parse_instant("2199-12-31T22:59:59Z")).iso() == "2199-12-31 23:59:59");
}

TEST_CASE("Oslo's summer time before the EU rule, as the tz database gives it") {
  CHECK(oslo_offset(oslo("1900-01-01", "00:00")) == std::chrono::minutes{60});
  CHECK(oslo_offset(oslo("1916-07-01", "12:00")) == std::chrono::minutes{120});
  CHECK(oslo_offset(oslo("1930-07-01", "12:00")) == std::chrono::minutes{60});
  // Summer time without a break from August 1940 to November 1942.
  CHECK(oslo_offset(oslo("1941-12-24", "12:00")) == std::chrono::minutes{120});
  CHECK(oslo_offset(oslo("1970-07-01", "12:00")) == std::chrono::minutes{60});
  // 1980 began on the first Sunday of April; until 1995 it ended in September.
  CHECK(oslo_instant(*Date::parse("1980-04-06"), *TimeOfDay::parse("02:30")).problem().code ==
        "time.nonexistent-in-oslo");
  CHECK(oslo_offset(oslo("1995-10-15", "12:00")) == std::chrono::minutes{60});
  CHECK(oslo_offset(oslo("1996-10-15", "12:00")) == std::chrono::minutes{120});
}

TEST_CASE("the summer time periods of a year") {
  const auto year_2038 = oslo_summer_time_periods(2038);
  REQUIRE(year_2038.size() == 1);
  CHECK(iso_utc(year_2038[0].begins) == "2038-03-28T01:00:00Z");
  CHECK(iso_utc(year_2038[0].ends) == "2038-10-31T01:00:00Z");
  CHECK(oslo_summer_time_periods(1941).empty());
  CHECK(oslo_summer_time_periods(1940).size() == 1);
  CHECK(is_oslo_summer_time(year_2038[0].begins));
  CHECK_FALSE(is_oslo_summer_time(year_2038[0].ends));
}

TEST_CASE("a skipped or repeated time names the hour of that night's change") {
  const auto arg = [](const Problem& p, const std::string& name) {
    for (const auto& [key, value] : p.args) {
      if (key == name)
        return value;
    }
    return std::string("<none>");
  };
  const auto spring = oslo_instant(*Date::parse("2038-03-28"), *TimeOfDay::parse("02:30"));
  CHECK(arg(spring.problem(), "from") == "02:00");
  CHECK(arg(spring.problem(), "to") == "03:00");
  const auto autumn = oslo_instant(*Date::parse("2038-10-31"), *TimeOfDay::parse("02:00"));
  CHECK(autumn.problem().code == "time.ambiguous-in-oslo");
  CHECK(arg(autumn.problem(), "from") == "02:00");
  CHECK(arg(autumn.problem(), "to") == "03:00");
  // 10 August 1940 at 23:00 the clocks went on to midnight.
  const auto occupation = oslo_instant(*Date::parse("1940-08-10"), *TimeOfDay::parse("23:15"));
  CHECK(occupation.problem().code == "time.nonexistent-in-oslo");
  CHECK(arg(occupation.problem(), "from") == "23:00");
  CHECK(arg(occupation.problem(), "to") == "00:00");
  // 1916: summer time began at 01:00 local time.
  const auto first = oslo_instant(*Date::parse("1916-05-22"), *TimeOfDay::parse("01:30"));
  CHECK(arg(first.problem(), "from") == "01:00");
  CHECK(arg(first.problem(), "to") == "02:00");
}

TEST_CASE("a local time the clocks show twice is shown with its offset") {
  const auto at = [](std::string_view text) { return *parse_instant(text); };
  CHECK(oslo_local_text(at("2026-10-25T02:30:00+02:00")) == "2026-10-25 02:30 +02:00");
  CHECK(oslo_local_text(at("2026-10-25T02:30:00+01:00")) == "2026-10-25 02:30 +01:00");
  CHECK(oslo_local_text(at("2026-10-25T01:59:00+02:00")) == "2026-10-25 01:59");
  CHECK(oslo_local_text(at("2026-10-25T03:00:00+01:00")) == "2026-10-25 03:00");
  CHECK(oslo_local_text(at("2026-03-29T03:30:00+02:00")) == "2026-03-29 03:30");
  CHECK(oslo_local_text(at("2018-05-31T10:00:00Z")) == "2018-05-31 12:00");
}
