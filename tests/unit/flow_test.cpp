#include <doctest/doctest.h>

#include <filesystem>
#include <fstream>
#include <sstream>

#include "procure/flow/case_status.hpp"
#include "procure/flow/planned_timeline.hpp"
#include "procure/flow/reminders.hpp"
#include "procure/load/case_loader.hpp"
#include "procure/rules/rule_check.hpp"
#include "procure/rules/rule_tables_loader.hpp"
#include "rule_test_support.hpp"

using namespace procure;
using procure::test::kmd_text;
using procure::test::source_dir;
namespace fs = std::filesystem;

namespace {

const RuleTables& tables() {
  return test::shipped_rules();
}

Case kmd_with_records(const std::string& records) {
  std::string text = kmd_text();
  if (!records.empty())
    text += "records:\n" + records;
  auto load = load_case_text("case.yaml", text);
  REQUIRE(load.ok());
  return load.value;
}

Instant at(const char* text) {
  return *parse_instant(text);
}

std::vector<std::string> keys(const std::vector<const ScheduleItem*>& items) {
  std::vector<std::string> out;
  for (const auto* i : items)
    out.push_back(i->key);
  return out;
}

}  // namespace

TEST_CASE("the schedule: milestones as moments, and the dates the rules add") {
  const Case c = kmd_with_records("");
  const CaseSchedule schedule = case_schedule(c, tables());
  CHECK(schedule.problems.empty());
  std::vector<std::string> order;
  for (const auto& item : schedule.items)
    order.push_back(item.key);
  CHECK(order == std::vector<std::string>{
                     "dialogue_meeting_start", "dialogue_meeting_end", "written_input_deadline",
                     "notice_sent", "clarification_deadline", "computed.answers_due",
                     "tender_deadline", "tender_opening", "award_notice", "standstill_end",
                     "contract_signature", "tender_validity_end"});
  const auto& deadline = schedule.items[2];
  CHECK(iso_utc(deadline.due) == "2018-04-06T10:00:00Z");
  CHECK(deadline.deadline);
  CHECK(*deadline.record == "records.written_inputs_received");
  // A window is due at the end of its last day; a day without a time at its end.
  CHECK(iso_utc(schedule.items[3].start) == "2018-04-15T22:00:00Z");
  CHECK(iso_utc(schedule.items[3].due) == "2018-04-29T22:00:00Z");
  const auto& answers = schedule.items[5];
  CHECK(answers.computed);
  CHECK(std::get<DateTime>(answers.when).date == *Date::parse("2018-05-25"));
  CHECK(answers.rule == "2014/24/EU art. 47(3)(a)");
}

TEST_CASE("a recorded award notice moves the standstill's end") {
  const Case c = kmd_with_records("  award_notices_sent: 2018-06-08\n");
  const CaseSchedule schedule = case_schedule(c, tables());
  const auto it = std::find_if(schedule.items.begin(), schedule.items.end(), [](const auto& i) {
    return i.kind == MilestoneKind::standstill_end;
  });
  REQUIRE(it != schedule.items.end());
  CHECK(it->computed);
  CHECK(it->key == "computed.standstill_end");
  // 8 June + 10 days is Monday 18 June.
  CHECK(std::get<DateTime>(it->when).date == *Date::parse("2018-06-18"));
  CHECK(it->counted_from == "records.award_notices_sent 2018-06-08");
}

TEST_CASE("the default tender validity is added when the timeline has none") {
  std::string text = kmd_text();
  text.replace(text.find("  tender_validity_end: 2018-08-31"), 33, "");
  const auto load = load_case_text("case.yaml", text);
  REQUIRE(load.ok());
  const CaseSchedule schedule = case_schedule(load.value, tables());
  const auto& last = schedule.items.back();
  CHECK(last.key == "computed.tender_validity_end");
  CHECK(last.unconfirmed);
  CHECK(std::get<DateTime>(last.when).date == *Date::parse("2018-07-02"));
}

TEST_CASE("reminders: items in the span, overdue items without their record") {
  const Case c = kmd_with_records("  dialogue_held: 2018-03-22\n");
  const CaseSchedule schedule = case_schedule(c, tables());
  const Instant now = at("2018-05-20 09:00");
  const Instant until = *reminder_horizon(now, *Period::parse("3d"), WorkingCalendar());
  CHECK(iso_utc(until) == "2018-05-23T22:00:00Z");  // the end of Wednesday 23 May
  CHECK(
      keys(due_items(schedule, now, until)) ==
      std::vector<std::string>{"written_input_deadline", "notice_sent", "clarification_deadline"});
  // The clarification deadline has no record: once past, it drops out.
  CHECK(keys(due_items(schedule, at("2018-05-23 09:00"), at("2018-05-24 09:00"))) ==
        std::vector<std::string>{"written_input_deadline", "notice_sent"});
  // A window that has begun shows even though it is due later.
  CHECK(keys(due_items(schedule, at("2018-04-10 09:00"), at("2018-04-17 00:00"))) ==
        std::vector<std::string>{"written_input_deadline", "notice_sent"});
  CHECK(iso_utc(*reminder_horizon(now, *Period::parse("12h"), {})) == "2018-05-20T19:00:00Z");
  // 3 working days from Friday 18 May 2018: Tuesday, Wednesday, Thursday 24 May
  // (Whit Monday is a holiday).
  CHECK(iso_utc(*reminder_horizon(at("2018-05-18 10:00"), *Period::parse("3wd"), {})) ==
        "2018-05-24T22:00:00Z");
}

TEST_CASE("status: the current phase by the records, the plan's phase by the dates") {
  const Case none = kmd_with_records("");
  const CaseStatus s = case_status(none, case_schedule(none, tables()), at("2018-05-20 09:00"));
  CHECK(*s.current == Phase::market_dialogue);
  CHECK(*s.planned == Phase::tender_period);
  CHECK(s.phase(Phase::market_dialogue).state == PhaseState::overdue);
  CHECK(s.phase(Phase::needs).state == PhaseState::done);
  CHECK(s.phase(Phase::evaluation).state == PhaseState::upcoming);
  CHECK(s.overdue.size() == 3);
  CHECK(s.missing.empty());
  REQUIRE(s.next);
  CHECK(s.next->key == "clarification_deadline");

  const Case all = kmd_with_records(
      "  dialogue_held: 2018-03-22\n  written_inputs_received: 9\n  notice_published: 2018-04-20\n"
      "  tenders_received: 14\n  tenders_opened: 2018-05-31 12:30\n  scores_agreed: 2018-06-04\n"
      "  award_notices_sent: 2018-06-05\n");
  const auto schedule = case_schedule(all, tables());
  const CaseStatus during = case_status(all, schedule, at("2018-06-10 09:00"));
  CHECK(*during.current == Phase::standstill);
  CHECK(during.overdue.empty());
  CHECK(during.next->kind == MilestoneKind::standstill_end);
  const CaseStatus after = case_status(all, schedule, at("2018-06-19 09:00"));
  CHECK(*after.current == Phase::contract);
  CHECK(after.phase(Phase::contract).state == PhaseState::overdue);
}

TEST_CASE("a prize has no award notice or standstill phases, but its call is a notice") {
  const auto load = load_case(source_dir / "examples/innovasjonspris-2018", "prize");
  REQUIRE(load.ok());
  const CaseStatus s =
      case_status(load.value, case_schedule(load.value, tables()), at("2018-05-01 09:00"));
  // The call for applications is published (notice_sent), so it is a phase of its own.
  CHECK(s.phase(Phase::notice).state != PhaseState::not_applicable);
  CHECK(s.phase(Phase::award).state == PhaseState::not_applicable);
  CHECK(s.phase(Phase::standstill).state == PhaseState::not_applicable);
  // The example keeps no records, so the dialogue, held in February, is the first phase not done.
  REQUIRE(s.current.has_value());
  CHECK(*s.current == Phase::market_dialogue);
}

TEST_CASE("procure init's planned timeline passes every rule check, for any day") {
  int checked = 0;
  for (Date today = *Date::parse("2017-01-01"); today <= *Date::parse("2032-12-31");
       today = today.plus_days(1)) {
    const PlannedTimeline p = plan_timeline(today);
    const WorkingCalendar calendar(p.closing_days);
    std::string closing;
    for (const Date d : p.closing_days)
      closing += (closing.empty() ? "" : ", ") + d.iso();
    const std::string text =
        "format: procure-case/1\nlanguages: [en]\nreference: \"R\"\ntitle: T\nneeds: N\n"
        "buyer: {name: B, kind: central-government}\nestimated_value: NOK 1 500 000\n"
        "procedure: open\nregime: derive\nclosing_days: [" +
        closing +
        "]\ntimeline:\n"
        "  dialogue_meeting_start: " +
        p.dialogue_meeting.iso() +
        " 09:00\n"
        "  dialogue_meeting_end: " +
        p.dialogue_meeting.iso() +
        " 11:30\n"
        "  written_input_deadline: " +
        p.written_input_deadline.iso() +
        " 12:00\n"
        "  notice_sent: " +
        p.notice_first_week.iso() + ".." + p.notice_last_week.iso() +
        "\n"
        "  clarification_deadline: " +
        p.clarification_deadline.iso() +
        " 12:00\n"
        "  tender_deadline: " +
        p.tender_deadline.iso() +
        " 12:00\n"
        "  award_notice: " +
        p.award_notice.iso() +
        "\n"
        "  standstill_end: " +
        p.standstill_end.iso() +
        "\n"
        "  contract_signature: " +
        p.contract_signature.iso() +
        "\n"
        "  tender_validity_end: " +
        p.tender_validity_end.iso() + "\n";
    const auto load = load_case_text("case.yaml", text);
    REQUIRE(load.ok());
    const RuleCheck check = check_rules(load.value, tables());
    if (!check.findings.empty() || !check.problems.empty()) {
      FAIL_CHECK("today " << today.iso() << ": " << check.findings.items().front().code);
      break;
    }
    for (const Date d : {p.dialogue_meeting, p.written_input_deadline, p.clarification_deadline,
                         p.tender_deadline, p.award_notice, p.standstill_end, p.contract_signature})
      CHECK(calendar.is_working_day(d));
    ++checked;
  }
  CHECK(checked == 5'844);
}
