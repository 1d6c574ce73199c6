#include <doctest/doctest.h>

#include "procure/text/formatting.hpp"
#include "procure/time/civil_time.hpp"

using namespace procure;

TEST_CASE("dates: strict ISO form, impossible days named") {
  CHECK(Date::parse("2018-04-06")->iso() == "2018-04-06");
  CHECK(Date::parse("2018-02-30").problem().code == "date.no-such-day");
  CHECK(Date::parse("2018-02-30").problem().args.back().second == "28");
  CHECK(Date::parse("2020-02-29").ok());
  CHECK(Date::parse("1900-02-29").problem().code == "date.no-such-day");  // 1900 is no leap year
  CHECK(Date::parse("2000-02-29").ok());
  CHECK(Date::parse("2018-13-01").problem().code == "date.no-such-month");
  CHECK(Date::parse("06.04.2018").problem().code == "date.invalid");
  CHECK(Date::parse("1899-12-31").problem().code == "date.year-out-of-range");
  CHECK(Date::parse("2200-01-01").problem().code == "date.year-out-of-range");
}

TEST_CASE("times: 24-hour clock, 24:00 ends the day, Norwegian dots get a hint") {
  CHECK(TimeOfDay::parse("12:00")->iso() == "12:00");
  CHECK(TimeOfDay::parse("09:30:15")->iso() == "09:30:15");
  CHECK(TimeOfDay::parse("24:00")->is_end_of_day());
  CHECK(TimeOfDay::parse("24:01").problem().code == "time.out-of-range");
  CHECK(TimeOfDay::parse("25:00").problem().code == "time.out-of-range");
  CHECK(TimeOfDay::parse("12.00").problem().code == "time.dot-separator");
  CHECK(TimeOfDay::parse("noon").problem().code == "time.invalid");
}

TEST_CASE("date-times: space or T, no zones") {
  CHECK(DateTime::parse("2018-04-06 12:00")->iso() == "2018-04-06 12:00");
  CHECK(DateTime::parse("2018-04-06T12:00")->iso() == "2018-04-06 12:00");
  CHECK(DateTime::parse("2018-04-06")->iso() == "2018-04-06");
  CHECK(DateTime::parse("2018-04-06T10:00Z").problem().code == "time.has-zone");
  CHECK(*DateTime::parse("2018-04-06") < *DateTime::parse("2018-04-06 00:01"));
}

TEST_CASE("ISO weeks") {
  CHECK(IsoWeek::parse("2018-W16")->monday().iso() == "2018-04-16");
  CHECK(IsoWeek::parse("2018-W17")->sunday().iso() == "2018-04-29");
  CHECK(IsoWeek::of(*Date::parse("2021-01-03")).iso() == "2020-W53");
  CHECK(IsoWeek::of(*Date::parse("2019-12-30")).iso() == "2020-W01");
  CHECK(IsoWeek::parse("2020-W53").ok());
  CHECK(IsoWeek::parse("2018-W53").problem().code == "week.no-such-week");
  CHECK(IsoWeek::parse("2018-W00").problem().code == "week.no-such-week");
}

TEST_CASE("planning windows of weeks or dates") {
  const auto window = DateWindow::parse("2018-W16..2018-W17");
  REQUIRE(window.ok());
  CHECK(window->first.iso() == "2018-04-16");
  CHECK(window->last.iso() == "2018-04-29");
  CHECK(window->iso() == "2018-W16..2018-W17");
  CHECK(DateWindow::parse("2018-W17..2018-W16").problem().code == "window.reversed");
  CHECK(DateWindow::parse("2018-W16..2018-04-27").problem().code == "window.mixed");
  CHECK(DateWindow::parse("2018-04-16..2018-04-27")->iso() == "2018-04-16..2018-04-27");
  CHECK(format_window(*window, Lang::nb) == "uke 16–17 2018");
  CHECK(format_window(*window, Lang::en) == "weeks 16–17 2018");
}

TEST_CASE("long date formats per language") {
  const DateTime deadline = *DateTime::parse("2018-04-06 12:00");
  CHECK(format_date_time_long(deadline, Lang::nb) == "fredag 6. april 2018 kl. 12.00");
  CHECK(format_date_time_long(deadline, Lang::en) == "Friday 6 April 2018 at 12:00");
  CHECK(format_date_time_long(deadline, Lang::nn) == "fredag 6. april 2018 kl. 12.00");
  CHECK(format_date_with_weekday(*Date::parse("2018-06-16"), Lang::nn) == "laurdag 16. juni 2018");
}

TEST_CASE("short receipts for tables: the seconds only when there are any") {
  const DateTime received = *DateTime::parse("2018-05-30 08:55:12");
  CHECK(format_date_time_short(received, Lang::nb) == "30.05.2018 kl. 08.55.12");
  CHECK(format_date_time_short(received, Lang::nn) == "30.05.2018 kl. 08.55.12");
  CHECK(format_date_time_short(received, Lang::en) == "30 May 2018 08:55:12");
  CHECK(format_date_time_short(*DateTime::parse("2018-04-06 12:00"), Lang::nb) ==
        "06.04.2018 kl. 12.00");
  CHECK(format_date_time_short(*DateTime::parse("2018-04-06"), Lang::en) == "6 April 2018");
}

TEST_CASE("time spans: one day with its hours, several days in full, a whole day alone") {
  const auto span = [](std::string_view from, std::string_view to, Lang lang) {
    return format_time_span(*DateTime::parse(from), *DateTime::parse(to), lang);
  };
  CHECK(span("2018-03-22 09:30", "2018-03-22 12:00", Lang::en) ==
        "Thursday 22 March 2018, 09:30–12:00");
  CHECK(span("2018-03-22 09:30", "2018-03-22 12:00", Lang::nb) ==
        "torsdag 22. mars 2018 kl. 09.30–12.00");
  CHECK(span("2018-03-24 09:30", "2018-03-24 12:00", Lang::nn) ==
        "laurdag 24. mars 2018 kl. 09.30–12.00");
  CHECK(span("2018-03-22 09:00", "2018-03-23 16:00", Lang::nb) ==
        "torsdag 22. mars 2018 kl. 09.00 – fredag 23. mars 2018 kl. 16.00");
  CHECK(span("2018-03-22 09:00", "2018-03-23 16:00", Lang::en) ==
        "Thursday 22 March 2018 at 09:00 – Friday 23 March 2018 at 16:00");
  CHECK(span("2018-03-22", "2018-03-22", Lang::en) == "Thursday 22 March 2018");
  CHECK(span("2018-03-22", "2018-03-23", Lang::nn) ==
        "torsdag 22. mars 2018 – fredag 23. mars 2018");
  CHECK(span("2018-03-22 09:00", "2018-03-22", Lang::en) ==
        "Thursday 22 March 2018 at 09:00 – Thursday 22 March 2018");
}
