// A large score table read in parts at once (TaskRunner) must give what
// reading it in one pass gives: the same scores in the same order with the
// same places, and the same problems, whatever the parts, their order and
// their threads, wherever a part's guessed start falls (inside a quoted
// reason over several lines, on a broken row, on a score given twice).
#include <doctest/doctest.h>

#include <algorithm>
#include <filesystem>
#include <map>
#include <string>
#include <vector>

#include "../shared/part_runners.hpp"
#include "../shared/tender_load_lines.hpp"
#include "procure/evaluation/case_evaluation.hpp"
#include "procure/evaluation/csv_table.hpp"
#include "procure/evaluation/tender_loader.hpp"
#include "procure/load/case_loader.hpp"
#include "test_support.hpp"

using namespace procure;
namespace fs = std::filesystem;

namespace {

const fs::path prize_example = fs::path(PROCURE_SOURCE_DIR) / "examples" / "innovasjonspris-2018";

// Where two loads' shown lines first differ; empty when they are the same.
std::string first_difference(const std::vector<std::string>& got,
                             const std::vector<std::string>& expected) {
  for (std::size_t i = 0; i < std::max(got.size(), expected.size()); ++i) {
    const std::string a = i < got.size() ? got[i] : "(none)";
    const std::string b = i < expected.size() ? expected[i] : "(none)";
    if (a != b)
      return "line " + std::to_string(i) + ": " + a + "\n  in one pass: " + b;
  }
  return {};
}

// The example with `scores` as its score table.
struct PrizeCase {
  test::TempDir dir;
  CaseLoad kase;
  explicit PrizeCase(const std::string& scores) {
    fs::copy(prize_example, dir.path, fs::copy_options::recursive);
    dir.write("evaluation/scores.csv", scores);
    kase = load_case(dir.path, "prize");
    REQUIRE(kase.ok());
  }
  TenderLoad read(const TaskRunner& runner) const {
    return load_tenders(kase.value, dir.path, "prize", true, runner);
  }
};

std::string example_scores() {
  return test::read_text(prize_example / "evaluation" / "scores.csv");
}

// The example's score table (its lines end in CRLF) with each row, without
// its line end, changed by `change` (row index, row text).
template <class Change>
std::string changed_rows(Change change) {
  const std::string text = example_scores();
  std::string out;
  std::size_t index = 0;
  for (std::size_t start = 0; start < text.size();) {
    const std::size_t end = std::min(text.find("\r\n", start), text.size());
    out += change(index++, text.substr(start, end - start));
    start = end + 2;
  }
  return out;
}

std::string unchanged_row(std::size_t, const std::string& row) {
  return row + "\n";
}

// The example's score table with the rows at the given indexes replaced.
std::string rows_replaced(const std::map<std::size_t, std::string>& replacements) {
  return changed_rows([&](std::size_t index, const std::string& row) -> std::string {
    const auto found = replacements.find(index);
    return found != replacements.end() ? found->second : row + "\n";
  });
}

void check_parts_read_as_one(const std::string& scores) {
  const PrizeCase prize(scores);
  const auto in_one_pass = test::tender_load_lines(prize.read(TaskRunner{}));
  std::vector<std::size_t> task_counts;
  for (const TaskRunner& runner : test::part_runners(task_counts)) {
    INFO("width " << runner.width);
    CHECK(first_difference(test::tender_load_lines(prize.read(runner)), in_one_pass) == "");
  }
  // The table was split: the runners were given tasks to run at once.
  CHECK(*std::max_element(task_counts.begin(), task_counts.end()) >= 16);
}

}  // namespace

TEST_CASE("a score table read in parts: the same scores and places as in one pass") {
  SUBCASE("the example's table") {
    const std::string scores = example_scores();
    const PrizeCase prize(scores);
    const TenderLoad whole = prize.read(TaskRunner{});
    CHECK(test::codes(whole.diagnostics).empty());
    CHECK(whole.assessments.size() == 47);
    check_parts_read_as_one(scores);
  }
  SUBCASE("LF line ends") {
    check_parts_read_as_one(changed_rows(unchanged_row));
  }
  SUBCASE("reasons over several lines, where a part's start may fall inside one") {
    check_parts_read_as_one(
        changed_rows([](std::size_t index, const std::string& row) -> std::string {
          if (index == 0 || index % 7 != 0 || !row.ends_with("\""))
            return row + "\n";
          return row.substr(0, row.size() - 1) + "\nmore\n\nand more\"\n";
        }));
  }
  SUBCASE("reasons whose last line reads as a row of its own") {
    // A part starting inside such a reason finds a score there without a
    // problem, one the table does not give (that row is left out): only
    // where the part before it ended shows the start was wrong.
    check_parts_read_as_one(changed_rows(
        [held = std::string()](std::size_t index, const std::string& row) mutable -> std::string {
          if (index > 0 && index % 7 == 0 && row.ends_with("\"")) {
            held = row.substr(0, row.size() - 1);
            return std::string();
          }
          if (held.empty())
            return row + "\n";
          const std::string trap = held + "\n" + row.substr(0, row.find(",\"")) + ",x\"\n";
          held.clear();
          return trap;
        }));
  }
  SUBCASE("rows that need quotes but have none, and blank lines") {
    check_parts_read_as_one(
        changed_rows([](std::size_t index, const std::string& row) -> std::string {
          if (index % 50 == 25)
            return row + "\n\n\n";
          if (index % 90 == 45)
            return "s01,resultater,jury-a,5,a \"quoted\" word, and a comma\n";
          return row + "\n";
        }));
  }
}

TEST_CASE("a score table read in parts: the same problems as in one pass") {
  SUBCASE("an unknown tender and an unknown evaluator late in the table") {
    check_parts_read_as_one(rows_replaced(
        {{600, "s99,resultater,jury-a,5,x\n"}, {700, "s01,resultater,jury-z,5,x\n"}}));
  }
  SUBCASE("a score given again in a later part") {
    std::string first;
    check_parts_read_as_one(
        changed_rows([&](std::size_t index, const std::string& row) -> std::string {
          if (index == 1)
            first = row;
          if (index == 700)
            return row + "\n" + first + "\n";
          return row + "\n";
        }));
  }
  SUBCASE("a quote left open that a later quote closes") {
    check_parts_read_as_one(rows_replaced({{400, "s01,resultater,jury-a,5,\"left open\n"}}));
  }
  SUBCASE("a quote never closed") {
    check_parts_read_as_one(rows_replaced({{740, "s01,resultater,jury-a,5,\"never closed\n"}}));
  }
  SUBCASE("rows with too few and too many fields, and empty cells") {
    check_parts_read_as_one(
        changed_rows([](std::size_t index, const std::string& row) -> std::string {
          if (index % 100 == 50)
            return "s01,resultater\n";
          if (index % 100 == 75)
            return row + ",extra\n";
          if (index % 100 == 99)
            return ",resultater,jury-a,,\n";
          return row + "\n";
        }));
  }
}

TEST_CASE("a score table with lone CR line ends is read in one pass") {
  // A part starts after a line feed: a table without one is never split.
  const PrizeCase prize(
      changed_rows([](std::size_t, const std::string& row) -> std::string { return row + "\r"; }));
  std::vector<std::size_t> task_counts;
  const auto in_one_pass = test::tender_load_lines(prize.read(TaskRunner{}));
  for (const TaskRunner& runner : test::part_runners(task_counts))
    CHECK(first_difference(test::tender_load_lines(prize.read(runner)), in_one_pass) == "");
  // The runners ran only the tasks that read the tables' files and check their text.
  std::vector<std::size_t> reading_counts;
  for (const TaskRunner& runner : test::part_runners(reading_counts)) {
    for (const char* table :
         {"bids/tenders.csv", "evaluation/qualification.csv", "evaluation/scores.csv"}) {
      Diagnostics problems;
      CHECK(read_csv_source(prize.dir.path / table, table, problems, {}, runner).has_value());
    }
  }
  std::sort(task_counts.begin(), task_counts.end());
  std::sort(reading_counts.begin(), reading_counts.end());
  CHECK(task_counts == reading_counts);
}

namespace {

// What an evaluation shows: its problems and each tender's result.
std::vector<std::string> evaluation_shown(const CaseEvaluation& evaluated) {
  TenderLoad problems;
  problems.diagnostics = evaluated.diagnostics();
  std::vector<std::string> shown = test::tender_load_lines(problems);
  if (!evaluated.ok())
    return shown;
  for (const TenderResult& r : evaluated.evaluation().tenders) {
    std::string line = r.tender->id + " rank " + std::to_string(r.rank) + " total " +
                       std::to_string(r.total) + (r.late ? " late" : "");
    for (const auto& rejection : r.rejections)
      line += " " + rejection.code;
    for (const auto& c : r.criteria)
      line += " " + std::to_string(c.score) + "/" + std::to_string(c.points);
    shown.push_back(line);
  }
  return shown;
}

void check_evaluation_in_parts(const std::string& scores) {
  const PrizeCase prize(scores);
  const CaseEvaluation whole(prize.kase.value, prize.dir.path, "prize");
  const auto in_one_pass = evaluation_shown(whole);
  std::vector<std::size_t> task_counts;
  for (const TaskRunner& runner : test::part_runners(task_counts)) {
    INFO("width " << runner.width);
    const CaseEvaluation in_parts(prize.kase.value, prize.dir.path, "prize",
                                  EvaluationOptions{.parallel = runner});
    CHECK(first_difference(evaluation_shown(in_parts), in_one_pass) == "");
  }
  // The tenders were taken one a task (the widest runner has more tasks than tenders).
  const std::size_t tenders = whole.tenders().tenders.size();
  CHECK(std::find(task_counts.begin(), task_counts.end(), tenders) != task_counts.end());
}

}  // namespace

TEST_CASE("an evaluation in parts: the same ranking and problems as in one pass") {
  SUBCASE("the example") {
    check_evaluation_in_parts(example_scores());
  }
  SUBCASE("scores missing from many tenders, more problems than are kept") {
    check_evaluation_in_parts(changed_rows([](std::size_t index, const std::string& row) {
      return index % 3 == 1 ? std::string() : row + "\n";
    }));
  }
  SUBCASE("scores missing from a few tenders") {
    check_evaluation_in_parts(rows_replaced({{17, ""}, {400, ""}, {701, ""}}));
  }
}
