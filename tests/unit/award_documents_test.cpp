// The award documents' data, read off the evaluation of the examples: who
// the letters go to, the standstill end from the case's schedule, the
// comparison per criterion, and the grounds of a rejection.
#include <doctest/doctest.h>

#include "procure/documents/document_kind.hpp"
#include "procure/load/case_loader.hpp"
#include "rule_test_support.hpp"

using namespace procure;

namespace {

struct Example {
  CaseLoad kase;
  DialogueRecord dialogue;
  std::unique_ptr<CaseEvaluation> evaluated;

  explicit Example(const char* name)
      : kase(load_case(test::source_dir / "examples" / name, name)),
        evaluated(std::make_unique<CaseEvaluation>(kase.value, test::source_dir / "examples" / name,
                                                   name)) {}

  DocumentSources sources(Date today, std::string tenderer = {}) const {
    return {
        kase.value,         dialogue, today, false, "test", evaluated.get(), &test::shipped_rules(),
        std::move(tenderer)};
  }
};

nlohmann::json data_of(const char* document, const DocumentSources& sources,
                       Diagnostics& diagnostics) {
  return document_data(*find_document_kind(document), sources, Lang::en, diagnostics);
}

}  // namespace

TEST_CASE("letters go to every tender, rejection letters to the rejected ones") {
  const Example kmd("kmd-2018-prosessbistand");
  REQUIRE(kmd.evaluated->ok());
  const auto sources = kmd.sources(*Date::from_ymd(2018, 6, 5));
  const auto notices = document_recipients(*find_document_kind("award-notice"), sources);
  CHECK(notices.size() == 14);
  CHECK(notices.front() == "fjordlys");  // ranked ones first, the winner first of all
  CHECK(notices.back() == "skyggefri");
  CHECK(document_recipients(*find_document_kind("rejection-letter"), sources) ==
        std::vector<std::string>{"skyggefri"});
  CHECK(document_recipients(*find_document_kind("evaluation-report"), sources).empty());
}

TEST_CASE("award notice: the standstill end comes from the schedule, checked by the rules") {
  const Example kmd("kmd-2018-prosessbistand");
  Diagnostics diagnostics;
  const auto data =
      data_of("award-notice", kmd.sources(*Date::from_ymd(2018, 6, 5), "havgap"), diagnostics);
  REQUIRE(diagnostics.empty());
  CHECK(data["standstill"]["end"] == "Friday 15 June 2018");
  CHECK(data["standstill"]["rule"] == "FOA § 25-2");
  CHECK(data["winner"]["id"] == "fjordlys");
  CHECK(data["rank"] == "5");
  // Price: the chosen tender's price scores lower than havgap's, the lowest.
  const auto& price = data["criteria"][0];
  CHECK(price["is_price"] == true);
  CHECK(price["yours_ahead"] == true);
  CHECK(price["yours"]["price"] ==
        "NOK\xC2\xA0"
        "1\xC2\xA0"
        "180\xC2\xA0"
        "000");  // no-break spaces

  Diagnostics wrong_day;
  data_of("award-notice", kmd.sources(*Date::from_ymd(2018, 6, 6), "havgap"), wrong_day);
  REQUIRE(wrong_day.items().size() == 1);
  CHECK(wrong_day.items().front().code == "document.award-notice-date");
}

TEST_CASE("rejection letter: the ground, the requirement, the reason and the rule") {
  const Example kmd("kmd-2018-prosessbistand");
  Diagnostics diagnostics;
  const auto data = data_of("rejection-letter",
                            kmd.sources(*Date::from_ymd(2018, 6, 5), "skyggefri"), diagnostics);
  REQUIRE(diagnostics.empty());
  REQUIRE(data["grounds"].size() == 1);
  const auto& ground = data["grounds"][0];
  CHECK(ground["is_qualification"] == true);
  CHECK(ground["requirement_number"] == "2");
  CHECK(ground["rule"] == "FOA § 24-2");
}

TEST_CASE("the prize: no standstill, the three nominees, the late application rejected") {
  const Example prize("innovasjonspris-2018");
  REQUIRE(prize.evaluated->ok());
  Diagnostics diagnostics;
  const auto data =
      data_of("award-notice", prize.sources(*Date::from_ymd(2018, 6, 8), "s23"), diagnostics);
  REQUIRE(diagnostics.empty());
  CHECK(data["has_standstill"] == false);
  CHECK(data["nominees"].size() == 3);
  CHECK(data["is_nominee"] == true);
  CHECK(data["is_winner"] == false);
  const auto late =
      data_of("rejection-letter", prize.sources(*Date::from_ymd(2018, 4, 17), "s44"), diagnostics);
  CHECK(late["grounds"][0]["is_late"] == true);
}

TEST_CASE("an award document dated before the opening is refused") {
  const Example kmd("kmd-2018-prosessbistand");
  Diagnostics diagnostics;
  data_of("evaluation-report", kmd.sources(*Date::from_ymd(2018, 5, 30)), diagnostics);
  REQUIRE(diagnostics.has_errors());
  CHECK(diagnostics.items().front().code == "document.before-opening");
}
