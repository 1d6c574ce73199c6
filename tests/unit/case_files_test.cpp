#include <doctest/doctest.h>

#include <filesystem>

#include "procure/model/case_files.hpp"
#include "test_support.hpp"

using namespace procure;
namespace fs = std::filesystem;

TEST_CASE("the case's own files are found by any name: inside, through links, hard links") {
  const test::TempDir dir;
  dir.write("case/case.yaml", "format: procure-case/1\n");
  dir.write("case/bids/alfa.yaml", "id: alfa\n");
  dir.write("case/opening-protocol.yaml", "format: procure-opening/1\n");
  dir.write("case/dialogue/inputs.yaml", "inputs: []\n");
  dir.write("case/requests-opening-protocol.yaml", "format: procure-requests-opening/1\n");
  dir.write("elsewhere/notes.md", "notes\n");
  const fs::path kase = dir.path / "case";
  const auto touched = [&](const fs::path& target) { return WriteTarget(target).touches(kase); };

  CHECK(touched(kase / "case.yaml") == kase / "case.yaml");
  CHECK(touched(kase / "bids" / "alfa.yaml") == kase / "bids");
  CHECK(touched(kase / "bids" / "new" / "report.md") == kase / "bids");
  CHECK(touched(kase / "bids") == kase / "bids");
  CHECK(touched(kase / "evaluation" / "scores.csv") == kase / "evaluation");
  CHECK(touched(kase / "dialogue" / ".." / "opening-protocol.yaml") ==
        kase / "opening-protocol.yaml");
  CHECK(touched(dir.path / "case" / "." / "dialogue" / "inputs.yaml") == kase / "dialogue");
  CHECK(touched(kase / "requests-opening-protocol.yaml") ==
        kase / "requests-opening-protocol.yaml");

  fs::create_symlink(kase / "bids" / "alfa.yaml", dir.path / "link-to-tender.md");
  CHECK(touched(dir.path / "link-to-tender.md") == kase / "bids");
  fs::create_directory_symlink(kase / "bids", dir.path / "bids-link");
  CHECK(touched(dir.path / "bids-link" / "report.md") == kase / "bids");
  fs::create_hard_link(kase / "bids" / "alfa.yaml", dir.path / "hard-link.md");
  CHECK(touched(dir.path / "hard-link.md") == kase / "bids");
  fs::create_hard_link(kase / "case.yaml", dir.path / "case-copy.yaml");
  CHECK(touched(dir.path / "case-copy.yaml") == kase / "case.yaml");
  // A tender that is a link to a file outside the case makes that file the case's too.
  fs::create_symlink(dir.path / "elsewhere" / "notes.md", kase / "bids" / "beta.pdf");
  CHECK(touched(dir.path / "elsewhere" / "notes.md") == kase / "bids");

  CHECK_FALSE(touched(kase / "report.md"));
  CHECK_FALSE(touched(kase / "bids-summary.md"));
  CHECK_FALSE(touched(kase / "case.yaml.bak"));
  CHECK_FALSE(touched(dir.path / "elsewhere" / "other.md"));
  CHECK_FALSE(touched(dir.path / "case"));
}

TEST_CASE("a case's files reach out through their links, and hard links are found at any depth") {
  const test::TempDir dir;
  dir.write("case/case.yaml", "format: procure-case/1\n");
  dir.write("case/bids/alfa.yaml", "id: alfa\n");
  dir.write("case/bids/attachments/alfa/price.pdf", "%PDF\n");
  dir.write("case/dialogue/inputs.yaml", "inputs: []\n");
  dir.write("shared/notes.md", "notes\n");
  dir.write("elsewhere/plan.ics", "BEGIN:VCALENDAR\n");
  const fs::path kase = dir.path / "case";
  const auto touched = [&](const fs::path& target) { return WriteTarget(target).touches(kase); };

  // A folder a link inside bids/ leads to is the case's too: a file made
  // there, or one there written over, would show in bids/.
  fs::create_directory_symlink(dir.path / "shared", kase / "bids" / "attachments" / "shared");
  CHECK(touched(dir.path / "shared" / "new.md") == kase / "bids");
  CHECK(touched(dir.path / "shared" / "notes.md") == kase / "bids");
  CHECK_FALSE(touched(dir.path / "elsewhere" / "plan.ics"));
  CHECK_FALSE(touched(dir.path / "elsewhere" / "new.ics"));

  // A second name of a file three folders down is found, and a file of one
  // name outside the case is not the case's.
  fs::create_hard_link(kase / "bids" / "attachments" / "alfa" / "price.pdf",
                       dir.path / "elsewhere" / "price-copy.pdf");
  CHECK(touched(dir.path / "elsewhere" / "price-copy.pdf") == kase / "bids");
  fs::create_hard_link(dir.path / "elsewhere" / "plan.ics", dir.path / "plan-copy.ics");
  CHECK_FALSE(touched(dir.path / "elsewhere" / "plan.ics"));

  // A link among the dialogue's files to a file outside makes it the case's.
  fs::create_symlink(dir.path / "elsewhere" / "plan.ics", kase / "dialogue" / "plan.ics");
  CHECK(touched(dir.path / "elsewhere" / "plan.ics") == kase / "dialogue");
  CHECK(touched(dir.path / "plan-copy.ics") == kase / "dialogue");
}

TEST_CASE("the case an output would lie in is found without being named") {
  const test::TempDir dir;
  dir.write("cases/kmd/case.yaml", "format: procure-case/1\n");
  dir.write("cases/kmd/bids/alfa.yaml", "id: alfa\n");
  const fs::path kase = dir.path / "cases" / "kmd";
  CHECK(case_file_above(kase / "bids" / "letters" / "a.md") == kase / "bids");
  CHECK(case_file_above(kase / "evaluation" / "scores.csv") == kase / "evaluation");
  CHECK(case_file_above(kase / "case.yaml") == kase / "case.yaml");
  CHECK_FALSE(case_file_above(kase / "report.md"));
  CHECK_FALSE(case_file_above(dir.path / "cases" / "report.md"));
  fs::create_directory_symlink(kase / "bids", dir.path / "tenders");
  CHECK(case_file_above(dir.path / "tenders" / "x.md") == kase / "bids");
}
