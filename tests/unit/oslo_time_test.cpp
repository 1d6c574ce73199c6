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
