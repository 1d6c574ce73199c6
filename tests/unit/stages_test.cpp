#include <doctest/doctest.h>

#include "procure/load/case_loader.hpp"
#include "procure/model/round_view.hpp"

using namespace procure;

namespace {

const char* const staged_case = R"(format: procure-case/1
languages: [en]
reference: "S-1"
title: Test case
buyer: {name: Test kommune, kind: other}
procedure: competitive-negotiation
timeline:
  notice_sent: 2025-03-03
  tender_deadline: 2025-05-12 12:00
  final_tender_deadline:
    at: 2025-06-10 12:00
    title: {en: Final tenders}
stages:
  prequalification:
    qualified: [alfa, beta, gamma]
    invited: [alfa, beta, gamma]
  negotiation:
    reduction_reserved: true
    rounds:
      - tender_deadline: tender_deadline
        dropped: [gamma]
      - tender_deadline: final_tender_deadline
      - tender_deadline: 2025-06-20 12:00
)";

}  // namespace

TEST_CASE("the stages: who remains in each round, who was dropped when") {
  const auto load = load_case_text("case.yaml", staged_case);
  REQUIRE(load.ok());
  const Stages& stages = load.value.stages;
  REQUIRE(stages.negotiation);
  CHECK(stages.negotiation->rounds.size() == 3);
  CHECK(stages.deciding_round()->number == 3);
  CHECK(stages.remaining_before(1) == std::vector<std::string>{"alfa", "beta", "gamma"});
  CHECK(stages.remaining_before(2) == std::vector<std::string>{"alfa", "beta"});
  CHECK_FALSE(stages.dropped_before("gamma", 1));
  CHECK(stages.dropped_before("gamma", 3) == 1);
  CHECK_FALSE(stages.dropped_before("alfa", 3));
  CHECK(stages.round(4) == nullptr);
}

TEST_CASE("a round seen as a case of one round has the round's tender deadline") {
  const auto load = load_case_text("case.yaml", staged_case);
  REQUIRE(load.ok());
  const auto second = case_for_round(load.value, *load.value.stages.round(2));
  REQUIRE(second);
  const Milestone* deadline = second->timeline.find(MilestoneKind::tender_deadline);
  REQUIRE(deadline != nullptr);
  CHECK(deadline->exact()->iso() == "2025-06-10 12:00");
  const auto third = case_for_round(load.value, *load.value.stages.round(3));
  REQUIRE(third);
  CHECK(third->timeline.find(MilestoneKind::tender_deadline)->exact()->iso() == "2025-06-20 12:00");
  // The case itself is left as it was.
  CHECK(load.value.timeline.find(MilestoneKind::tender_deadline)->exact()->iso() ==
        "2025-05-12 12:00");
}
