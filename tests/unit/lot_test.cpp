#include <doctest/doctest.h>

#include <filesystem>

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
