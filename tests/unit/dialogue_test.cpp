#include <doctest/doctest.h>

#include <algorithm>
#include <filesystem>

#include "procure/dialogue/dialogue_loader.hpp"
#include "procure/dialogue/equal_treatment.hpp"
#include "procure/dialogue/slot_schedule.hpp"
#include "procure/load/case_loader.hpp"
#include "rule_test_support.hpp"
#include "test_support.hpp"

using namespace procure;
using test::arg;
using test::codes;
namespace fs = std::filesystem;

namespace {

// The KMD example: one plenary meeting 2018-03-22 09:30-12:00, written input
// due 2018-04-06 12:00, the notice planned for 2018-W16..2018-W17 and the
// tender deadline 2018-05-31 12:00.
Case kmd_case() {
  const CaseLoad load =
      load_case(fs::path(PROCURE_SOURCE_DIR) / "examples" / "kmd-2018-prosessbistand", "kmd");
  REQUIRE(load.ok());
  return load.value;
}

DateTime at(std::string_view text) {
  const auto parsed = DateTime::parse(text);
  REQUIRE(parsed.ok());
  return *parsed;
}

Date day(std::string_view text) {
  return at(text).date;
}

Receipt received(std::string_view text) {
  const auto parsed = parse_instant(text);
  REQUIRE(parsed.ok());
  return {*parsed, std::string(text)};
}

TimeOfDay time_of_day(int hour, int minute) {
  return *TimeOfDay::from_hms(hour, minute);
}

// The KMD example's meeting made one-to-one, from `start` to `end`.
Case one_to_one_case(std::string_view start, std::string_view end) {
  Case c = kmd_case();
  DialogueMeeting& meeting = c.market_dialogue.meetings.at(0);
  meeting.kind = MeetingKind::one_to_one;
  meeting.start = TimeRef{at(start), "", {}};
  meeting.end = TimeRef{at(end), "", {}};
  return c;
}

SlotPlan plan(int length, int gap, std::vector<std::pair<TimeOfDay, TimeOfDay>> breaks = {}) {
  return {{std::chrono::minutes(length), std::chrono::minutes(gap), std::move(breaks)},
          "leverandordialogmote",
          {}};
}

Participant participant(std::string id, std::string_view registered = {}) {
  Participant p;
  p.name = id + " AS";
  p.id = std::move(id);
  if (!registered.empty())
    p.registrations.push_back({"leverandordialogmote", received(registered), {}});
  return p;
}

std::vector<std::string> spans(const SlotSchedule& schedule) {
  std::vector<std::string> out;
  for (const auto& slot : schedule.slots)
    out.push_back(slot.start.iso() + "/" + slot.end.time->iso());
  return out;
}

QaEntry answered(std::string id, std::string_view on, std::vector<std::string> to = {},
                 std::optional<std::string_view> published = std::nullopt) {
  QaEntry q;
  q.id = std::move(id);
  q.received = received("2018-03-23 09:00");
  q.question = "?";
  q.answer = "!";
  q.answered = day(on);
  q.answered_to = std::move(to);
  if (published)
    q.published = day(*published);
  return q;
}

DialogueRecord two_participants() {
  DialogueRecord record;
  record.participants = {participant("a"), participant("b")};
  return record;
}

// The codes the equal-treatment check gives for one question.
std::vector<std::string> check_question(const Case& c, QaEntry q) {
  DialogueRecord record = two_participants();
  record.questions.push_back(std::move(q));
  return codes(check_equal_treatment(c, record, test::shipped_rules()));
}

}  // namespace

TEST_CASE("slots: the window cut into slots of the length, with the gap between them") {
  const Case c = one_to_one_case("2018-03-22 09:00", "2018-03-22 12:00");
  const auto schedule = schedule_slots(c, {}, plan(45, 15));
  REQUIRE(schedule.ok());
  CHECK(schedule->meeting == &c.market_dialogue.meetings.at(0));
  CHECK(spans(*schedule) == std::vector<std::string>{"2018-03-22 09:00/09:45",
                                                     "2018-03-22 10:00/10:45",
                                                     "2018-03-22 11:00/11:45"});
  // A slot that would run past the end of the window is not offered.
  CHECK(schedule_slots(c, {}, plan(60, 0))->slots.size() == 3u);
  CHECK(schedule_slots(c, {}, plan(61, 0))->slots.size() == 2u);
  CHECK(schedule_slots(c, {}, plan(181, 0))->slots.empty());
}

TEST_CASE("slots: breaks are left out, and the next slot starts when a break ends") {
  const Case c = one_to_one_case("2018-03-22 09:00", "2018-03-22 15:00");
  const auto schedule =
      schedule_slots(c, {}, plan(60, 0, {{time_of_day(11, 30), time_of_day(12, 15)}}));
  REQUIRE(schedule.ok());
  CHECK(spans(*schedule) ==
        std::vector<std::string>{"2018-03-22 09:00/10:00", "2018-03-22 10:00/11:00",
                                 "2018-03-22 12:15/13:15", "2018-03-22 13:15/14:15"});
  // A slot may end when a break starts and start when it ends.
  const auto touching =
      schedule_slots(c, {}, plan(60, 0, {{time_of_day(10, 0), time_of_day(11, 0)}}));
  CHECK(spans(*touching).at(1) == "2018-03-22 11:00/12:00");
}

TEST_CASE("slots: a meeting over several days has the same hours each day") {
  const Case c = one_to_one_case("2018-03-22 09:00", "2018-03-23 11:00");
  const auto schedule = schedule_slots(c, {}, plan(60, 0));
  REQUIRE(schedule.ok());
  CHECK(spans(*schedule) ==
        std::vector<std::string>{"2018-03-22 09:00/10:00", "2018-03-22 10:00/11:00",
                                 "2018-03-23 09:00/10:00", "2018-03-23 10:00/11:00"});
}

TEST_CASE("slots: one-minute slots over years are counted, not made, and refused past the limit") {
  const Case c = one_to_one_case("2018-03-22 00:00", "2021-03-22 23:59");
  CHECK(*count_slots(c, plan(1, 0)) == 1097u * 1439u);
  const auto schedule = schedule_slots(c, {}, plan(1, 0));
  REQUIRE_FALSE(schedule.ok());
  CHECK(schedule.problem().code == "dialogue.too-many-slots");
  CHECK(schedule.problem().args.at(1).second == "1578583");
  // At the limit, the slots are made.
  const Case day = one_to_one_case("2018-03-22 00:00", "2018-03-22 16:40");
  CHECK(*count_slots(day, plan(1, 0)) == max_slots);
  CHECK(schedule_slots(day, {}, plan(1, 0))->slots.size() == max_slots);
}

TEST_CASE("slots: first registered, first served; who registers when all are taken is unplaced") {
  const Case c = one_to_one_case("2018-03-22 09:00", "2018-03-22 11:00");
  DialogueRecord record;
  // In the file's order, not the order they registered in.
  record.participants = {participant("late", "2018-03-15 12:00"),
                         participant("first", "2018-03-14T08:00:00Z"), participant("never"),
                         participant("second", "2018-03-15 08:00"),
                         participant("third", "2018-03-15 11:59")};
  CHECK(registered_for(record, "leverandordialogmote").size() == 4u);
  CHECK(registered_for(record, "other").empty());
  const auto schedule = schedule_slots(c, record, plan(60, 0));
  REQUIRE(schedule.ok());
  REQUIRE(schedule->slots.size() == 2u);
  CHECK(schedule->slots[0].participant == "first");
  CHECK(schedule->slots[1].participant == "second");
  CHECK(schedule->unplaced == std::vector<std::string>{"third", "late"});

  // More slots than registrations: the rest are free.
  const auto roomy = schedule_slots(c, record, plan(20, 0));
  REQUIRE(roomy->slots.size() == 6u);
  CHECK(roomy->slots[3].participant == "late");
  CHECK(roomy->slots[4].participant.empty());
  CHECK(roomy->unplaced.empty());
}

TEST_CASE("slots: a registration after the deadline is placed alike, and marked late") {
  // The meeting's registration deadline is 2018-03-20 12:00.
  const Case c = one_to_one_case("2018-03-22 09:00", "2018-03-22 11:00");
  DialogueRecord record;
  record.participants = {participant("later", "2018-03-21 09:00"),
                         participant("on-time", "2018-03-20 12:00"),
                         participant("late", "2018-03-20 12:00:01")};
  const auto schedule = schedule_slots(c, record, plan(60, 0));
  REQUIRE(schedule.ok());
  REQUIRE(schedule->slots.size() == 2u);
  CHECK(schedule->slots[0].participant == "on-time");
  CHECK(schedule->slots[1].participant == "late");
  CHECK(schedule->unplaced == std::vector<std::string>{"later"});
  REQUIRE(schedule->late.size() == 2u);
  CHECK(schedule->late[0].participant == "late");
  CHECK(iso_utc(schedule->late[0].received) == "2018-03-20T11:00:01Z");
  CHECK(schedule->late[0].deadline.iso() == "2018-03-20 12:00");
  CHECK(schedule->late[1].participant == "later");
  CHECK(schedule->registered_late("later"));
  CHECK_FALSE(schedule->registered_late("on-time"));
}

TEST_CASE("slots: a meeting without times of day, or an unknown meeting, has no slots") {
  const Case c = one_to_one_case("2018-03-22", "2018-03-22");
  const auto schedule = schedule_slots(c, {}, plan(60, 0));
  REQUIRE_FALSE(schedule.ok());
  CHECK(schedule.problem().code == "dialogue.slots-need-times");
  SlotPlan other = plan(60, 0);
  other.meeting = "nowhere";
  CHECK(schedule_slots(c, {}, other).problem().code == "dialogue.unknown-meeting");
}

TEST_CASE("late: a receipt is late a second after the deadline in Oslo time") {
  // 12:00 in Oslo in April is 10:00 UTC (summer time); in March before the change, 11:00 UTC.
  CHECK_FALSE(is_late(received("2018-04-06T10:00:00Z"), at("2018-04-06 12:00")));
  CHECK(is_late(received("2018-04-06T10:00:01Z"), at("2018-04-06 12:00")));
  CHECK_FALSE(is_late(received("2018-04-06 12:00"), at("2018-04-06 12:00")));
  CHECK(is_late(received("2018-04-06 12:00:01"), at("2018-04-06 12:00")));
  CHECK(is_late(received("2018-03-20T11:00:01Z"), at("2018-03-20 12:00")));
  CHECK_FALSE(is_late(received("2018-03-20T12:00:00+01:00"), at("2018-03-20 12:00")));
  // A deadline without a time of day runs to the end of that day.
  CHECK_FALSE(is_late(received("2018-04-06 23:59:59"), at("2018-04-06")));
  CHECK(is_late(received("2018-04-07 00:00:01"), at("2018-04-06")));
}

TEST_CASE("equal treatment: late written inputs and registrations are warnings") {
  const Case c = kmd_case();
  DialogueRecord record;
  record.participants = {participant("on-time", "2018-03-20 12:00"),
                         participant("late", "2018-03-20 12:00:01")};
  WrittenInputReceived in_time;
  in_time.participant = "on-time";
  in_time.received = received("2018-04-06T09:59:59Z");
  WrittenInputReceived late = in_time;
  late.participant = "late";
  late.received = received("2018-04-06 12:07");
  record.inputs = {in_time, late};
  const Diagnostics findings = check_equal_treatment(c, record, test::shipped_rules());
  CHECK(codes(findings) ==
        std::vector<std::string>{"dialogue.late-input", "dialogue.late-registration"});
  CHECK_FALSE(findings.has_errors());
  CHECK(arg(findings.items()[0], "participant") == "late AS");
  CHECK(arg(findings.items()[0], "received") == "2018-04-06 12:07");
  CHECK(arg(findings.items()[0], "deadline") == "2018-04-06 12:00");
}

TEST_CASE("equal treatment: answers given to everyone at once before the notice are fine") {
  const Case c = kmd_case();
  CHECK(check_question(c, answered("q", "2018-03-26")).empty());
  // Answered to one and published to all, both before the notice.
  CHECK(check_question(c, answered("q", "2018-03-28", {"a"}, "2018-03-29")).empty());
}

TEST_CASE("equal treatment: an answer to one supplier alone, never published, is an error") {
  const Case c = kmd_case();
  CHECK(check_question(c, answered("q", "2018-03-28", {"a"})) ==
        std::vector<std::string>{"qa.private-answer"});
}

TEST_CASE("equal treatment: a publication dated before the answer is an error") {
  const Case c = kmd_case();
  CHECK(check_question(c, answered("q", "2018-04-03", {"a"}, "2018-04-02")) ==
        std::vector<std::string>{"qa.published-before-answer"});
}

TEST_CASE("equal treatment: after the notice, an answer not everyone got at once is an error") {
  const Case c = kmd_case();
  // The notice is planned for weeks 16-17: its earliest day, Monday 16 April, counts.
  CHECK(check_question(c, answered("q", "2018-04-16", {"a"}, "2018-04-18")) ==
        std::vector<std::string>{"qa.private-after-notice"});
  CHECK(check_question(c, answered("q", "2018-04-15", {"a"}, "2018-04-18")).empty());
  // Published the same day it was answered: everyone had it at once.
  CHECK(check_question(c, answered("q", "2018-04-17", {"a"}, "2018-04-17")).empty());
  const DialogueRecord record = [&] {
    DialogueRecord r = two_participants();
    r.questions.push_back(answered("q", "2018-04-16", {"a"}, "2018-04-18"));
    return r;
  }();
  const Diagnostics findings = check_equal_treatment(c, record, test::shipped_rules());
  const Diagnostic& d = findings.items().at(0);
  CHECK(arg(d, "notice") == "2018-04-16");
  CHECK(arg(d, "window") == "2018-W16..2018-W17");
  CHECK(arg(d, "to") == "a AS");

  // With the notice sent on an exact day, that day counts.
  Case exact = kmd_case();
  for (auto& m : exact.timeline.milestones) {
    if (m.kind == MilestoneKind::notice_sent)
      m.when = at("2018-04-20");
  }
  CHECK(check_question(exact, answered("q", "2018-04-16", {"a"}, "2018-04-23")).empty());
  CHECK(check_question(exact, answered("q", "2018-04-20", {"a"}, "2018-04-23")) ==
        std::vector<std::string>{"qa.private-after-notice"});
}

TEST_CASE("equal treatment: answers that reach everyone after or close to the tender deadline") {
  const Case c = kmd_case();  // tender deadline Thursday 31 May 2018
  CHECK(check_question(c, answered("q", "2018-06-01")) ==
        std::vector<std::string>{"qa.published-after-deadline"});
  CHECK(check_question(c, answered("q", "2018-05-20", {"a"}, "2018-06-01")) ==
        std::vector<std::string>{"qa.private-after-notice", "qa.published-after-deadline"});
  // Fewer than six days before the deadline: a warning (directive art. 47(3)).
  CHECK(check_question(c, answered("q", "2018-05-28")) ==
        std::vector<std::string>{"qa.answer-close-to-deadline"});
  CHECK(check_question(c, answered("q", "2018-05-26")) ==
        std::vector<std::string>{"qa.answer-close-to-deadline"});
  CHECK(check_question(c, answered("q", "2018-05-25")).empty());
  CHECK(check_question(c, answered("q", "2018-05-31")) ==
        std::vector<std::string>{"qa.answer-close-to-deadline"});
  // In a national procedure (FOA part II), and outside the rules, the
  // directive's days do not apply; they come from the rule tables as the
  // rule checks apply them.
  Case national = kmd_case();
  national.procedure = Procedure::national_open;
  national.regime = Regime::part_2;
  // Below the EEA threshold: above it, the EEA procedure's limits apply.
  national.buyer.kind = BuyerKind::other;
  national.estimated_value = Money({"NOK", 2}, 150'000'000);
  CHECK(check_question(national, answered("q", "2018-05-28")).empty());
  Case outside = kmd_case();
  outside.regime = Regime::none;
  CHECK(check_question(outside, answered("q", "2018-05-28")).empty());
  // With duly justified urgency, four days are enough.
  Case urgent = kmd_case();
  urgent.urgency = true;
  CHECK(check_question(urgent, answered("q", "2018-05-27")).empty());
  CHECK(check_question(urgent, answered("q", "2018-05-28")) ==
        std::vector<std::string>{"qa.answer-close-to-deadline"});
  // Before the rule took effect in Norway (FOA 2016), nothing is claimed.
  Case old = kmd_case();
  for (auto& m : old.timeline.milestones) {
    if (m.kind == MilestoneKind::notice_sent)
      m.when = at("2016-11-01");
    if (m.kind == MilestoneKind::tender_deadline)
      m.when = at("2016-12-15 12:00");
  }
  CHECK(check_question(old, answered("q", "2016-12-14")).empty());
}

TEST_CASE("equal treatment: an unanswered question is a warning") {
  const Case c = kmd_case();
  QaEntry open = answered("open", "2018-03-26");
  open.answered.reset();
  open.answer.clear();
  const auto found = check_question(c, open);
  CHECK(found == std::vector<std::string>{"qa.unanswered"});
}

TEST_CASE("equal treatment: the KMD example's dialogue has warnings only") {
  const Case c = kmd_case();
  const DialogueLoad load = load_dialogue(c);
  REQUIRE(load.ok());
  const Diagnostics findings = check_equal_treatment(c, load.value, test::shipped_rules());
  CHECK(codes(findings) ==
        std::vector<std::string>{"dialogue.late-input", "dialogue.late-registration"});
}
