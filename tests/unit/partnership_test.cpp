#include <doctest/doctest.h>

#include "procure/flow/case_status.hpp"
#include "procure/load/case_loader.hpp"
#include "procure/rules/rule_check.hpp"
#include "rule_test_support.hpp"

using namespace procure;

namespace {

const char* const partnership_case = R"(format: procure-case/1
languages: [en]
reference: "P-1"
title: Test case
buyer: {name: Test kommune, kind: other}
procedure: innovation-partnership
timeline:
  notice_sent: 2025-03-03
  contract_signature: 2026-01-05
  concept_end:
    at: 2026-03-31
    title: {en: Concept ends}
stages:
  partnership:
    termination_reserved: true
    partners: [alfa, beta, gamma]
    phases:
      - title: {en: Concept}
        end: concept_end
        decisions:
          - {partner: alfa, date: 2026-04-07, decision: continue}
          - {partner: beta, date: 2026-04-07, decision: end}
          - {partner: gamma, date: 2026-04-07, decision: continue}
      - title: {en: Prototype}
        targets:
          - {en: A prototype in use at one school}
        end: 2026-12-18
        decisions:
          - {partner: alfa, date: 2027-01-08, decision: continue}
      - title: {en: Pilot}
        end: 2027-06-18
    acquisition:
      date: 2027-08-02
      partners: [alfa]
)";

}  // namespace

TEST_CASE("an innovation partnership: who is still a partner at each phase") {
  const auto load = load_case_text("case.yaml", partnership_case);
  REQUIRE(load.ok());
  REQUIRE(load.value.stages.partnership);
  const Partnership& p = *load.value.stages.partnership;
  REQUIRE(p.phases.size() == 3);
  CHECK(p.phases[1].number == 2);
  CHECK(p.phases[1].targets.size() == 1);
  CHECK(p.partners_before(1) == std::vector<std::string>{"alfa", "beta", "gamma"});
  CHECK(p.partners_before(2) == std::vector<std::string>{"alfa", "gamma"});
  CHECK(p.ended_before("beta", 2) == 1);
  CHECK_FALSE(p.ended_before("beta", 1));
  CHECK(p.decided(p.phases[0]));
  // gamma goes on to phase 2, and has no decision there yet.
  CHECK_FALSE(p.decided(p.phases[1]));
  CHECK_FALSE(p.decided(p.phases[2]));
  REQUIRE(p.acquisition);
  CHECK(p.acquisition->partners == std::vector<std::string>{"alfa"});
}

namespace {

CaseStatus status_at(const Case& c, const char* now) {
  const Instant instant = *parse_instant(now);
  return case_status(c, case_schedule(c, case_progress(c, {}, instant), test::shipped_rules()),
                     instant);
}

std::vector<const PhaseStatus*> development_phases(const CaseStatus& status) {
  std::vector<const PhaseStatus*> found;
  for (const auto& p : status.phases) {
    if (p.phase == Phase::development)
      found.push_back(&p);
  }
  return found;
}

}  // namespace

TEST_CASE(
    "an innovation partnership's R&D phases follow the contract, each done by its decisions") {
  const auto load = load_case_text("case.yaml", partnership_case);
  REQUIRE(load.ok());
  const CaseStatus status = status_at(load.value, "2027-01-20T09:00:00Z");
  const auto phases = development_phases(status);
  REQUIRE(phases.size() == 3);
  CHECK(phases[0]->number == 1);
  CHECK(phases[0]->first->iso() == "2026-01-05");
  CHECK(phases[0]->last->iso() == "2026-03-31");
  CHECK(phases[0]->milestone == "concept_end");
  CHECK(phases[0]->state == PhaseState::done);
  CHECK(phases[0]->done_at->iso() == "2026-04-07");
  // Phase 2 ended 2026-12-18 and gamma, still a partner, has no decision: overdue.
  CHECK(phases[1]->first->iso() == "2026-03-31");
  CHECK(phases[1]->record == "stages.partnership.phases[1].decisions");
  CHECK(phases[1]->state == PhaseState::overdue);
  CHECK(phases[2]->state == PhaseState::upcoming);
  CHECK(status.phases.back().phase == Phase::acquisition);
  CHECK(status.phases.back().state == PhaseState::done);
  CHECK(phase_display_args(*phases[1]) == MessageArgs{{"number", "2"}});
}

TEST_CASE("an R&D phase's end, as a milestone, waits for the decisions on the partners still in") {
  const auto load = load_case_text("case.yaml", partnership_case);
  REQUIRE(load.ok());
  const auto schedule = case_schedule(load.value, case_progress(load.value, {}, Instant::max()),
                                      test::shipped_rules());
  const ScheduleItem* end = nullptr;
  for (const auto& item : schedule.items) {
    if (item.key == "concept_end")
      end = &item;
  }
  REQUIRE(end != nullptr);
  CHECK(end->record_path() == "stages.partnership.phases[0].decisions");
  CHECK(end->done);
}

TEST_CASE("ending a partnership needs the documents' reservation; decisions come after the phase") {
  auto text = std::string(partnership_case);
  const auto replace = [&text](const std::string& from, const std::string& to) {
    text.replace(text.find(from), from.size(), to);
  };
  replace("termination_reserved: true", "termination_reserved: false");
  replace("{partner: alfa, date: 2026-04-07", "{partner: alfa, date: 2026-03-30");
  const auto load = load_case_text("case.yaml", text);
  REQUIRE(load.ok());
  const RuleCheck check = check_rules(load.value, test::shipped_rules());
  std::vector<std::string> codes;
  for (const auto& d : check.findings.items()) {
    if (d.code.starts_with("partnership."))
      codes.push_back(d.code);
  }
  CHECK(codes == std::vector<std::string>{"partnership.decision-before-phase-end",
                                          "partnership.end-not-reserved"});
}
