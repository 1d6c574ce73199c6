// A folder that cannot be listed or searched is reported as such, never
// read as empty or its files as absent: a case, a tender or a dialogue file
// passed over in silence is a deadline or a tender lost.
//
// Root reads any folder, so as root each check runs in a child process that
// has given up root.

#include <doctest/doctest.h>
#include <unistd.h>

#include <string>

#include "procure/core/source_file.hpp"
#include "procure/dialogue/dialogue_loader.hpp"
#include "procure/documents/template_set.hpp"
#include "procure/evaluation/opening_protocol.hpp"
#include "procure/evaluation/tender_loader.hpp"
#include "procure/load/case_loader.hpp"
#include "test_support.hpp"

namespace procure {
namespace {

namespace fs = std::filesystem;

// The diagnostics' codes and paths, one "code path" a line.
std::string shown(const Diagnostics& diagnostics) {
  std::string out;
  for (const auto& d : diagnostics.items())
    out += d.code + " " + test::arg(d, "path") + "\n";
  return out;
}

// A folder closed to everyone but root for as long as it lives.
struct ClosedFolder {
  fs::path path;
  explicit ClosedFolder(fs::path folder) : path(std::move(folder)) {
    fs::create_directories(path);
    fs::permissions(path, fs::perms::none);
  }
  ~ClosedFolder() {
    fs::permissions(path, fs::perms::owner_all | fs::perms::group_read | fs::perms::group_exec |
                              fs::perms::others_read | fs::perms::others_exec);
  }
  ClosedFolder(const ClosedFolder&) = delete;
  ClosedFolder& operator=(const ClosedFolder&) = delete;
};

struct CopiedCase {
  test::TempDir dir;
  fs::path folder = dir.path / "kmd";
  CopiedCase() {
    fs::copy(test::examples / "kmd-2018-prosessbistand", folder, fs::copy_options::recursive);
  }
};

TEST_CASE("a tenders' folder that cannot be listed is reported once, not read as empty") {
  const CopiedCase copy;
  const CaseLoad kase = load_case(copy.folder, "kmd");
  REQUIRE(kase.ok());
  const ClosedFolder bids(copy.folder / "bids");
  // Not "holds no tender", nor an assessment of no tender for each of 14.
  CHECK(test::asked_without_root([&] {
          return shown(load_tenders(kase.value, copy.folder, "kmd", true).diagnostics);
        }) == "folder.unreadable kmd/bids\n");
}

TEST_CASE("sealing the tenders names the folder that cannot be listed, and seals nothing") {
  const CopiedCase copy;
  const ClosedFolder attachments(copy.folder / "bids" / "fjordlys");
  CHECK(test::asked_without_root([&] {
          Diagnostics diagnostics;
          const auto sealed = seal_bids(copy.folder, "kmd", diagnostics);
          return std::string(sealed ? "sealed\n" : "") + shown(diagnostics);
        }) == "folder.unreadable kmd/bids/fjordlys\n");
}

TEST_CASE("a tender that cannot be read is reported, and nothing is sealed") {
  const CopiedCase copy;
  const fs::path tender = copy.folder / "bids" / "morild.yaml";
  fs::permissions(tender, fs::perms::none);
  // Not sealed without it: a protocol's check would call it gone.
  CHECK(test::asked_without_root([&] {
          Diagnostics diagnostics;
          const auto sealed = seal_bids(copy.folder, "kmd", diagnostics);
          return std::string(sealed ? "sealed\n" : "") + shown(diagnostics);
        }) == "file.unreadable kmd/bids/morild.yaml\n");
}

TEST_CASE("a dialogue folder that cannot be searched is reported once") {
  const CopiedCase copy;
  const CaseLoad kase = load_case(copy.folder, "kmd");
  REQUIRE(kase.ok());
  const ClosedFolder dialogue(copy.folder / "dialogue");
  CHECK(test::asked_without_root([&] { return shown(load_dialogue(kase.value).diagnostics); }) ==
        "folder.unreadable kmd/dialogue\n");
}

TEST_CASE("an officer's template folder that cannot be searched is reported, not passed over") {
  const test::TempDir dir;
  dir.write("mine/en/document.css", "mine\n");
  dir.write("shipped/en/document.css", "shipped\n");
  const TemplateSet templates({{dir.path / "mine", "mine"}, {dir.path / "shipped", "shipped"}},
                              Lang::en, ".md.mustache");
  const ClosedFolder closed(dir.path / "mine" / "en");
  CHECK(test::asked_without_root([&] {
          Diagnostics diagnostics;
          const auto read = templates.read_asset("document.css", diagnostics);
          return read.value_or("") + shown(diagnostics);
        }) == "folder.unreadable mine/en\n");
}

TEST_CASE("a file in a folder that cannot be searched cannot be read; it is not absent") {
  const CopiedCase copy;
  const ClosedFolder dialogue(copy.folder / "dialogue");
  CHECK(test::asked_without_root([&] {
          Diagnostics diagnostics;
          const bool absent = nothing_at(copy.folder / "dialogue" / "inputs.yaml");
          read_source_file(copy.folder / "dialogue" / "inputs.yaml", "inputs.yaml", diagnostics);
          return std::string(absent ? "absent\n" : "") + shown(diagnostics);
        }) == "file.unreadable inputs.yaml\n");
}

TEST_CASE("a folder of cases that cannot be listed is reported; a case in it is not left out") {
  const test::TempDir dir;
  dir.write("cases/a/case.yaml", "format: procure-case/1\n");
  const std::string cases = (dir.path / "cases").string();
  {
    const ClosedFolder closed_case(dir.path / "cases" / "b");
    // b may hold a case: it is one of the cases, and loading it says why it cannot be read.
    CHECK(test::asked_without_root([&] {
            Diagnostics diagnostics;
            std::string out;
            for (const auto& candidate : find_case_candidates({cases}, diagnostics)) {
              out += candidate.location.folder.filename().string() +
                     (is_case(candidate) ? " case\n" : " no case\n");
            }
            return out + shown(diagnostics);
          }) == "a case\nb case\n");
  }
  const ClosedFolder closed_cases(dir.path / "cases");
  CHECK(test::asked_without_root([&] {
          Diagnostics diagnostics;
          const auto found = find_cases({cases}, diagnostics);
          return std::to_string(found.size()) + "\n" + shown(diagnostics);
        }) == "0\nfolder.unreadable " + cases + "\n");
}

}  // namespace
}  // namespace procure
