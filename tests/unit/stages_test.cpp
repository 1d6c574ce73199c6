#include <doctest/doctest.h>

#include <algorithm>

#include "procure/evaluation/stage_files.hpp"
#include "procure/evaluation/tender_lots.hpp"
#include "procure/load/case_loader.hpp"
#include "procure/model/round_view.hpp"
#include "test_support.hpp"

using namespace procure;
using test::arg;
using test::codes;

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

namespace {

// Two lots; alfa tenders for both, gamma (dropped after round 1) for one.
const char* const staged_lots_case = R"(format: procure-case/1
languages: [en]
reference: "S-2"
title: Test case
buyer: {name: Test kommune, kind: other}
procedure: competitive-negotiation
timeline:
  notice_sent: 2025-03-03
  tender_deadline: 2025-05-12 12:00
  final_tender_deadline:
    at: 2025-06-10 12:00
    title: {en: Final tenders}
lots:
  max_per_tenderer: 1
  list:
    - id: one
      title: One
    - id: two
      title: Two
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
)";

std::string tender_yaml(std::string_view supplier, std::string_view candidate,
                        std::string_view lot) {
  std::string text = "supplier: {name: " + std::string(supplier) + "}\n";
  if (!candidate.empty())
    text += "candidate: " + std::string(candidate) + "\n";
  return text + "lot: " + std::string(lot) + "\nreceived: 2025-06-10 10:00:00\nprice: NOK 100\n";
}

}  // namespace

TEST_CASE("a tender's candidate: stage rules go by it, its own id when it names none") {
  const auto load = load_case_text("case.yaml", staged_lots_case);
  REQUIRE(load.ok());
  test::TempDir folder;
  // Round 2: alfa for both lots, gamma (dropped) for one, and a misspelt candidate.
  folder.write("rounds/2/bids/alfa-one.yaml", tender_yaml("Alfa AS", "alfa", "one"));
  folder.write("rounds/2/bids/alfa-two.yaml", tender_yaml("Alfa AS", "alfa", "two"));
  folder.write("rounds/2/bids/gamma-one.yaml", tender_yaml("Gamma AS", "gamma", "one"));
  folder.write("rounds/2/bids/beta-two.yaml", tender_yaml("Beta AS", "betta", "two"));
  // Without `candidate:`, the tender's id is its candidate: 'beta' was invited.
  folder.write("rounds/2/bids/beta.yaml", tender_yaml("Beta AS", "", "one"));
  const StageFileCheck check = check_stage_files(load.value, folder.path, "case");
  REQUIRE(codes(check.problems) == std::vector<std::string>{"stages.unknown-candidate-suggest"});
  CHECK(arg(check.problems.items()[0], "id") == "betta");
  CHECK(arg(check.problems.items()[0], "suggestion") == "beta");
  REQUIRE(codes(check.findings) == std::vector<std::string>{"stages.tender-from-dropped"});
  CHECK(arg(check.findings.items()[0], "id") == "gamma");
  CHECK(arg(check.findings.items()[0], "file") == "case/rounds/2/bids/gamma-one.yaml");
}

TEST_CASE("lots: a tenderer's lots are counted by its candidate, not by its tender files") {
  const auto load = load_case_text("case.yaml", staged_lots_case);
  REQUIRE(load.ok());
  test::TempDir folder;
  // One candidate under two spellings of its name, without an organisation number.
  folder.write("bids/alfa-one.yaml", tender_yaml("Alfa AS", "alfa", "one"));
  folder.write("bids/alfa-two.yaml", tender_yaml("Alfa Konsern AS", "alfa", "two"));
  folder.write("bids/beta-one.yaml", tender_yaml("Beta AS", "beta", "one"));
  const TenderLoad tenders = load_tenders(load.value, folder.path, "case", false);
  REQUIRE(codes(tenders.diagnostics).empty());
  CHECK(tenders.find("alfa-two")->candidate_id() == "alfa");
  Diagnostics found;
  check_tender_lots(load.value, tenders, found);
  REQUIRE(codes(found) == std::vector<std::string>{"lots.too-many-lots"});
  CHECK(arg(found.items()[0], "count") == "2");
}

TEST_CASE("the negotiation names candidates of the prequalification") {
  std::string text = staged_case;
  text.replace(text.find("dropped: [gamma]"), 16, "dropped: [gama]");
  text +=
      "        log:\n          - date: 2025-05-20\n            tenderer: zulu\n"
      "            summary: Met.\n";
  const auto load = load_case_text("case.yaml", text);
  CHECK(codes(load.diagnostics) ==
        std::vector<std::string>{"stages.unknown-candidate-suggest", "stages.unknown-candidate"});
  CHECK(arg(load.diagnostics.items()[0], "suggestion") == "gamma");
}
