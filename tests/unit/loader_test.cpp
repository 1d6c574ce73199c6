#include <doctest/doctest.h>
#include <sys/stat.h>

#include <filesystem>
#include <fstream>

#include "procure/core/source_file.hpp"
#include "procure/load/case_loader.hpp"
#include "procure/model/cpv_code.hpp"
#include "procure/model/organisation_number.hpp"
#include "test_support.hpp"

using namespace procure;
using test::codes;
using test::TempDir;
namespace fs = std::filesystem;

namespace {

using test::examples;

}  // namespace

TEST_CASE("organisation numbers: modulus 11") {
  CHECK(OrganisationNumber::parse("972417858")->grouped() == "972 417 858");
  CHECK(OrganisationNumber::parse("972 417 858").ok());
  CHECK(OrganisationNumber::parse("972417859").problem().code == "orgnr.bad-check-digit");
  CHECK(OrganisationNumber::parse("97241785").problem().code == "orgnr.invalid");
  CHECK(OrganisationNumber::parse("97241785x").problem().code == "orgnr.invalid");
}

TEST_CASE("CPV codes: form only") {
  CHECK(CpvCode::parse("79411000-8")->division() == "79");
  CHECK(CpvCode::parse("79411000").ok());
  CHECK(CpvCode::parse("7941100-8").problem().code == "cpv.invalid");
  CHECK(CpvCode::parse("00000000-0").problem().code == "cpv.invalid");
}

TEST_CASE("the shipped examples load without a problem") {
  for (const char* name : {"kmd-2018-prosessbistand", "innovasjonspris-2018"}) {
    CAPTURE(name);
    const CaseLoad load = load_case(examples / name, name);
    CHECK(load.ok());
    CHECK(codes(load.diagnostics).empty());
  }
}

TEST_CASE("the KMD example holds the seed's facts") {
  const CaseLoad load = load_case(examples / "kmd-2018-prosessbistand", "kmd");
  REQUIRE(load.ok());
  const Case& c = load.value;
  CHECK(c.timeline.find("dialogue_meeting_start")->exact()->iso() == "2018-03-22 09:30");
  CHECK(c.timeline.find("dialogue_meeting_end")->exact()->iso() == "2018-03-22 12:00");
  CHECK(c.timeline.find("written_input_deadline")->exact()->iso() == "2018-04-06 12:00");
  const Milestone* notice = c.timeline.find(MilestoneKind::notice_sent);
  REQUIRE(notice != nullptr);
  CHECK(notice->earliest_date().iso() == "2018-04-16");
  CHECK(notice->latest_date().iso() == "2018-04-29");
  CHECK(c.timeline.find("contract_signature")->exact()->iso() == "2018-06-18");
  REQUIRE(c.market_dialogue.written_input.has_value());
  CHECK(c.market_dialogue.written_input->questions.size() == 4u);
  CHECK(c.timeline.resolve(c.market_dialogue.meetings.at(0).start)->iso() == "2018-03-22 09:30");
  CHECK(c.estimated_value->minor_units() == 250000000);
  CHECK(c.award->effective_weight("metode")->to_string() == "35");
  CHECK(c.award->effective_weight("pris")->to_string() == "30");
  CHECK(c.location("timeline.tender_deadline")->line > 0);
}

TEST_CASE("one pass reports every problem of a broken case") {
  std::string text;
  {
    std::ifstream in(examples / "kmd-2018-prosessbistand" / "case.yaml");
    text.assign(std::istreambuf_iterator<char>(in), std::istreambuf_iterator<char>());
  }
  const auto replace = [&](const std::string& from, const std::string& to) {
    const auto at = text.find(from);
    REQUIRE_MESSAGE(at != std::string::npos, from);
    text.replace(at, from.size(), to);
  };
  replace("procedure: open", "procedure: opne");
  replace("      weight: 30 %", "      weight: thirty");
  replace("  tender_deadline: 2018-05-31 12:00", "  tender_deadline: 2018-02-30 12:00");
  replace("electronic_submission: true", "electronic_submission: yes");
  const CaseLoad load = load_case_text("case.yaml", text);
  CHECK(codes(load.diagnostics) ==
        std::vector<std::string>{"value.unknown-choice-suggest", "value.expected-boolean",
                                 "date.no-such-day", "value.expected-percent"});
}

TEST_CASE("files that are not text are refused before parsing") {
  Diagnostics diagnostics;
  CHECK_FALSE(make_source_file("x.yaml", std::string("a: 1\n\0b", 8), diagnostics).has_value());
  CHECK_FALSE(make_source_file("x.yaml", "a: \xFF\xFE\n", diagnostics).has_value());
  REQUIRE(codes(diagnostics) == std::vector<std::string>{"file.binary", "file.not-utf8"});
  CHECK(diagnostics.items()[1].where->line == 1);
  CHECK(diagnostics.items()[1].where->column == 4);
  CHECK(diagnostics.items()[1].where->line_text == "a: ??");
}

TEST_CASE("a byte order mark and CRLF line ends are accepted") {
  std::ifstream in(examples / "kmd-2018-prosessbistand" / "case.yaml");
  std::string text((std::istreambuf_iterator<char>(in)), std::istreambuf_iterator<char>());
  std::string windows = "\xEF\xBB\xBF";
  for (const char c : text)
    windows += c == '\n' ? std::string("\r\n") : std::string(1, c);
  const CaseLoad load = load_case_text("case.yaml", windows);
  CHECK(codes(load.diagnostics).empty());
}

TEST_CASE("a 50 MB file is refused by its size, without being read") {
  TempDir dir;
  {
    std::ofstream out(dir.path / "case.yaml", std::ios::binary);
    const std::string line(1023, 'x');
    for (int i = 0; i < 50 * 1024; ++i)
      out << line << '\n';
  }
  const CaseLoad load = load_case(dir.path, "big");
  CHECK_FALSE(load.parsed);
  CHECK(codes(load.diagnostics) == std::vector<std::string>{"file.too-large"});
}

// What read_source_file reports for `path`: the text read, or the codes of its problems.
std::string read_outcome(const std::filesystem::path& path, std::size_t max_bytes = 1024) {
  Diagnostics diagnostics;
  const auto file = read_source_file(path, "shown", diagnostics, ReadLimits{max_bytes});
  if (file)
    return "text:" + file->text();
  std::string codes_seen;
  for (const auto& d : diagnostics.items())
    codes_seen += d.code + " ";
  return codes_seen;
}

TEST_CASE("reading a file: what stands at its path decides the problem, and nothing waits") {
  TempDir dir;
  const auto write = [&](const std::string& name, const std::string& text) {
    std::ofstream(dir.path / name, std::ios::binary) << text;
  };
  write("case.yaml", "reference: A-1\n");
  write("empty.yaml", "");
  write("at-limit.yaml", std::string(16, 'x'));
  write("over-limit.yaml", std::string(17, 'x'));
  std::filesystem::create_directory(dir.path / "folder");
  std::filesystem::create_symlink(dir.path / "case.yaml", dir.path / "link.yaml");
  std::filesystem::create_symlink(dir.path / "gone.yaml", dir.path / "dangling.yaml");
  // A pipe without a writer: opening it to wait for one would hang the tool.
  REQUIRE(::mkfifo((dir.path / "pipe.yaml").c_str(), 0600) == 0);

  CHECK(read_outcome(dir.path / "case.yaml") == "text:reference: A-1\n");
  CHECK(read_outcome(dir.path / "empty.yaml") == "text:");
  CHECK(read_outcome(dir.path / "link.yaml") == "text:reference: A-1\n");
  CHECK(read_outcome(dir.path / "at-limit.yaml", 16) == "text:" + std::string(16, 'x'));
  CHECK(read_outcome(dir.path / "over-limit.yaml", 16) == "file.too-large ");
  CHECK(read_outcome(dir.path / "missing.yaml") == "file.not-found ");
  CHECK(read_outcome(dir.path / "dangling.yaml") == "file.not-found ");
  CHECK(read_outcome(dir.path / "case.yaml" / "inside") == "file.not-found ");
  CHECK(read_outcome(dir.path / "folder") == "file.not-regular ");
  CHECK(read_outcome(dir.path / "pipe.yaml") == "file.not-regular ");
  CHECK(read_outcome("/dev/null") == "file.not-regular ");
}

TEST_CASE("finding cases: a folder, its case.yaml, or a folder of cases") {
  Diagnostics diagnostics;
  const auto cases =
      find_cases({examples.string(), (examples / "kmd-2018-prosessbistand" / "case.yaml").string(),
                  "/nonexistent/folder"},
                 diagnostics);
  REQUIRE(cases.size() == 6u);
  CHECK(cases[0].folder.filename() == "bergvik-2025-digital-byggesak");
  CHECK(cases[1].folder.filename() == "innovasjonspris-2018");
  CHECK(cases[2].folder.filename() == "kmd-2018-prosessbistand");
  CHECK(cases[3].folder.filename() == "kmd-2019-rammeavtale");
  CHECK(cases[4].folder.filename() == "solvik-2025-renhold");
  CHECK(cases[5].folder.filename() == "kmd-2018-prosessbistand");
  CHECK(codes(diagnostics) == std::vector<std::string>{"case.not-found"});
}

namespace {

// A folder of cases, folders that are none, a file, and links to each.
void write_folder_of_cases(const test::TempDir& dir) {
  const auto case_text = test::read_text(examples / "kmd-2018-prosessbistand" / "case.yaml");
  dir.write("b-case/case.yaml", case_text);
  dir.write("a-case/case.yaml", case_text);
  dir.write("c-no-case/notes.txt", "notes\n");
  dir.write("d-case-file-is-a-folder/case.yaml/notes.txt", "notes\n");
  dir.write("e-file.yaml", case_text);
  dir.write("f-elsewhere/case.yaml", case_text);
  std::filesystem::create_directory_symlink(dir.path / "f-elsewhere", dir.path / "g-linked");
  std::filesystem::create_directories(dir.path / "h-case-file-linked");
  std::filesystem::create_symlink(dir.path / "a-case/case.yaml",
                                  dir.path / "h-case-file-linked/case.yaml");
  std::filesystem::create_symlink(dir.path / "e-file.yaml", dir.path / "i-link-to-a-file");
}

}  // namespace

TEST_CASE("a folder of cases holds the folders, and links to them, with a case.yaml file") {
  test::TempDir dir;
  write_folder_of_cases(dir);
  Diagnostics diagnostics;
  const auto cases = find_cases({dir.path.string()}, diagnostics);
  std::vector<std::string> names;
  for (const auto& c : cases)
    names.push_back(c.folder.filename().string() + " " +
                    c.display.substr(dir.path.string().size()));
  CHECK(names == std::vector<std::string>{"a-case /a-case", "b-case /b-case",
                                          "f-elsewhere /f-elsewhere", "g-linked /g-linked",
                                          "h-case-file-linked /h-case-file-linked"});
  CHECK(diagnostics.empty());
}

TEST_CASE("a case.yaml named that is not a regular file is the case's, and loading says why") {
  test::TempDir dir;
  fs::create_directories(dir.path / "case");
  REQUIRE(::mkfifo((dir.path / "case" / "case.yaml").c_str(), 0644) == 0);
  REQUIRE(::mkfifo((dir.path / "notes").c_str(), 0644) == 0);
  Diagnostics diagnostics;
  const auto cases = find_cases(
      {(dir.path / "case" / "case.yaml").string(), (dir.path / "notes").string()}, diagnostics);
  REQUIRE(cases.size() == 1u);
  CHECK(codes(diagnostics) == std::vector<std::string>{"case.not-a-case-file"});
  // Not "no such file": the pipe is there, and is never waited on.
  CHECK(codes(load_case(cases[0].folder, "case").diagnostics) ==
        std::vector<std::string>{"file.not-regular"});
}

TEST_CASE(
    "a folder of cases gives its folders from its first case on as candidates, that one asked") {
  test::TempDir dir;
  write_folder_of_cases(dir);
  dir.write("0-notes/notes.txt", "notes\n");
  dir.write("portfolio-without-cases/notes/notes.txt", "notes\n");
  Diagnostics diagnostics;
  const auto candidates =
      find_case_candidates({dir.path.string(), (dir.path / "b-case").string(),
                            (dir.path / "portfolio-without-cases").string(), "/nonexistent"},
                           diagnostics);
  std::vector<std::string> names;
  for (const auto& c : candidates)
    names.push_back(c.location.folder.filename().string() + (c.known_case ? " known" : ""));
  CHECK(names == std::vector<std::string>{"a-case known", "b-case", "c-no-case",
                                          "d-case-file-is-a-folder", "f-elsewhere", "g-linked",
                                          "h-case-file-linked", "i-link-to-a-file",
                                          "portfolio-without-cases", "b-case known"});
  CHECK(codes(diagnostics) ==
        std::vector<std::string>{"case.folder-without-cases", "case.not-found"});
  // Asked, the candidates are find_cases' cases, and its diagnostics the same.
  Diagnostics found_diagnostics;
  const auto cases = find_cases({dir.path.string(), (dir.path / "b-case").string(),
                                 (dir.path / "portfolio-without-cases").string(), "/nonexistent"},
                                found_diagnostics);
  std::vector<std::string> asked;
  for (const auto& c : candidates) {
    if (c.known_case || holds_case_file(c.location.folder))
      asked.push_back(c.location.display);
  }
  std::vector<std::string> found;
  for (const auto& c : cases)
    found.push_back(c.display);
  CHECK(asked == found);
  CHECK(found.size() == 6u);
  CHECK(codes(found_diagnostics) == codes(diagnostics));
}
