#include <doctest/doctest.h>

#include <algorithm>

#include "procure/calendar/period_arithmetic.hpp"
#include "procure/flow/schedule.hpp"
#include "procure/load/case_loader.hpp"
#include "procure/rules/rule_check.hpp"
#include "rule_test_support.hpp"

using namespace procure;
using procure::test::kmd_text;

namespace {

Date day(const char* text) {
  return *Date::parse(text);
}

Period period(const char* text) {
  return *Period::parse(text);
}

Case kmd_with(const std::string& more) {
  auto load = load_case_text("case.yaml", kmd_text() + more);
  REQUIRE(load.ok());
  return load.value;
}

CaseSchedule plan(const Case& c) {
  return case_schedule(c, case_progress(c, {}, Instant::max()), test::shipped_rules());
}

const ScheduleItem& item(const CaseSchedule& schedule, const std::string& key) {
  const auto it = std::find_if(schedule.items.begin(), schedule.items.end(),
                               [&](const ScheduleItem& i) { return i.key == key; });
  REQUIRE_MESSAGE(it != schedule.items.end(), key);
  return *it;
}

Date day_of(const ScheduleItem& item) {
  return std::get<DateTime>(item.when).date;
}

bool has(const CaseSchedule& schedule, const std::string& key) {
  return std::any_of(schedule.items.begin(), schedule.items.end(),
                     [&](const ScheduleItem& i) { return i.key == key; });
}

std::vector<std::string> finding_codes(const std::string& contract) {
  const RuleCheck check = check_rules(kmd_with(contract), test::shipped_rules());
  std::vector<std::string> codes;
  for (const auto& d : check.findings.items())
    codes.push_back(d.code);
  return codes;
}

}  // namespace

TEST_CASE("a contract's term: plain arithmetic back and forth") {
  const WorkingCalendar calendar(std::vector<Date>{});
  CHECK(period_before(day("2021-08-31"), period("3mo"), calendar) == day("2021-05-31"));
  // A month without the date goes to its last day.
  CHECK(period_before(day("2021-05-31"), period("3mo"), calendar) == day("2021-02-28"));
  CHECK(period_before(day("2024-05-31"), period("3mo"), calendar) == day("2024-02-29"));
  CHECK(period_before(day("2021-01-15"), period("2mo"), calendar) == day("2020-11-15"));
  CHECK(period_before(day("2021-08-31"), period("90d"), calendar) == day("2021-06-02"));
  CHECK(period_before(day("2021-08-31"), period("2w"), calendar) == day("2021-08-17"));
  // Tuesday 31 August back 2 working days is Friday 27 August.
  CHECK(period_before(day("2021-08-31"), period("2wd"), calendar) == day("2021-08-27"));
  CHECK(period_after(day("2021-08-31"), period("12mo"), calendar) == day("2022-08-31"));
  // Four years from 1 September 2019 end on 31 August 2023.
  CHECK(period_after(day("2019-08-31"), period("48mo"), calendar) == day("2023-08-31"));
}

TEST_CASE("the award's deadlines: injunction, contract award notice, complaint board") {
  const CaseSchedule schedule = plan(kmd_with(""));
  // The injunction's deadline is the standstill's end, to the moment.
  const auto& injunction = item(schedule, "computed.injunction_deadline");
  const auto& standstill = item(schedule, "standstill_end");
  CHECK(injunction.due == standstill.due);
  CHECK(injunction.unconfirmed);
  CHECK_FALSE(injunction.tracked());
  // Signed 18 June 2018: the notice by 18 July, KOFA by 18 December.
  const auto& notice = item(schedule, "computed.contract_award_notice");
  CHECK(day_of(notice) == day("2018-07-18"));
  CHECK(notice.rule == "FOA § 21-5 (1); 2014/24/EU art. 50(1)");
  CHECK(notice.record_path() == "contract.award_notice_published");
  CHECK_FALSE(notice.done);
  CHECK(day_of(item(schedule, "computed.complaint_board_deadline")) == day("2018-12-18"));
  const CaseSchedule published =
      plan(kmd_with("contract:\n  award_notice_published: 2018-07-02\n"));
  CHECK(item(published, "computed.contract_award_notice").done);
}

TEST_CASE("options, expiry and the next procurement") {
  const std::string contract = R"(contract:
  start: 2018-07-01
  end: 2020-06-30
  options:
    - id: first
      exercised: 2020-03-01
    - id: second
      notice: 2mo
    - id: third
)";
  const CaseSchedule schedule = plan(kmd_with(contract));
  const auto& first = item(schedule, "computed.option.first");
  CHECK(day_of(first) == day("2020-03-30"));
  CHECK(first.done);
  CHECK(first.done_by == "contract.options[0].exercised");
  // The second extends the end after the first: 30 June 2021.
  const auto& second = item(schedule, "computed.option.second");
  CHECK(day_of(second) == day("2021-04-30"));
  CHECK(second.record_path() == "contract.options[1].exercised");
  CHECK(second.overdue(*parse_instant("2021-05-01 09:00")));
  CHECK(day_of(item(schedule, "computed.option.third")) == day("2022-03-30"));
  // Expiry with the options used so far; the next procurement before the last possible end.
  CHECK(day_of(item(schedule, "computed.contract_end")) == day("2021-06-30"));
  CHECK(day_of(item(schedule, "computed.successor_start")) == day("2022-06-30"));

  const std::string declined = R"(contract:
  end: 2020-06-30
  successor_lead_time: 6mo
  options:
    - id: first
      declined: 2020-02-01
    - id: second
)";
  const CaseSchedule closed = plan(kmd_with(declined));
  CHECK(item(closed, "computed.option.first").done_by == "contract.options[0].declined");
  CHECK_FALSE(has(closed, "computed.option.second"));
  CHECK(day_of(item(closed, "computed.successor_start")) == day("2019-12-30"));
  const CaseSchedule ended = plan(kmd_with("contract:\n  end: 2020-06-30\n  ended: 2020-06-30\n"));
  CHECK(item(ended, "computed.contract_end").done);
  CHECK_FALSE(has(ended, "computed.successor_start"));
}

TEST_CASE("the contract phase against the rules") {
  const std::string faults = R"(contract:
  start: 2019-09-01
  end: 2022-09-30
  options:
    - id: first
      exercised: 2022-07-15
  framework:
    suppliers:
      - id: a
        name: A AS
    call_offs:
      - id: late
        method: ranking
        supplier: a
        signed: 2023-10-02
)";
  const auto codes = finding_codes(faults);
  CHECK(std::count(codes.begin(), codes.end(), "rules.framework-too-long") == 1);
  CHECK(std::count(codes.begin(), codes.end(), "rules.option-notice-late") == 1);
  CHECK(std::count(codes.begin(), codes.end(), "rules.call-off-outside-framework") == 1);

  // Exactly four years with the option (to 31 August 2023) is within the rule;
  // a reason allows more.
  const auto framework = [](const char* end, const char* reason) {
    return std::string("contract:\n  start: 2019-09-01\n  end: ") + end +
           "\n  options:\n    - id: first\n  framework:\n" + reason +
           "    suppliers:\n      - id: a\n        name: A AS\n";
  };
  const auto too_long = [&](const char* end, const char* reason) {
    const auto found = finding_codes(framework(end, reason));
    return std::count(found.begin(), found.end(), "rules.framework-too-long") == 1;
  };
  CHECK_FALSE(too_long("2022-08-31", ""));
  CHECK(too_long("2022-09-01", ""));
  CHECK_FALSE(too_long("2022-09-01", "    longer_duration_reason: the subject needs it\n"));
}
