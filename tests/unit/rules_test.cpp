#include <doctest/doctest.h>

#include <algorithm>
#include <filesystem>
#include <fstream>
#include <sstream>

#include "procure/load/case_loader.hpp"
#include "procure/rules/climate_rule.hpp"
#include "procure/rules/rule_check.hpp"
#include "procure/rules/rule_tables_loader.hpp"
#include "rule_test_support.hpp"
#include "test_support.hpp"

using namespace procure;
using procure::test::arg;
using procure::test::codes;
using procure::test::kmd_text;
using procure::test::source_dir;
namespace fs = std::filesystem;

namespace doctest {
template <>
struct StringMaker<std::vector<std::string>> {
  static String convert(const std::vector<std::string>& list) {
    std::string out = "{";
    for (const auto& item : list)
      out += (out.size() > 1 ? ", " : "") + item;
    return (out + "}").c_str();
  }
};
}  // namespace doctest

namespace {

const RuleTables& tables() {
  return test::shipped_rules();
}

// The KMD example with lines replaced (`from` must occur) or added.
Case kmd_with(std::vector<std::pair<std::string, std::string>> edits) {
  std::string text = kmd_text();
  for (const auto& edit : edits) {
    const auto at = text.find(edit.first);
    REQUIRE_MESSAGE(at != std::string::npos, edit.first);
    text.replace(at, edit.first.size(), edit.second);
  }
  auto load = load_case_text("case.yaml", text);
  REQUIRE_MESSAGE(load.ok(), (load.diagnostics.empty() ? "" : load.diagnostics.items()[0].code));
  return load.value;
}

}  // namespace

TEST_CASE("the row in force on a day: the latest by then, the first written of one day's") {
  const auto row = [](ThresholdKind kind, const char* name, const char* from) {
    ThresholdRow r;
    r.kind = kind;
    r.ref.rule = name;
    r.ref.in_force_from = *Date::parse(from);
    return r;
  };
  RuleTables t;
  // Written out of date order, two rows in force from one day, two kinds.
  t.thresholds = {row(ThresholdKind::national, "later", "2020-01-01"),
                  row(ThresholdKind::national, "earlier", "2018-01-01"),
                  row(ThresholdKind::works, "works", "2019-01-01"),
                  row(ThresholdKind::national, "later, written second", "2020-01-01")};
  const auto picked = [&](ThresholdKind kind, const char* day) {
    const ThresholdRow* r = t.threshold(kind, *Date::parse(day));
    return r == nullptr ? std::string("none") : r->ref.rule;
  };
  CHECK(picked(ThresholdKind::national, "2017-12-31") == "none");
  CHECK(picked(ThresholdKind::national, "2018-01-01") == "earlier");
  CHECK(picked(ThresholdKind::national, "2019-12-31") == "earlier");
  CHECK(picked(ThresholdKind::national, "2020-01-01") == "later");
  CHECK(picked(ThresholdKind::works, "2018-12-31") == "none");
  CHECK(picked(ThresholdKind::works, "2030-01-01") == "works");
  CHECK(picked(ThresholdKind::eea_other, "2030-01-01") == "none");
  t.tender_validity = {{30, {}}, {60, {}}, {90, {}}};
  t.tender_validity[0].ref.in_force_from = *Date::parse("2021-01-01");
  t.tender_validity[1].ref.in_force_from = *Date::parse("2017-01-01");
  t.tender_validity[2].ref.in_force_from = *Date::parse("2021-01-01");
  CHECK(t.tender_validity_in_force(*Date::parse("2016-12-31")) == nullptr);
  CHECK(t.tender_validity_in_force(*Date::parse("2020-12-31"))->days == 60);
  CHECK(t.tender_validity_in_force(*Date::parse("2021-01-01"))->days == 30);
}

TEST_CASE("a time limit row is in force exactly when the list of rows in force holds it") {
  const auto row = [](const char* id, const char* from, int days) {
    TimeLimitRow r;
    r.id = id;
    r.days = days;
    r.ref.in_force_from = *Date::parse(from);
    return r;
  };
  RuleTables written;
  // Out of date order, two rows of one id in force from one day, ids apart.
  written.time_limits = {row("open", "2020-01-01", 30),       row("open", "2017-01-01", 35),
                         row("restricted", "2019-06-01", 25), row("open", "2020-01-01", 28),
                         row("restricted", "2021-01-01", 20), row("pin", "2017-01-01", 15)};
  const RuleTables* const both[] = {&written, &tables()};
  for (const RuleTables* t : both) {
    for (Date day = *Date::parse("2016-12-30"); day <= *Date::parse("2027-01-02");
         day = day.plus_days(1)) {
      std::vector<const TimeLimitRow*> found;
      for (const auto& r : t->time_limits) {
        if (t->time_limit_in_force(r, day))
          found.push_back(&r);
      }
      CAPTURE(day.iso());
      REQUIRE(found == t->time_limits_in_force(day));
    }
  }
  CHECK(written.time_limits_in_force(*Date::parse("2020-01-01")).front()->days == 30);
}

TEST_CASE("the shipped rule tables load, and pick the row in force on a day") {
  const auto& t = tables();
  CHECK(t.threshold(ThresholdKind::eea_central_government, *Date::parse("2018-04-05"))->amount ==
        Money({"NOK", 2}, 110'000'000));
  CHECK(t.threshold(ThresholdKind::eea_central_government, *Date::parse("2018-04-06"))->amount ==
        Money({"NOK", 2}, 130'000'000));
  CHECK(t.threshold(ThresholdKind::eea_central_government, *Date::parse("2024-03-14"))->amount ==
        Money({"NOK", 2}, 149'000'000));
  // A kind a later row leaves out keeps its earlier amount.
  CHECK(t.threshold(ThresholdKind::national, *Date::parse("2024-06-01"))->amount ==
        Money({"NOK", 2}, 130'000'000));
  CHECK(t.threshold(ThresholdKind::special_services, *Date::parse("2017-06-01")) == nullptr);
  CHECK(t.threshold(ThresholdKind::eea_other, *Date::parse("2016-12-31")) == nullptr);
  CHECK(t.threshold(ThresholdKind::eea_other, *Date::parse("2020-02-13"))->ref.unconfirmed);
  CHECK(t.time_limits_in_force(*Date::parse("2018-04-29")).size() == t.time_limits.size());
  CHECK(t.time_limits_in_force(*Date::parse("2016-12-31")).empty());
  CHECK(t.tender_validity_in_force(*Date::parse("2018-05-31"))->days == 30);
  // The ministry's announcement of 14 March 2024: NOK 57.8 million for works.
  CHECK(t.threshold(ThresholdKind::works, *Date::parse("2024-03-14"))->amount ==
        Money({"NOK", 2}, 5'780'000'000));
  CHECK(*t.first_in_force() == *Date::parse("2017-01-01"));
  CHECK(*t.last_threshold_change() == *Date::parse("2024-03-14"));
  // The EEA thresholds were revised from 1 January 2026; the tables say the
  // amounts used from then are the last confirmed ones.
  CHECK(t.threshold_revision_pending(*Date::parse("2025-12-31")) == nullptr);
  REQUIRE(t.threshold_revision_pending(*Date::parse("2026-01-01")) != nullptr);
  CHECK(t.threshold_revision_pending(*Date::parse("2026-01-01"))->due ==
        *Date::parse("2026-01-01"));
  // A row from the revision on (Norway's amounts, added when confirmed) settles it.
  RuleTables updated = t;
  ThresholdRow confirmed = updated.thresholds.back();
  confirmed.ref.in_force_from = *Date::parse("2026-03-01");
  updated.thresholds.push_back(confirmed);
  CHECK(updated.threshold_revision_pending(*Date::parse("2026-06-01")) == nullptr);
}

TEST_CASE("the seed example's timeline passes every rule check") {
  const auto load = load_case(source_dir / "examples/kmd-2018-prosessbistand", "kmd");
  REQUIRE(load.ok());
  const RuleCheck check = check_rules(load.value, tables());
  CHECK(codes(check.findings).empty());
  CHECK(codes(check.problems).empty());
  CHECK(check.failed_count() == 0);
  CHECK(*check.notice_day == *Date::parse("2018-04-29"));
  CHECK(check.notice_is_window);
  REQUIRE(check.regime);
  CHECK(check.regime->regime == Regime::part_3);
  std::vector<std::string> ids;
  for (const auto& a : check.applied)
    ids.push_back(a.id);
  for (const char* id : {"regime", "open-tenders-electronic", "questions-before-tender-deadline",
                         "standstill", "order:contract_signature", "working-day:standstill_end"}) {
    CAPTURE(id);
    CHECK(std::find(ids.begin(), ids.end(), id) != ids.end());
  }
}

TEST_CASE("a 20-day open-procedure tender period above the threshold fails with the rule named") {
  const Case c = kmd_with(
      {{"tender_deadline: 2018-05-31 12:00", "tender_deadline: 2018-05-19 12:00"},
       {"tender_opening: 2018-05-31 12:30", "tender_opening: 2018-05-19 12:30"},
       {"clarification_deadline: 2018-05-22 12:00", "clarification_deadline: 2018-05-11 12:00"}});
  const RuleCheck check = check_rules(c, tables());
  // 19 May 2018 is a Saturday, which is a finding of its own.
  REQUIRE(codes(check.findings) == std::vector<std::string>{"rules.period-too-short-window",
                                                            "rules.deadline-on-closed-day"});
  const Diagnostic& d = check.findings.items()[0];
  CHECK(d.severity == Severity::error);
  CHECK(arg(d, "rule") == "2014/24/EU art. 27(4)");
  CHECK(arg(d, "source").starts_with("https://anskaffelser.no/"));
  CHECK(arg(d, "days") == "30");
  CHECK(arg(d, "from_day") == "2018-04-29");  // the last day of weeks 16-17
  CHECK(arg(d, "last") == "2018-05-29");
  CHECK(d.where->line > 0);
}

TEST_CASE("a deadline at noon on the last day of the minimum period is too short") {
  const Case c =
      kmd_with({{"notice_sent: 2018-W16..2018-W17", "notice_sent: 2018-04-30"},
                {"tender_deadline: 2018-05-31 12:00", "tender_deadline: 2018-05-30 12:00"},
                {"tender_opening: 2018-05-31 12:30", "tender_opening: 2018-05-31 09:00"}});
  const RuleCheck check = check_rules(c, tables());
  REQUIRE(codes(check.findings) == std::vector<std::string>{"rules.period-too-short"});
  CHECK(arg(check.findings.items()[0], "next_day") == "2018-05-31");
  // At 24:00 (a date without a time) it is exactly long enough.
  const Case ok =
      kmd_with({{"notice_sent: 2018-W16..2018-W17", "notice_sent: 2018-04-30"},
                {"tender_deadline: 2018-05-31 12:00", "tender_deadline: 2018-05-30"},
                {"tender_opening: 2018-05-31 12:30", "tender_opening: 2018-05-31 09:00"}});
  CHECK(codes(check_rules(ok, tables()).findings).empty());
}

TEST_CASE("without electronic submission, or with urgency, other rows apply") {
  const Case paper = kmd_with({{"electronic_submission: true", "electronic_submission: false"},
                               {"notice_sent: 2018-W16..2018-W17", "notice_sent: 2018-04-30"}});
  // 30 April + 35 days = 4 June, after the 31 May deadline.
  const RuleCheck check = check_rules(paper, tables());
  REQUIRE(codes(check.findings) == std::vector<std::string>{"rules.period-too-short"});
  CHECK(arg(check.findings.items()[0], "rule") == "2014/24/EU art. 27(1)");
  const Case urgent = kmd_with(
      {{"electronic_submission: true", "electronic_submission: false\nurgency: true"},
       {"notice_sent: 2018-W16..2018-W17", "notice_sent: 2018-05-14"},
       {"clarification_deadline: 2018-05-22 12:00", "clarification_deadline: 2018-05-25 12:00"}});
  CHECK(codes(check_rules(urgent, tables()).findings).empty());
}

TEST_CASE("a case that says part II with a value above the EEA threshold is an error") {
  const Case c = kmd_with({{"procedure: open", "procedure: national-open"}});
  const RuleCheck check = check_rules(c, tables());
  REQUIRE(codes(check.findings) == std::vector<std::string>{"rules.regime-too-low"});
  const Diagnostic& d = check.findings.items()[0];
  CHECK(d.severity == Severity::error);
  CHECK(arg(d, "stated") == "II");
  CHECK(arg(d, "derived") == "III");
  CHECK(arg(d, "threshold") == "NOK 1 300 000");
  CHECK(arg(d, "rule") == "FOA § 5-1, § 5-3");
  const Case explicit_two = kmd_with({{"regime: derive", "regime: II"}});
  CHECK(codes(check_rules(explicit_two, tables()).findings) ==
        std::vector<std::string>{"rules.regime-too-low"});
  // Below the threshold a part III procedure is a lawful choice.
  const Case small = kmd_with({{"estimated_value: NOK 2 500 000", "estimated_value: NOK 900 000"}});
  const RuleCheck small_check = check_rules(small, tables());
  CHECK(codes(small_check.findings).empty());
  CHECK(small_check.regime->regime == Regime::part_1);
}

TEST_CASE("a national procedure under part III keeps the EEA procedure's time limits") {
  // Without electronic submission the open procedure's 35 days run from
  // 29 April to Sunday 3 June, so to the end of Monday 4 June.
  const Case c = kmd_with({{"procedure: open", "procedure: national-open"},
                           {"electronic_submission: true", "electronic_submission: false"}});
  const RuleCheck check = check_rules(c, tables());
  REQUIRE(codes(check.findings) ==
          std::vector<std::string>{"rules.regime-too-low", "rules.period-too-short-window"});
  CHECK(check.findings.items()[1].severity == Severity::error);
  CHECK(arg(check.findings.items()[1], "days") == "35");
  CHECK(arg(check.findings.items()[1], "rule") == "2014/24/EU art. 27(1)");
  // Below the EEA threshold the same national procedure has no fixed minimum.
  const Case small =
      kmd_with({{"procedure: open", "procedure: national-open"},
                {"electronic_submission: true", "electronic_submission: false"},
                {"estimated_value: NOK 2 500 000", "estimated_value: NOK 1 250 000"}});
  CHECK(codes(check_rules(small, tables()).findings).empty());
}

TEST_CASE("competitive dialogue and innovation partnership are never awarded on price alone") {
  for (const char* procedure : {"competitive-dialogue", "innovation-partnership"}) {
    CAPTURE(procedure);
    for (const char* basis : {"lowest-price", "lowest-cost"}) {
      CAPTURE(basis);
      const Case c = kmd_with({{"procedure: open", std::string("procedure: ") + procedure},
                               {"basis: best-price-quality", std::string("basis: ") + basis}});
      const auto found = codes(check_rules(c, tables()).findings);
      CHECK(std::count(found.begin(), found.end(), "rules.price-only-award") == 1);
    }
    const Case quality = kmd_with({{"procedure: open", std::string("procedure: ") + procedure}});
    const auto found = codes(check_rules(quality, tables()).findings);
    CHECK(std::count(found.begin(), found.end(), "rules.price-only-award") == 0);
  }
  const Case open_lowest = kmd_with({{"basis: best-price-quality", "basis: lowest-price"}});
  CHECK(codes(check_rules(open_lowest, tables()).findings).empty());
}

TEST_CASE("a notice window across a change of thresholds leaves the regime open") {
  const Case c =
      kmd_with({{"estimated_value: NOK 2 500 000", "estimated_value: NOK 1 450 000"},
                {"notice_sent: 2018-W16..2018-W17", "notice_sent: 2024-W10..2024-W12"},
                {"2018-05-22 12:00", "2024-04-22 12:00"},
                {"tender_deadline: 2018-05-31 12:00", "tender_deadline: 2024-05-02 12:00"},
                {"tender_opening: 2018-05-31 12:30", "tender_opening: 2024-05-02 12:30"},
                {"award_notice: 2018-06-05", "award_notice: 2024-05-28"},
                {"standstill_end: 2018-06-15", "standstill_end: 2024-06-07"},
                {"contract_signature: 2018-06-18", "contract_signature: 2024-06-10"},
                {"tender_validity_end: 2018-08-31", "tender_validity_end: 2024-08-30"}});
  const RuleCheck check = check_rules(c, tables());
  // The case is also silent on climate and environment (FOA § 7-9, from 2024).
  REQUIRE(codes(check.findings) ==
          std::vector<std::string>{"rules.regime-window", "rules.climate-not-stated"});
  CHECK(arg(check.findings.items()[0], "regime_first") == "III");
  CHECK(arg(check.findings.items()[0], "regime_last") == "II");
}

TEST_CASE("questions must close at least six days before the tender deadline") {
  const Case c = kmd_with(
      {{"clarification_deadline: 2018-05-22 12:00", "clarification_deadline: 2018-05-28 12:00"}});
  const RuleCheck check = check_rules(c, tables());
  REQUIRE(codes(check.findings) == std::vector<std::string>{"rules.not-enough-before"});
  CHECK(arg(check.findings.items()[0], "latest") == "2018-05-25");
  const Case edge = kmd_with(
      {{"clarification_deadline: 2018-05-22 12:00", "clarification_deadline: 2018-05-25 15:00"}});
  CHECK(codes(check_rules(edge, tables()).findings).empty());
}

TEST_CASE("the standstill: ten days, ending on a working day, before the signature") {
  const Case short_one = kmd_with({{"standstill_end: 2018-06-15", "standstill_end: 2018-06-14"}});
  CHECK(codes(check_rules(short_one, tables()).findings) ==
        std::vector<std::string>{"rules.period-too-short"});
  const Case saturday = kmd_with({{"standstill_end: 2018-06-15", "standstill_end: 2018-06-16"}});
  const RuleCheck check = check_rules(saturday, tables());
  REQUIRE(codes(check.findings) == std::vector<std::string>{"rules.deadline-on-closed-day"});
  CHECK(check.findings.items()[0].severity == Severity::error);
  CHECK(arg(check.findings.items()[0], "next") == "2018-06-18");
  const Case early_signature =
      kmd_with({{"contract_signature: 2018-06-18", "contract_signature: 2018-06-15"}});
  CHECK(codes(check_rules(early_signature, tables()).findings) ==
        std::vector<std::string>{"rules.milestone-order"});
  // Without a planned end, the end is counted from the award notice.
  const Case no_end =
      kmd_with({{"  standstill_end: 2018-06-15", ""},
                {"contract_signature: 2018-06-18", "contract_signature: 2018-06-14"}});
  const RuleCheck counted = check_rules(no_end, tables());
  REQUIRE(codes(counted.findings) ==
          std::vector<std::string>{"rules.cannot-check", "rules.signed-during-standstill"});
  CHECK(arg(counted.findings.items()[1], "last") == "2018-06-15");
  CHECK(arg(counted.findings.items()[1], "rule") == "FOA § 25-2");
}

TEST_CASE("the contract may be signed at the moment the standstill ends") {
  const Case same_moment =
      kmd_with({{"standstill_end: 2018-06-15", "standstill_end: 2018-06-18 09:00"},
                {"contract_signature: 2018-06-18", "contract_signature: 2018-06-18 09:00"}});
  CHECK(codes(check_rules(same_moment, tables()).findings).empty());
  // The standstill as a day ends at 24:00: a signature that day is inside it,
  // one on any later day after it.
  const Case same_day =
      kmd_with({{"contract_signature: 2018-06-18", "contract_signature: 2018-06-15"}});
  CHECK(codes(check_rules(same_day, tables()).findings) ==
        std::vector<std::string>{"rules.milestone-order"});
  const Case minute_early =
      kmd_with({{"standstill_end: 2018-06-15", "standstill_end: 2018-06-18 09:00"},
                {"contract_signature: 2018-06-18", "contract_signature: 2018-06-18 08:59"}});
  CHECK(codes(check_rules(minute_early, tables()).findings) ==
        std::vector<std::string>{"rules.milestone-order"});
}

TEST_CASE("a recorded signature: what check finds of the standstill about it, for record") {
  const auto findings = [](const std::string& records) {
    auto load = load_case_text("case.yaml", kmd_text() + "records:\n" + records);
    REQUIRE(load.ok());
    return recorded_signature_findings(load.value, tables());
  };
  // The notices sent three days late: the standstill runs to the end of 18 June.
  const Diagnostics inside =
      findings("  award_notices_sent: 2018-06-08\n  contract_signed: 2018-06-18\n");
  REQUIRE(codes(inside) == std::vector<std::string>{"rules.signed-during-standstill"});
  CHECK(arg(inside.items()[0], "signature") == "records.contract_signed");
  CHECK(arg(inside.items()[0], "last") == "2018-06-18");
  CHECK(arg(inside.items()[0], "rule") == "FOA § 25-2");
  CHECK(findings("  award_notices_sent: 2018-06-08\n  contract_signed: 2018-06-19\n").empty());
  // No notice recorded sent: the planned one does not stand in for it.
  const Diagnostics unsent = findings("  contract_signed: 2018-06-18\n");
  REQUIRE(codes(unsent) == std::vector<std::string>{"rules.signed-before-award-notices"});
  CHECK(unsent.items()[0].severity == Severity::warning);
  CHECK(arg(unsent.items()[0], "rule") == "FOA § 25-2");
  // Nothing recorded signed: the plan is check's and status's business.
  CHECK(findings("  award_notices_sent: 2018-06-08\n").empty());
}

TEST_CASE("a standstill notice not sent electronically: fifteen days") {
  const Case c = kmd_with({{"electronic_submission: true",
                            "electronic_submission: true\naward_notice_electronic: false"}});
  const RuleCheck check = check_rules(c, tables());
  REQUIRE(codes(check.findings) == std::vector<std::string>{"rules.period-too-short"});
  CHECK(arg(check.findings.items()[0], "days") == "15");
  CHECK(arg(check.findings.items()[0], "last") == "2018-06-20");
  CHECK(arg(check.findings.items()[0], "unconfirmed") == "true");
  const Case long_enough =
      kmd_with({{"electronic_submission: true",
                 "electronic_submission: true\naward_notice_electronic: false"},
                {"standstill_end: 2018-06-15", "standstill_end: 2018-06-20"},
                {"contract_signature: 2018-06-18", "contract_signature: 2018-06-21"}});
  CHECK(codes(check_rules(long_enough, tables()).findings).empty());
}

TEST_CASE("recorded dates are checked instead of planned ones") {
  const Case c = kmd_with({{"evaluators:",
                            "records:\n  award_notices_sent: 2018-06-08\n  "
                            "contract_signed: 2018-06-18\nevaluators:"}});
  const RuleCheck check = check_rules(c, tables());
  REQUIRE(codes(check.findings) == std::vector<std::string>{"rules.signed-during-standstill"});
  CHECK(arg(check.findings.items()[0], "award") == "records.award_notices_sent");
  CHECK(arg(check.findings.items()[0], "last") == "2018-06-18");
}

TEST_CASE("tender validity: the timeline's, or the unconfirmed default") {
  const Case late =
      kmd_with({{"tender_validity_end: 2018-08-31", "tender_validity_end: 2018-06-15"}});
  CHECK(codes(check_rules(late, tables()).findings) ==
        std::vector<std::string>{"rules.milestone-order"});
  // The validity runs to the end of its last day: a signature on the next
  // day comes too late, one on that day does not.
  const Case day_before =
      kmd_with({{"tender_validity_end: 2018-08-31", "tender_validity_end: 2018-06-17"}});
  CHECK(codes(check_rules(day_before, tables()).findings) ==
        std::vector<std::string>{"rules.milestone-order"});
  const Case same_day =
      kmd_with({{"tender_validity_end: 2018-08-31", "tender_validity_end: 2018-06-18"}});
  CHECK(codes(check_rules(same_day, tables()).findings).empty());
  const Case recorded = kmd_with(
      {{"tender_validity_end: 2018-08-31", "tender_validity_end: 2018-06-20"},
       {"evaluators:",
        "records:\n  award_notices_sent: 2018-06-05\n  contract_signed: 2018-06-21\nevaluators:"}});
  const RuleCheck recorded_check = check_rules(recorded, tables());
  REQUIRE(codes(recorded_check.findings) == std::vector<std::string>{"rules.milestone-order"});
  CHECK(arg(recorded_check.findings.items()[0], "before") == "records.contract_signed");
  const Case by_default =
      kmd_with({{"  tender_validity_end: 2018-08-31", ""},
                {"contract_signature: 2018-06-18", "contract_signature: 2018-07-03"}});
  const RuleCheck check = check_rules(by_default, tables());
  REQUIRE(codes(check.findings) ==
          std::vector<std::string>{"rules.default-validity-ends-before-signature"});
  // 31 May + 30 days is Saturday 30 June; the period runs to Monday 2 July.
  CHECK(arg(check.findings.items()[0], "last") == "2018-07-02");
  CHECK(arg(check.findings.items()[0], "unconfirmed") == "true");
}

TEST_CASE("a prior information notice shortens the limit only when sent in time") {
  const std::string timeline = "timeline:\n  prior_information_notice: ";
  const Case in_time = kmd_with(
      {{"electronic_submission: true",
        "electronic_submission: true\nprior_information_notice_qualifies: true"},
       {"timeline:\n", timeline + "2018-02-01\n"},
       {"tender_deadline: 2018-05-31 12:00", "tender_deadline: 2018-05-16 12:00"},
       {"tender_opening: 2018-05-31 12:30", "tender_opening: 2018-05-16 12:30"},
       {"clarification_deadline: 2018-05-22 12:00", "clarification_deadline: 2018-05-08 12:00"}});
  CHECK(codes(check_rules(in_time, tables()).findings).empty());
  const Case too_late = kmd_with(
      {{"electronic_submission: true",
        "electronic_submission: true\nprior_information_notice_qualifies: true"},
       {"timeline:\n", timeline + "2018-03-20\n"},
       {"tender_deadline: 2018-05-31 12:00", "tender_deadline: 2018-05-16 12:00"},
       {"tender_opening: 2018-05-31 12:30", "tender_opening: 2018-05-16 12:30"},
       {"clarification_deadline: 2018-05-22 12:00", "clarification_deadline: 2018-05-08 12:00"}});
  CHECK(codes(check_rules(too_late, tables()).findings) ==
        std::vector<std::string>{"rules.pin-too-late", "rules.period-too-short-window"});
}

TEST_CASE("milestones out of order, and overlapping windows") {
  const Case c = kmd_with({{"notice_sent: 2018-W16..2018-W17", "notice_sent: 2018-03-21"}});
  const RuleCheck check = check_rules(c, tables());
  REQUIRE(codes(check.findings) ==
          std::vector<std::string>{"rules.milestone-order", "rules.milestone-order"});
  CHECK(arg(check.findings.items()[0], "before") == "dialogue_meeting_end");
  CHECK(arg(check.findings.items()[1], "before") == "written_input_deadline");
  const Case overlap =
      kmd_with({{"notice_sent: 2018-W16..2018-W17", "notice_sent: 2018-W14..2018-W15"}});
  CHECK(codes(check_rules(overlap, tables()).findings) ==
        std::vector<std::string>{"rules.milestone-order-uncertain"});
}

TEST_CASE("a time that does not exist in Oslo is a problem of the case, not a finding") {
  const Case c = kmd_with({{"tender_opening: 2018-05-31 12:30", "tender_opening: 2019-03-31 02:30"},
                           {"award_notice: 2018-06-05", "award_notice: 2019-04-05"},
                           {"standstill_end: 2018-06-15", "standstill_end: 2019-04-16"},
                           {"contract_signature: 2018-06-18", "contract_signature: 2019-04-17"}});
  const RuleCheck check = check_rules(c, tables());
  CHECK(codes(check.problems) == std::vector<std::string>{"time.nonexistent-in-oslo"});
}

TEST_CASE("no rule in force before the tables start") {
  const Case c = kmd_with(
      {{"notice_sent: 2018-W16..2018-W17", "notice_sent: 2016-W16..2016-W17"},
       {"dialogue_meeting_start: 2018-03-22 09:30", "dialogue_meeting_start: 2016-03-22 09:30"},
       {"dialogue_meeting_end: 2018-03-22 12:00", "dialogue_meeting_end: 2016-03-22 12:00"},
       {"written_input_deadline: 2018-04-06 12:00", "written_input_deadline: 2016-04-06 12:00"},
       {"registration_deadline: 2018-03-20 12:00", "registration_deadline: 2016-03-18 12:00"},
       {"clarification_deadline: 2018-05-22 12:00", "clarification_deadline: 2016-05-20 12:00"},
       {"tender_deadline: 2018-05-31 12:00", "tender_deadline: 2016-05-31 12:00"},
       {"tender_opening: 2018-05-31 12:30", "tender_opening: 2016-05-31 12:30"},
       {"award_notice: 2018-06-05", "award_notice: 2016-06-06"},
       {"standstill_end: 2018-06-15", "standstill_end: 2016-06-16"},
       {"contract_signature: 2018-06-18", "contract_signature: 2016-06-17"},
       {"tender_validity_end: 2018-08-31", "tender_validity_end: 2016-08-31"}});
  const RuleCheck check = check_rules(c, tables());
  CHECK(codes(check.findings) == std::vector<std::string>{"rules.no-rule-in-force"});
}

TEST_CASE("rule tables with mistakes are refused, every mistake reported at its place") {
  const fs::path dir = fs::temp_directory_path() / ("procure-rules-" + std::to_string(::getpid()));
  fs::create_directories(dir);
  for (const auto& entry : fs::directory_iterator(source_dir / "rules")) {
    if (entry.path().extension() == ".yaml")
      fs::copy_file(entry.path(), dir / entry.path().filename(),
                    fs::copy_options::overwrite_existing);
  }
  {
    std::ofstream out(dir / "tender-validity.yaml");
    out << "format: procure-rules/1\ntender_validity:\n"
           "  - days: 30\n    in_force_from: 2017-01-01\n    rule: r\n    source: s\n"
           "  - days: thirty\n    in_force_from: 2017-01-01\n    rule: r\n    source: s\n"
           "  - days: 40\n    in_force_from: 2017-01-01\n    rule: r\n    source: s\n    colour: "
           "red\n";
  }
  Diagnostics diagnostics;
  CHECK_FALSE(load_rule_tables(dir, "rules", diagnostics, Lang::en));
  CHECK(codes(diagnostics) ==
        std::vector<std::string>{"value.expected-count", "rules.duplicate-row", "key.unknown"});
  CHECK(diagnostics.items()[0].where->file == "rules/tender-validity.yaml");
  // A revision of the thresholds needs its date, rule and source.
  {
    std::ofstream out(dir / "tender-validity.yaml");
    out << "format: procure-rules/1\ntender_validity:\n"
           "  - days: 30\n    in_force_from: 2017-01-01\n    rule: r\n    source: s\n";
    std::ofstream thresholds(dir / "thresholds.yaml");
    thresholds << "format: procure-rules/1\nthresholds:\n"
                  "  - in_force_from: 2017-01-01\n    national: NOK 1 100 000\n    rule: r\n"
                  "    source: s\nrevision_due:\n  date: 2026-13-01\n  rule: r\n";
  }
  Diagnostics revision;
  CHECK_FALSE(load_rule_tables(dir, "rules", revision, Lang::en));
  CHECK(codes(revision) == std::vector<std::string>{"key.missing", "date.no-such-month"});
  fs::remove_all(dir);
}

TEST_CASE("an estimated value in another currency is an error, never a silently skipped regime") {
  const Case c = kmd_with({{"estimated_value: NOK 2 500 000", "estimated_value: EUR 100 000 000"},
                           {"regime: derive", "regime: II"}});
  const RuleCheck check = check_rules(c, tables());
  REQUIRE(codes(check.problems) == std::vector<std::string>{"rules.value-not-comparable"});
  const Diagnostic& d = check.problems.items()[0];
  CHECK(d.severity == Severity::error);
  CHECK(arg(d, "currency") == "EUR");
  CHECK(arg(d, "threshold_currency") == "NOK");
  CHECK(arg(d, "rule") == "FOA § 5-1, § 5-3");
  CHECK(d.where->line > 0);
  CHECK_FALSE(check.regime.has_value());
  CHECK(check.failed_count() > 0);
}

TEST_CASE("a standstill that cannot be counted is a problem of the case, never a silent pass") {
  // The award notice recorded at the end of the calendar, with no planned
  // standstill_end: the standstill after it cannot be counted.
  Case c = kmd_with({{"award_notice: 2018-06-05", "award_notice: 2199-12-28"},
                     {"standstill_end: 2018-06-15", "custom_step: {at: 2018-06-15, title: Step}"},
                     {"contract_signature: 2018-06-18", "contract_signature: 2199-12-30"}});
  c.records.award_notices_sent = *Date::parse("2199-12-28");
  const RuleCheck check = check_rules(c, tables());
  CHECK(codes(check.problems) == std::vector<std::string>{"period.beyond-calendar"});
}

TEST_CASE(
    "climate share: a marked criterion counts once with its sub-criteria, a range at its low end") {
  const auto percent = [](int value) { return Decimal::from_integer(value); };
  AwardCriteria award;
  Criterion price;
  price.kind = CriterionKind::price;
  price.weight = percent(40);
  Criterion quality;
  quality.weight = percent(60);
  Criterion plan;
  plan.weight = percent(50);
  Criterion environment;
  environment.weight = percent(50);
  environment.climate_and_environment = true;
  Criterion energy;
  energy.weight = percent(100);
  energy.climate_and_environment = true;  // counted once, within its marked parent
  environment.children.push_back(energy);
  quality.children = {plan, environment};
  award.criteria = {price, quality};
  CHECK(award.climate_share() == percent(30));
  CHECK(meets_climate_rule(award));
  CHECK(award.climate_marks() == std::vector<bool>{false, false, false, true, true});

  // Published as 40-50 % of the quality: 24 % at the least.
  award.criteria[1].children[1].weight_range = WeightRange{percent(40), percent(50)};
  CHECK(award.climate_share() == percent(24));
  CHECK_FALSE(meets_climate_rule(award));
  award.climate_and_environment = ClimateStatement{};
  CHECK(meets_climate_rule(award));
}
