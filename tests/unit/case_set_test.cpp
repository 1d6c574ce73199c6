// The cases a schedule tool reads on several threads at once: the same set,
// in the same order, with the same problems, as read on one.
#include <doctest/doctest.h>

#include <atomic>
#include <fstream>
#include <iterator>
#include <stdexcept>

#include "common/case_set.hpp"
#include "common/parallel_map.hpp"
#include "rule_test_support.hpp"
#include "test_support.hpp"

using namespace procure;
namespace fs = std::filesystem;

namespace {

// Each diagnostic as one line: enough to show a change of order or content.
std::vector<std::string> lines(const Diagnostics& diagnostics) {
  std::vector<std::string> out;
  for (const auto& d : diagnostics.items()) {
    std::string line = d.code;
    if (d.where)
      line += " " + d.where->file + ":" + std::to_string(d.where->line);
    for (const auto& [name, value] : d.args)
      line += " " + name + "=" + value;
    out.push_back(line);
  }
  return out;
}

struct SetSummary {
  std::vector<std::string> cases;  // folder and the keys of its schedule
  std::vector<std::string> errors;
  std::vector<std::string> warnings;
  std::vector<std::string> load_warnings;
};

SetSummary summary(const cli::CaseSet& set) {
  SetSummary s{{}, lines(set.errors), lines(set.warnings), lines(set.load_warnings)};
  for (const auto& c : set.cases) {
    std::string line = c.location.display;
    for (const auto& item : c.schedule.items)
      line += " " + item.key + (item.done ? "+" : "-");
    s.cases.push_back(line);
  }
  return s;
}

// Every shipped example twice, with all their files, and cases whose
// problems a set must keep in place: a case.yaml that is not YAML, a tender
// that cannot be read, a record the opening protocol contradicts.
void write_cases(const test::TempDir& dir) {
  const fs::path examples = test::source_dir / "examples";
  for (const auto& entry : fs::directory_iterator(examples)) {
    for (const char* copy : {"-a", "-b"})
      fs::copy(entry.path(), dir.path / (entry.path().filename().string() + copy),
               fs::copy_options::recursive);
  }
  dir.write("broken/case.yaml", "format: procure-case/1\nlanguages: [nb\n");
  const fs::path kmd = examples / "kmd-2018-prosessbistand";
  fs::copy(kmd, dir.path / "kmd-bad-tender", fs::copy_options::recursive);
  dir.write("kmd-bad-tender/bids/elvedal.yaml", "tenderer: [unclosed\n");
  fs::copy(kmd, dir.path / "kmd-disagrees", fs::copy_options::recursive);
  std::ifstream in(kmd / "case.yaml");
  std::string text{std::istreambuf_iterator<char>(in), std::istreambuf_iterator<char>()};
  text.replace(text.find("\nrecords:\n") + 10, 0, "  tenders_received: 3\n");
  dir.write("kmd-disagrees/case.yaml", text);
}

}  // namespace

TEST_CASE("parallel_map keeps the order of its input on any number of threads") {
  for (const unsigned workers : {1u, 2u, 7u, 64u}) {
    const auto squares =
        cli::parallel_map<std::size_t>(1000, workers, [](std::size_t i) { return i * i; });
    REQUIRE(squares.size() == 1000);
    for (std::size_t i = 0; i < squares.size(); ++i)
      CHECK(squares[i] == i * i);
  }
  CHECK(cli::parallel_map<int>(0, 4, [](std::size_t) { return 1; }).empty());
}

TEST_CASE("an exception on any thread of parallel_map reaches its caller") {
  const auto fails_at_37 = [](std::size_t i) {
    if (i == 37)
      throw std::logic_error("a bug");
    return static_cast<int>(i);
  };
  CHECK_THROWS_AS(cli::parallel_map<int>(100, 4, fails_at_37), std::logic_error);
  CHECK_THROWS_AS(cli::parallel_map<int>(100, 1, fails_at_37), std::logic_error);
}

TEST_CASE("a folder of cases read on several threads gives what one thread gives") {
  test::TempDir dir;
  write_cases(dir);
  const auto now = *parse_instant("2018-06-11 08:00");
  const auto one = summary(cli::load_case_set({dir.path.string()}, test::shipped_rules(), now, 1));
  REQUIRE(one.cases.size() > 10);
  CHECK_FALSE(one.errors.empty());
  CHECK_FALSE(one.warnings.empty());
  for (const unsigned workers : {2u, 3u, 16u}) {
    CAPTURE(workers);
    const auto many =
        summary(cli::load_case_set({dir.path.string()}, test::shipped_rules(), now, workers));
    CHECK(many.cases == one.cases);
    CHECK(many.errors == one.errors);
    CHECK(many.warnings == one.warnings);
    CHECK(many.load_warnings == one.load_warnings);
  }
}

TEST_CASE("each case is shown once, as read, and a case that failed is not shown") {
  test::TempDir dir;
  write_cases(dir);
  const auto now = *parse_instant("2018-06-11 08:00");
  const auto as_read = cli::show_case_outlines(
      {dir.path.string()}, test::shipped_rules(), now,
      [](cli::OutlinedCase&& c) { return std::move(c); }, {}, 1);
  REQUIRE(as_read.cases.size() > 10);
  CHECK_FALSE(as_read.errors.empty());
  for (const unsigned workers : {1u, 3u}) {
    CAPTURE(workers);
    std::atomic<std::size_t> shown{0};
    const auto keys = cli::show_case_outlines(
        {dir.path.string()}, test::shipped_rules(), now,
        [&](cli::OutlinedCase&& c) {
          ++shown;
          std::string line = c.location.display;
          for (const auto& item : c.outline.items)
            line += " " + item.key + (item.done ? "+" : "-");
          return line;
        },
        {}, workers);
    CHECK(shown == as_read.cases.size());
    REQUIRE(keys.cases.size() == as_read.cases.size());
    for (std::size_t i = 0; i < keys.cases.size(); ++i)
      CHECK(keys.cases[i].rfind(as_read.cases[i].location.display + " ", 0) == 0);
    CHECK(lines(keys.errors) == lines(as_read.errors));
    CHECK(lines(keys.warnings) == lines(as_read.warnings));
    CHECK(lines(keys.load_warnings) == lines(as_read.load_warnings));
  }
}
