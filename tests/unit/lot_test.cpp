#include <doctest/doctest.h>

#include <filesystem>

#include "procure/evaluation/score_sheet.hpp"
#include "procure/evaluation/tender_deadline.hpp"
#include "procure/evaluation/tender_lots.hpp"
#include "procure/load/case_loader.hpp"
#include "procure/model/lot_view.hpp"
#include "test_support.hpp"

using namespace procure;
using test::codes;

namespace {

const std::filesystem::path two_lots =
    std::filesystem::path(PROCURE_SOURCE_DIR) / "tests/golden/lots/fixture/twolots";

}  // namespace

TEST_CASE("lots: read with their own criteria, or the case's") {
  const CaseLoad load = load_case(two_lots, "twolots");
  REQUIRE(load.ok());
  CHECK(codes(load.diagnostics).empty());
  const Case& kase = load.value;
  REQUIRE(kase.lots.lots.size() == 2u);
  CHECK(kase.lots.max_per_tenderer == 2);
  CHECK(kase.lots.ids() == std::vector<std::string>{"prosess", "analyse"});
  const Lot& analyse = *kase.lots.find("analyse");
  CHECK(analyse.estimated_value->minor_units() == 90'000'000);
  REQUIRE(analyse.award.has_value());
  CHECK(analyse.award->price_model->kind == PriceModelKind::proportional);
  CHECK_FALSE(kase.lots.find("prosess")->award.has_value());
  CHECK(kase.lots.find("design") == nullptr);
}

TEST_CASE("lot view: the lot's title, value and criteria; the case's where it has none") {
  const CaseLoad load = load_case(two_lots, "twolots");
  REQUIRE(load.ok());
  const Case& kase = load.value;
  const Case prosess = lot_view(kase, *kase.lots.find("prosess"));
  // The lot by its number in the case's order and its title, never its id.
  CHECK(prosess.title.in(Lang::nb, Lang::en) == "Prosessbistand, delkontrakt 1: Prosessledelse");
  CHECK(prosess.title.in(Lang::en, Lang::en) == "Process assistance, lot 1: Process management");
  CHECK(prosess.estimated_value->minor_units() == 140'000'000);
  CHECK(prosess.award->price_model->kind == PriceModelKind::linear);
  CHECK(prosess.qualification.size() == 1u);
  const Case analyse = lot_view(kase, *kase.lots.find("analyse"));
  CHECK(analyse.title.in(Lang::nb, Lang::en) == "Prosessbistand, delkontrakt 2: Analyse");
  CHECK(analyse.award->find("insight") != nullptr);
  REQUIRE(analyse.qualification.size() == 1u);
  CHECK(analyse.qualification[0].id == "references");
  CHECK(analyse.cpv == kase.cpv);
}

TEST_CASE("lots: without a value of its own, the case is worth the lots' sum") {
  const auto load = load_case_text("case.yaml", R"(format: procure-case/1
languages: [en]
reference: "T"
title: T
buyer: {name: B, kind: other}
procedure: open
lots:
  list:
    - id: a
      title: A
      estimated_value: NOK 1 200 000
    - id: b
      title: B
      estimated_value: NOK 900 000,50
)");
  REQUIRE(load.ok());
  CHECK(load.value.estimated_value->minor_units() == 210'000'050);
}

TEST_CASE("tenders for lots: the lot's tenders and assessments only") {
  TenderLoad all;
  for (const auto& [id, lot] : {std::pair{"a1", "a"}, std::pair{"b1", "b"}, std::pair{"a2", "a"}}) {
    Tender tender;
    tender.id = id;
    tender.lot = lot;
    all.tenders.push_back(tender);
    all.assessments[id] = Assessment{};
  }
  const TenderLoad a = tenders_for_lot(all, "a");
  REQUIRE(a.tenders.size() == 2u);
  CHECK(a.tenders[1].id == "a2");
  CHECK(a.assessments.size() == 2u);
  CHECK(a.assessment("b1") == nullptr);
  CHECK(tenders_for_lot(all, "c").tenders.empty());
}

TEST_CASE("scoring sheets for lots: the lot's tenders and criteria, the lot in name and marker") {
  const CaseLoad load = load_case(two_lots, "twolots");
  REQUIRE(load.ok());
  const Case& kase = load.value;
  const TenderLoad tenders = load_tenders(kase, two_lots, "twolots", false);
  const auto deadline = tender_deadline(kase);
  REQUIRE(deadline);
  const Lot& prosess = *kase.lots.find("prosess");
  const Lot& analyse = *kase.lots.find("analyse");

  // Lot 'analyse' has criteria and a requirement of its own.
  const ScoreSheetLayout own = score_sheet_layout(kase, tenders, *deadline, "ann", true, &analyse);
  REQUIRE(own.tenders.size() == 2u);
  CHECK(own.tenders[0].id == "alfa-analyse");
  CHECK(own.tenders[1].id == "gamma-analyse");
  REQUIRE(own.criteria.size() == 1u);
  CHECK(own.criteria[0]->id == "insight");
  REQUIRE(own.requirements.size() == 1u);
  CHECK(own.requirements[0]->id == "references");
  CHECK(own.lot == "analyse");

  // Lot 'prosess' shares the case's.
  const ScoreSheetLayout shared =
      score_sheet_layout(kase, tenders, *deadline, "ann", true, &prosess);
  REQUIRE(shared.tenders.size() == 2u);
  CHECK(shared.tenders[0].id == "alfa-prosess");
  REQUIRE(shared.criteria.size() == 1u);
  CHECK(shared.criteria[0]->id == "method");
  CHECK(shared.requirements[0]->id == "tax");

  // The lot is part of the fingerprint, and named in the marker after the
  // cells a sheet without lots has.
  ScoreSheetLayout unmarked = shared;
  unmarked.lot.clear();
  CHECK(unmarked.fingerprint() != shared.fingerprint());
  CHECK(score_sheet_marker_cells(unmarked, "Scores", "Qualification").size() == 6u);
  const auto cells = score_sheet_marker_cells(shared, "Scores", "Qualification");
  REQUIRE(cells.size() == 7u);
  CHECK(cells[6] == "prosess");

  CHECK(score_sheet_file_name(kase, "ann", &analyse) == "score-sheet-lot2-analyse-ann.xlsx");
  CHECK(score_sheet_file_name(kase, "ann", nullptr) == "score-sheet-ann.xlsx");
  CHECK(sheet_evaluators(kase, &analyse) == std::vector<std::string>{"ann", "bob", "consensus"});
}

TEST_CASE("an evaluator's tables of a lot are read, named by ids as long as ids may be") {
  test::TempDir dir;
  std::filesystem::copy(two_lots / "case.yaml", dir.path / "case.yaml");
  std::filesystem::copy(two_lots / "bids", dir.path / "bids");
  const CaseLoad load = load_case(dir.path, "case");
  REQUIRE(load.ok());
  // An evaluator's id of 64 characters (the most an id has), and the lot's.
  const std::string owner = std::string(64, 'e') + "-analyse";
  dir.write("evaluation/scores-" + owner + ".csv",
            "tender,criterion,evaluator,score,reason\ngamma-analyse,insight,consensus,5,Some.\n");
  const TenderLoad tenders = load_tenders(load.value, dir.path, "case", true);
  CHECK(codes(tenders.diagnostics).empty());
  const Assessment* assessed = tenders.assessment("gamma-analyse");
  REQUIRE(assessed != nullptr);
  CHECK(assessed->scores.count("insight") == 1u);
}
