#include <doctest/doctest.h>

#include "procure/load/case_loader.hpp"

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
stages:
  partnership:
    termination_reserved: true
    partners: [alfa, beta, gamma]
    phases:
      - title: {en: Concept}
        end: 2026-03-31
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
