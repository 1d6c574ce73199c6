// The evaluation end to end: the examples, late tenders, qualification,
// minimum scores, consensus and average, disagreement, ties.
#include <doctest/doctest.h>

#include <filesystem>
#include <set>

#include "procure/evaluation/combined_score.hpp"
#include "procure/evaluation/evaluation.hpp"
#include "procure/evaluation/tender_deadline.hpp"
#include "procure/load/case_loader.hpp"
#include "test_support.hpp"

using namespace procure;
using procure::test::codes;
namespace fs = std::filesystem;

namespace {

using test::examples;

// A small case: two quality criteria 60/40 on 0-10, three evaluators.
CaseLoad small_case(const std::string& combination, const std::string& extra = "") {
  return load_case_text("case.yaml",
                        "format: procure-case/1\n"
                        "languages: [en]\n"
                        "reference: R-1\n"
                        "title: T\n"
                        "buyer: {name: B, kind: other}\n"
                        "procedure: open\n"
                        "timeline:\n"
                        "  tender_deadline: 2018-05-31 12:00\n"
                        "qualification:\n"
                        "  - {id: tax, requirement: Taxes paid}\n"
                        "award:\n"
                        "  basis: quality-only\n"
                        "  evaluator_scores: " +
                            combination + "\n" + extra +
                            "  criteria:\n"
                            "    - {id: method, name: Method, weight: 60 %, min_score: 4}\n"
                            "    - {id: team, name: Team, weight: 40 %}\n"
                            "evaluators:\n"
                            "  - {id: a, name: A}\n"
                            "  - {id: b, name: B}\n"
                            "  - {id: c, name: C}\n");
}

EvaluatorScore score(const std::string& evaluator, long long value) {
  static const auto file = std::make_shared<const SourceFile>("e.yaml", "");
  return {evaluator, Decimal::from_integer(value), "because", SourcePlace{file, 1, 0, 1}};
}

struct Builder {
  TenderLoad load;
  void tender(const std::string& id, const std::string& received,
              std::vector<std::pair<std::string, std::vector<long long>>> scores, bool pass = true,
              std::optional<long long> consensus = std::nullopt) {
    Tender t;
    t.id = id;
    t.supplier.name = id + " AS";
    t.received = *parse_instant(received);
    load.tenders.push_back(t);
    Assessment a;
    a.qualification["tax"] = Verdict{pass, pass ? "" : "no certificate", {}};
    for (const auto& [criterion, values] : scores) {
      CriterionScores s;
      const char* ids[] = {"a", "b", "c"};
      for (std::size_t i = 0; i < values.size(); ++i)
        s.individual.push_back(score(ids[i], values[i]));
      if (consensus)
        s.consensus = std::make_unique<EvaluatorScore>(score("consensus", *consensus));
      a.scores[criterion] = s;
    }
    load.assessments[id] = a;
  }
};

const TenderResult* find(const Evaluation& e, const std::string& id) {
  for (const auto& r : e.tenders) {
    if (r.tender->id == id)
      return &r;
  }
  return nullptr;
}

}  // namespace

TEST_CASE("the KMD example: 14 tenders, one disqualified, the rest ranked") {
  const CaseLoad kase = load_case(examples / "kmd-2018-prosessbistand", "kmd");
  REQUIRE(kase.ok());
  const TenderLoad tenders =
      load_tenders(kase.value, examples / "kmd-2018-prosessbistand", "kmd", true);
  CHECK(codes(tenders.diagnostics).empty());
  REQUIRE(tenders.tenders.size() == 14);
  // Price schedules are computed exactly: fjordlys states the total its schedule adds up to.
  const Tender* fjordlys = tenders.find("fjordlys");
  REQUIRE(fjordlys);
  CHECK(fjordlys->schedule.size() == 4);
  CHECK(fjordlys->price->to_string() == "NOK 1645000.00");
  CHECK(*fjordlys->price == *fjordlys->stated_price);
  const Evaluation e = evaluate(kase.value, tenders, *tender_deadline(kase.value));
  CHECK(e.complete());
  CHECK(codes(e.diagnostics).empty());
  CHECK(e.ranked == 13);
  REQUIRE(e.winner);
  CHECK(e.tenders[*e.winner].tender->id == "fjordlys");
  const TenderResult* rejected = find(e, "skyggefri");
  REQUIRE(rejected);
  CHECK(rejected->rank == 0);
  CHECK(rejected->rejections[0].code == "reject.qualification");
  // The dearest tender scores below zero on price under the linear model (KOFA 2015/60).
  const TenderResult* morild = find(e, "morild");
  CHECK(morild->criteria[0].score < 0);
  CHECK(morild->criteria[0].score ==
        doctest::Approx(10 - 10 * (2760000.0 - 1180000.0) / 1180000.0));
  REQUIRE(e.weight_swap);
  CHECK(e.weight_swap->possible);
}

TEST_CASE("the prize example: 48 applications from CSV, one late, three nominees") {
  const CaseLoad kase = load_case(examples / "innovasjonspris-2018", "prize");
  REQUIRE(kase.ok());
  const TenderLoad tenders =
      load_tenders(kase.value, examples / "innovasjonspris-2018", "prize", true);
  CHECK(codes(tenders.diagnostics).empty());
  REQUIRE(tenders.tenders.size() == 48);
  std::set<std::string> municipalities;
  for (const auto& t : tenders.tenders) {
    municipalities.insert(t.supplier.name);
    // Fictional: organisation numbers that start with 1 can never be real.
    CHECK(t.supplier.organisation_number->digits().front() == '1');
  }
  CHECK(municipalities.size() == 20);
  const Evaluation e = evaluate(kase.value, tenders, *tender_deadline(kase.value));
  CHECK(e.complete());
  CHECK(e.ranked == 47);
  REQUIRE(e.tenders.size() == 48);
  CHECK(e.tenders.back().tender->id == "s44");  // received after the application deadline
  CHECK(e.tenders.back().late);
  REQUIRE(e.winner);
  REQUIRE(kase.value.award->nominees == 3);
  std::set<std::string> nominees;
  for (std::size_t i = 0; i < 3; ++i)
    nominees.insert(e.tenders[i].tender->supplier.name);
  CHECK(nominees.size() == 3);  // three nominees, three municipalities
  CHECK(e.tenders[0].rank == 1);
  CHECK_FALSE(e.tenders[0].tie_unresolved);
}

TEST_CASE("a tender one second late is rejected; one on the second is not") {
  const CaseLoad kase = small_case("average");
  REQUIRE(kase.ok());
  Builder b;
  b.tender("on-time", "2018-05-31T12:00:00+02:00", {{"method", {6, 6, 6}}, {"team", {6, 6, 6}}});
  b.tender("late", "2018-05-31T12:00:01+02:00", {});
  const Evaluation e = evaluate(kase.value, b.load, *tender_deadline(kase.value));
  CHECK(e.complete());
  CHECK(e.ranked == 1);
  const TenderResult* late = find(e, "late");
  REQUIRE(late);
  CHECK(late->late);
  CHECK(late->rejections.at(0).code == "reject.late");
  // A late tender is rejected unread: its missing scores are no error.
  CHECK(codes(e.diagnostics).empty());
}

TEST_CASE("average, minimum score, and disagreement above the threshold") {
  const CaseLoad kase = small_case("average");
  Builder b;
  // Method average (3 + 4 + 4) / 3 = 3.67 < 4: rejected.
  b.tender("weak", "2018-05-30 10:00", {{"method", {3, 4, 4}}, {"team", {9, 9, 9}}});
  // Spread 9 - 4 = 5 > 40 % of 10: flagged. Average 6.33.
  b.tender("split", "2018-05-30 10:00", {{"method", {4, 9, 6}}, {"team", {7, 7, 7}}});
  // Spread exactly 4: not above the threshold.
  b.tender("level", "2018-05-30 10:00", {{"method", {5, 9, 7}}, {"team", {7, 7, 7}}});
  const Evaluation e = evaluate(kase.value, b.load, *tender_deadline(kase.value));
  CHECK(e.complete());
  CHECK(codes(e.diagnostics) == std::vector<std::string>{"score.disagreement"});
  const TenderResult* weak = find(e, "weak");
  REQUIRE(weak->rejections.size() == 1);
  CHECK(weak->rejections[0].code == "reject.below-min-score");
  CHECK(weak->rejections[0].args[1].second == "3.67");
  const TenderResult* split = find(e, "split");
  CHECK(split->criteria[0].disagreement);
  CHECK(split->criteria[0].spread->to_string() == "5");
  CHECK(split->total == doctest::Approx(0.6 * 19.0 / 3.0 + 0.4 * 7));
  CHECK_FALSE(find(e, "level")->criteria[0].disagreement);
  CHECK(e.tenders[0].tender->id == "level");
}

TEST_CASE("consensus: the agreed score counts, and a missing one is an error") {
  const CaseLoad kase = small_case("consensus");
  Builder b;
  b.tender("agreed", "2018-05-30 10:00", {{"method", {6, 7, 8}}, {"team", {5, 5, 6}}}, true, 7);
  b.tender("unagreed", "2018-05-30 10:00", {{"method", {6, 7, 8}}, {"team", {5, 5, 6}}});
  b.tender("unscored", "2018-05-30 10:00", {});
  b.load.assessments["unscored"].scores.clear();
  b.tender("failed", "2018-05-30 10:00", {}, false);
  const Evaluation e = evaluate(kase.value, b.load, *tender_deadline(kase.value));
  CHECK_FALSE(e.complete());
  // Sorted by place: the assessment of "unscored" has none (it sorts first).
  CHECK(codes(e.diagnostics) ==
        std::vector<std::string>{"score.none", "score.no-consensus", "score.no-consensus"});
  // The failed tender needs no scores: it is rejected at qualification.
  CHECK(find(e, "failed")->rejections.at(0).code == "reject.qualification");
}

TEST_CASE("the tenders lacking scores are counted whole, past the 200 diagnostics kept") {
  const CaseLoad kase = small_case("consensus");
  Builder b;
  b.tender("agreed", "2018-05-30 10:00", {{"method", {6, 7, 8}}, {"team", {5, 5, 6}}}, true, 7);
  b.tender("failed", "2018-05-30 10:00", {}, false);
  b.tender("late", "2018-06-01 10:00", {});
  // Each lacks six scores and two agreed ones: 8 000 errors in all.
  for (int i = 0; i < 1000; ++i)
    b.tender("t" + std::to_string(1000 + i), "2018-05-30 10:00", {{"method", {}}, {"team", {}}});
  const Evaluation e = evaluate(kase.value, b.load, *tender_deadline(kase.value));
  CHECK(e.diagnostics.items().size() <= 201u);
  CHECK(e.diagnostics.error_count() == 8000);
  CHECK(e.unfinished == 1000);
}

TEST_CASE("qualification: a verdict on every requirement") {
  const CaseLoad kase = small_case("average");
  Builder b;
  b.tender("x", "2018-05-30 10:00", {{"method", {6, 6, 6}}, {"team", {6, 6, 6}}});
  b.load.assessments["x"].qualification.clear();
  const Evaluation e = evaluate(kase.value, b.load, *tender_deadline(kase.value));
  CHECK(codes(e.diagnostics) == std::vector<std::string>{"qualification.missing"});
}

TEST_CASE("a tie for first after every rule: no winner, and a warning that names them") {
  const CaseLoad kase = small_case("average", "  tie_break: [highest-quality, lottery]\n");
  Builder b;
  b.tender("p", "2018-05-30 10:00", {{"method", {6, 6, 6}}, {"team", {6, 6, 6}}});
  b.tender("q", "2018-05-29 10:00", {{"method", {6, 6, 6}}, {"team", {6, 6, 6}}});
  const Evaluation e = evaluate(kase.value, b.load, *tender_deadline(kase.value));
  CHECK(e.complete());
  CHECK_FALSE(e.winner);
  CHECK(e.tenders[0].rank == 1);
  CHECK(e.tenders[1].rank == 1);
  CHECK(codes(e.diagnostics) == std::vector<std::string>{"tie.unresolved"});
  CHECK(e.diagnostics.items()[0].args[0].second == "'p', 'q'");
}

TEST_CASE("a criterion's scores copied hold an agreed score of their own") {
  // A lot's tenders are evaluated from a copy of their assessments.
  CriterionScores original;
  original.individual = {score("a", 7)};
  original.consensus = std::make_unique<EvaluatorScore>(score("consensus", 8));
  CriterionScores copy(original);
  REQUIRE(copy.consensus != nullptr);
  CHECK(copy.consensus != original.consensus);
  CHECK(copy.find("consensus")->score.to_string() == "8");
  original.consensus->score = Decimal::from_integer(3);
  CHECK(copy.find("consensus")->score.to_string() == "8");
  CriterionScores assigned;
  assigned = copy;
  copy.consensus.reset();
  REQUIRE(assigned.find("consensus") != nullptr);
  CHECK(assigned.find("consensus")->score.to_string() == "8");
  CHECK(assigned.find("a")->score.to_string() == "7");
  CHECK(copy.find("consensus") == nullptr);
}

TEST_CASE("evaluator scores combined exactly") {
  AwardCriteria award;
  award.combination = EvaluatorCombination::average;
  CriterionScores s;
  s.individual = {score("a", 7), score("b", 8), score("c", 8)};
  const CombinedScore average = combine_scores(s, award);
  CHECK(*average.score == doctest::Approx(23.0 / 3.0));
  CHECK(average.spread->to_string() == "1");
  CHECK_FALSE(average.disagreement);
  award.combination = EvaluatorCombination::consensus;
  CHECK_FALSE(combine_scores(s, award).score);
  s.consensus = std::make_unique<EvaluatorScore>(score("consensus", 8));
  CHECK(*combine_scores(s, award).score == 8);
  // A threshold of 10 % on 0-10: a spread of 1 is not above it, 1.5 is.
  award.disagreement_threshold = Decimal::from_integer(10);
  CHECK_FALSE(combine_scores(s, award).disagreement);
  s.individual[0].score = *Decimal::parse("6.5");
  CHECK(combine_scores(s, award).disagreement);
}
