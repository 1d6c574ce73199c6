#include <doctest/doctest.h>

#include <algorithm>

#include "procure/calendar/event_uid.hpp"
#include "procure/calendar/icalendar.hpp"
#include "procure/calendar/norwegian_holidays.hpp"
#include "procure/calendar/period_end.hpp"
#include "procure/calendar/working_calendar.hpp"
#include "procure/time/period.hpp"

using namespace procure;

namespace {

Date d(const char* text) {
  return *Date::parse(text);
}

PeriodEnd count(const char* event, const char* period, const WorkingCalendar& calendar = {}) {
  return *count_period(d(event), *Period::parse(period), calendar);
}

}  // namespace

TEST_CASE("Easter Sunday: the reference's check values and the ends of the range") {
  CHECK(easter_sunday(2018) == d("2018-04-01"));
  CHECK(easter_sunday(2024) == d("2024-03-31"));
  CHECK(easter_sunday(2025) == d("2025-04-20"));
  CHECK(easter_sunday(2026) == d("2026-04-05"));
  CHECK(easter_sunday(1900) == d("1900-04-15"));
  CHECK(easter_sunday(2199) == d("2199-04-14"));
  // Near the earliest and the latest possible Easter Sundays (checked with dateutil.easter).
  CHECK(easter_sunday(1913) == d("1913-03-23"));
  CHECK(easter_sunday(2038) == d("2038-04-25"));
}

TEST_CASE("the public holidays of 2018") {
  std::vector<std::string> days;
  for (const auto& h : norwegian_holidays(2018))
    days.push_back(h.date.iso() + " " + std::string(name_in(holiday_choices(), h.kind)));
  CHECK(days == std::vector<std::string>{"2018-01-01 new-years-day", "2018-03-29 maundy-thursday",
                                         "2018-03-30 good-friday", "2018-04-01 easter-sunday",
                                         "2018-04-02 easter-monday", "2018-05-01 labour-day",
                                         "2018-05-10 ascension-day", "2018-05-17 constitution-day",
                                         "2018-05-20 whit-sunday", "2018-05-21 whit-monday",
                                         "2018-12-25 christmas-day", "2018-12-26 boxing-day"});
  CHECK(holiday_display_key(HolidayKind::whit_monday) == "name.holiday.whit-monday");
}

TEST_CASE("1 and 17 May are holidays from 1947; Ascension Day may coincide with them") {
  CHECK(norwegian_holidays(1946).size() == 10);
  CHECK(norwegian_holidays(1947).size() == 12);
  CHECK_FALSE(norwegian_holiday(d("1946-05-17")));
  // 2007: Ascension Day is 17 May; both are listed, the movable feast first.
  const auto list = norwegian_holidays(2007);
  CHECK(list.size() == 12);
  CHECK(*norwegian_holiday(d("2007-05-17")) == HolidayKind::ascension_day);
  for (int year = 1900; year <= 2199; ++year) {
    for (const auto& h : norwegian_holidays(year))
      CHECK(norwegian_holiday(h.date).has_value());
  }
}

TEST_CASE("every day from 1900 to 2199 is a holiday exactly when the year's list has it") {
  for (int year = 1900; year <= 2199; ++year) {
    const auto list = norwegian_holidays(year);
    for (Date day = *Date::from_ymd(year, 1, 1); day.year() == year; day = day.plus_days(1)) {
      const auto listed =
          std::find_if(list.begin(), list.end(), [&](const Holiday& h) { return h.date == day; });
      const auto found = norwegian_holiday(day);
      REQUIRE_MESSAGE(found.has_value() == (listed != list.end()), day.iso());
      if (found)
        REQUIRE_MESSAGE(*found == listed->kind, day.iso());
    }
  }
}

TEST_CASE("working days: weekends, holidays and the case's closing days") {
  const WorkingCalendar calendar({d("2018-12-24"), d("2018-12-31")});
  CHECK(calendar.kind(d("2018-04-06")) == DayKind::working_day);
  CHECK(calendar.kind(d("2018-04-07")) == DayKind::saturday);
  CHECK(calendar.kind(d("2018-04-08")) == DayKind::sunday);
  CHECK(calendar.kind(d("2018-04-01")) == DayKind::public_holiday);  // Easter Sunday
  CHECK(calendar.kind(d("2018-12-24")) == DayKind::closing_day);
  CHECK(WorkingCalendar().kind(d("2018-12-24")) == DayKind::working_day);
  CHECK(calendar.next_working_day(d("2018-03-28")) == d("2018-04-03"));
  CHECK(calendar.previous_working_day(d("2018-04-03")) == d("2018-03-28"));
  CHECK(calendar.working_day_on_or_after(d("2018-12-22")) == d("2018-12-27"));
  // Between 2018-12-21 (not counted) and 2019-01-02: 27, 28 and 2 January.
  CHECK(calendar.working_days_between(d("2018-12-21"), d("2019-01-02")) == 3);
  CHECK(calendar.working_days_between(d("2018-04-06"), d("2018-04-06")) == 0);
}

TEST_CASE("periods: the event day is not counted, the end is the end of the last day") {
  // The seed: a notice sent on Monday 16 April 2018 and 35 days lands on Whit Monday.
  const PeriodEnd p = count("2018-04-16", "35d");
  CHECK(p.nominal_last == d("2018-05-21"));
  CHECK(p.last == d("2018-05-22"));
  CHECK(p.moved_to_working_day);
  CHECK_FALSE(p.extended_to_two_working);
  CHECK(iso_utc(p.end()) == "2018-05-22T22:00:00Z");  // 24:00 in Oslo, summer time
  // Plain arithmetic leaves the holiday alone.
  CHECK(count_period(d("2018-04-16"), *Period::parse("35d"), {}, PeriodRules::plain)->last ==
        d("2018-05-21"));
  CHECK(count("2018-04-29", "30d").last == d("2018-05-29"));
}

TEST_CASE("periods in working days, weeks and months") {
  CHECK(count("2018-06-01", "10wd").last == d("2018-06-15"));
  CHECK(count("2018-03-28", "1wd").last == d("2018-04-03"));  // over Easter
  CHECK(count("2018-04-16", "2w").last == d("2018-04-30"));
  // Months: the same date, or the month's last day when it has none.
  CHECK(count("2018-01-31", "1mo").nominal_last == d("2018-02-28"));
  CHECK(count("2020-01-31", "1mo").nominal_last == d("2020-02-29"));
  CHECK(count("2018-03-15", "12mo").nominal_last == d("2019-03-15"));
  // 2019-02-28 is a Thursday: no move.
  CHECK(count("2018-11-30", "3mo").last == d("2019-02-28"));
}

TEST_CASE("art. 3(5): a period of two days or more holds at least two working days") {
  // Wednesday before Easter 2018 + 2 days = Good Friday; art. 3(4) moves it
  // to Tuesday 3 April, which is one working day: art. 3(5) adds Wednesday.
  const PeriodEnd p = count("2018-03-28", "2d");
  CHECK(p.nominal_last == d("2018-03-30"));
  CHECK(p.last == d("2018-04-04"));
  CHECK(p.moved_to_working_day);
  CHECK(p.extended_to_two_working);
  // A one-day period is not affected.
  CHECK(count("2018-03-28", "1d").last == d("2018-04-03"));
  CHECK_FALSE(count("2018-03-28", "1d").extended_to_two_working);
}

TEST_CASE("art. 3(5) against counting the working days, for every day of two years") {
  const WorkingCalendar calendar({d("2018-12-27"), d("2018-12-28"), d("2019-04-15")});
  for (Date event = d("2018-01-01"); event <= d("2019-12-31"); event = event.plus_days(1)) {
    for (const char* text : {"1d", "2d", "3d", "4d", "1wd", "2wd", "1w", "1mo"}) {
      const Period period = *Period::parse(text);
      const PeriodEnd p = *count_period(event, period, calendar);
      CAPTURE(event.iso());
      CAPTURE(text);
      const Date moved = calendar.working_day_on_or_after(p.nominal_last);
      const bool in_days =
          period.unit == PeriodUnit::days || period.unit == PeriodUnit::working_days;
      const bool applies = !in_days || period.count >= 2;
      const bool too_few = applies && calendar.working_days_between(event, moved) < 2;
      CHECK(p.extended_to_two_working == too_few);
      CHECK(calendar.is_working_day(p.last));
      CHECK(p.last ==
            (too_few ? calendar.next_working_day(calendar.next_working_day(event)) : moved));
    }
  }
}

TEST_CASE("periods refuse hours and years the calendar does not know") {
  CHECK(count_period(d("2018-01-01"), *Period::parse("12h"), {}).problem().code ==
        "period.unit-not-allowed");
  CHECK(count_period(d("2199-12-01"), *Period::parse("60d"), {}).problem().code ==
        "period.beyond-calendar");
}

TEST_CASE("period texts") {
  CHECK(Period::parse("35d")->count == 35);
  CHECK(Period::parse("35 d")->unit == PeriodUnit::days);
  CHECK(Period::parse("10wd")->unit == PeriodUnit::working_days);
  CHECK(Period::parse("2w")->unit == PeriodUnit::weeks);
  CHECK(Period::parse("3mo")->unit == PeriodUnit::months);
  CHECK(Period::parse("12h")->unit == PeriodUnit::hours);
  CHECK(Period::parse("10wd")->text() == "10wd");
  CHECK(Period::parse("35").problem().code == "period.invalid");
  CHECK(Period::parse("d").problem().code == "period.invalid");
  CHECK(Period::parse("35days").problem().code == "period.invalid");
  CHECK(Period::parse("-3d").problem().code == "period.invalid");
  CHECK(Period::parse("0d").problem().code == "period.out-of-range");
  CHECK(Period::parse("99999d").problem().code == "period.out-of-range");
}

TEST_CASE("iCalendar lines: CRLF, folded at 75 octets without splitting a character") {
  CHECK(ics_fold_line("SUMMARY:short") == "SUMMARY:short\r\n");
  const std::string long_line = "DESCRIPTION:" + std::string(100, 'x');
  const std::string folded = ics_fold_line(long_line);
  CHECK(folded.substr(0, 77) == long_line.substr(0, 75) + "\r\n");
  CHECK(folded.substr(77, 1) == " ");
  // Each line holds at most 75 octets; "æ" is two octets and never split.
  std::string norwegian = "SUMMARY:";
  for (int i = 0; i < 60; ++i)
    norwegian += "æ";
  const std::string out = ics_fold_line(norwegian);
  std::size_t start = 0;
  std::string joined;
  while (start < out.size()) {
    const auto end = out.find("\r\n", start);
    const std::string line = out.substr(start, end - start);
    CHECK(line.size() <= 75);
    CHECK((static_cast<unsigned char>(line.back()) & 0xC0) != 0xC0);  // no lead byte left dangling
    joined += start == 0 ? line : line.substr(1);
    start = end + 2;
  }
  CHECK(joined == norwegian);
  CHECK(ics_escape_text("a, b; c\\d\ne") == "a\\, b\\; c\\\\d\\ne");
}

TEST_CASE("iCalendar text drops control characters, so an escape sequence never acts") {
  CHECK(ics_escape_text("Frist\x1b[2J\x1b]0;x\x07 tilbud\x7f\tslutt") ==
        "Frist[2J]0\\;x tilbud\tslutt");
  CHECK(ics_escape_text("csi\xC2\x9B"
                        "2J") == "csi2J");
  // Nor does a bidirectional override reorder an event's title.
  CHECK(ics_escape_text("Fjell \u202E0 000 1 KON\u202C AS \u2066x\u2069\u200F") ==
        "Fjell 0 000 1 KON AS x");
  CHECK(ics_escape_text("one\u2028two") == "one\\ntwo");
  CHECK(ics_escape_text("Fjord \u2013 \u00A0\u00E6") == "Fjord \u2013 \u00A0\u00E6");
  // Line breaks of every kind are one escaped break; a CR alone runs no words together.
  CHECK(ics_escape_text("a\r\nb\rc\nd\u0085e") == "a\\nb\\nc\\nd\\ne");
}

TEST_CASE("iCalendar text is UTF-8 whatever it is given, and any line is folded") {
  // A folder's name in Latin-1: each byte that is not UTF-8 is U+FFFD.
  CHECK(ics_escape_text("h\xF8st") == "h\uFFFDst");
  // A run of continuation bytes longer than a line: written, not folded for
  // ever (it took all memory before).
  const std::string run = "x" + std::string(200, '\xA7');
  CHECK(ics_escape_text(run) == "x" + [] {
    std::string replaced;
    for (int i = 0; i < 200; ++i)
      replaced += "\uFFFD";
    return replaced;
  }());
  const std::string folded = ics_fold_line("DESCRIPTION:" + run);
  CHECK(folded.size() < 2 * run.size());
  CHECK(folded.ends_with("\r\n"));
}

TEST_CASE("an iCalendar file: timed events in UTC, all-day events, alarms") {
  IcsCalendar calendar;
  calendar.product_id = "-//procure//test//EN";
  calendar.name = "Test";
  calendar.stamp = *parse_instant("2018-03-01T08:00:00Z");
  IcsEvent deadline;
  deadline.uid = "written_input_deadline-abc@procure";
  deadline.start = *oslo_instant(d("2018-04-06"), *TimeOfDay::parse("12:00"));
  deadline.summary = "Skriftlige innspill";
  deadline.alarms = {{std::chrono::minutes{7 * 24 * 60}, "in a week"},
                     {std::chrono::minutes{120}, "soon"}};
  IcsEvent day;
  day.uid = "award_notice-abc@procure";
  day.start = d("2018-06-05");
  day.summary = "Award";
  const std::vector<IcsEvent> events{deadline, day};
  const std::string text = write_icalendar_head(calendar) +
                           write_ics_events(events, calendar.stamp) + std::string(icalendar_end());
  CHECK(text.starts_with("BEGIN:VCALENDAR\r\nVERSION:2.0\r\n"));
  CHECK(text.find("DTSTART:20180406T100000Z\r\n") != std::string::npos);
  CHECK(text.find("TRIGGER:-P7D\r\n") != std::string::npos);
  CHECK(text.find("TRIGGER:-PT2H\r\n") != std::string::npos);
  CHECK(text.find("DTSTART;VALUE=DATE:20180605\r\nDTEND;VALUE=DATE:20180606\r\n") !=
        std::string::npos);
  CHECK(text.find("DTSTAMP:20180301T080000Z\r\n") != std::string::npos);
  CHECK(text.ends_with("END:VCALENDAR\r\n"));
  // No bare LF anywhere.
  for (std::size_t i = 0; i < text.size(); ++i) {
    if (text[i] == '\n')
      CHECK(text[i - 1] == '\r');
  }

  SUBCASE("written in parts: the head, events written apart, the end") {
    std::string parts = write_icalendar_head(calendar);
    parts += write_ics_events(std::span(events).first(1), calendar.stamp);
    parts += write_ics_events(std::span(events).subspan(1), calendar.stamp);
    parts += icalendar_end();
    CHECK(parts == text);
  }
}

TEST_CASE("event UIDs: an officer's milestone never takes the UID of an event the toolkit makes") {
  const EventUids uid("R-1|Test buyer");
  const std::string suffix = uid.item("x").substr(1);  // "-<16 hex digits>@procure"
  CHECK(uid.item("tender_deadline") == "tender_deadline" + suffix);
  CHECK(uid.item("computed.answers_due") == "computed-answers_due" + suffix);
  CHECK(uid.item("computed.option.forlengelse-1") == "computed-option-forlengelse-1" + suffix);
  CHECK(uid.dialogue_meeting("kickoff") == "meeting-kickoff" + suffix);
  CHECK(uid.negotiation_meeting(2, "fjordlys") == "negotiation-2-fjordlys" + suffix);
  // Ids that read like the toolkit's own items are set apart by a '.'.
  CHECK(uid.item("computed-answers_due") == "milestone.computed-answers_due" + suffix);
  CHECK(uid.item("meeting-kickoff") == "milestone.meeting-kickoff" + suffix);
  CHECK(uid.item("negotiation-2-fjordlys") == "milestone.negotiation-2-fjordlys" + suffix);
  CHECK(uid.item("meetings") == "meetings" + suffix);
  CHECK(uid.item("computed-answers_due") != uid.item("computed.answers_due"));
  CHECK(uid.item("meeting-kickoff") != uid.dialogue_meeting("kickoff"));
  CHECK(uid.item("negotiation-2-fjordlys") != uid.negotiation_meeting(2, "fjordlys"));
  // A dialogue meeting's registration deadline, and a milestone named like its UID.
  CHECK(uid.item("dialogue.kickoff.registration_deadline") ==
        "dialogue-kickoff-registration_deadline" + suffix);
  CHECK(uid.item("dialogue-kickoff-registration_deadline") !=
        uid.item("dialogue.kickoff.registration_deadline"));
  CHECK(EventUids("R-2|Test buyer").item("tender_deadline") != uid.item("tender_deadline"));
}

TEST_CASE("iCalendar ORGANIZER: a name in quotes and an address that cannot end the line") {
  CHECK(ics_quoted_parameter("Kari Nordmann") == "\"Kari Nordmann\"");
  CHECK(ics_quoted_parameter("Kari \"KN\" Nordmann; a:b, c^d") ==
        "\"Kari ^'KN^' Nordmann; a:b, c^^d\"");
  CHECK(ics_quoted_parameter("Kari\r\nATTENDEE:x\x1b[2J\u202E") == "\"Kari^nATTENDEE:x[2J\"");
  CHECK(ics_quoted_parameter("h\xF8st") == "\"h\uFFFDst\"");
  CHECK(ics_mailto("postmottak@kmd.dep.no") == "mailto:postmottak@kmd.dep.no");
  CHECK(ics_mailto("a@b.no\r\nATTENDEE:mailto:x@y.no") ==
        "mailto:a@b.no%0D%0AATTENDEE%3Amailto%3Ax@y.no");
  CHECK(ics_mailto("\"x;y\"@b.no") == "mailto:%22x%3By%22@b.no");
  CHECK(ics_mailto("\u00E6@b.no") == "mailto:%C3%A6@b.no");
}

TEST_CASE("iCalendar SEQUENCE does not follow the stamp: a later export is no revision") {
  IcsEvent day;
  day.uid = "award_notice-abc@procure";
  day.start = d("2018-06-05");
  day.summary = "Award";
  const std::vector<IcsEvent> events{day};
  const std::string early = write_ics_events(events, *parse_instant("2018-03-01T08:00:00Z"));
  const std::string later = write_ics_events(events, *parse_instant("2019-01-01T08:00:00Z"));
  CHECK(early.find("\r\nSEQUENCE:0\r\n") != std::string::npos);
  CHECK(later.find("\r\nSEQUENCE:0\r\n") != std::string::npos);
  CHECK(later.find("\r\nDTSTAMP:20190101T080000Z\r\n") != std::string::npos);
}

TEST_CASE("iCalendar: METHOD:PUBLISH only with an ORGANIZER in every event") {
  IcsCalendar calendar;
  calendar.product_id = "-//procure//test//EN";
  calendar.stamp = *parse_instant("2018-03-01T08:00:00Z");
  IcsEvent day;
  day.uid = "award_notice-abc@procure";
  day.start = d("2018-06-05");
  day.summary = "Award";
  const std::vector<IcsEvent> plain{day};
  CHECK(write_icalendar_head(calendar).find("METHOD") == std::string::npos);
  CHECK(write_ics_events(plain, calendar.stamp).find("ORGANIZER") == std::string::npos);

  calendar.publish = true;
  CHECK(write_icalendar_head(calendar).find("\r\nMETHOD:PUBLISH\r\n") != std::string::npos);
  day.organizer = IcsOrganizer{"Kari Nordmann", "postmottak@kmd.dep.no"};
  const std::vector<IcsEvent> organized{day};
  CHECK(write_ics_events(organized, calendar.stamp)
            .find("\r\nORGANIZER;CN=\"Kari Nordmann\":mailto:postmottak@kmd.dep.no\r\n") !=
        std::string::npos);
}
