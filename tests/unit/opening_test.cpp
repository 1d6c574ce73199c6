// Sealing tenders: SHA-256, the opening protocol written and read back, and
// every later change found.
#include <doctest/doctest.h>

#include <filesystem>
#include <fstream>

#include "procure/core/sha256.hpp"
#include "procure/evaluation/opening_protocol.hpp"
#include "procure/load/case_loader.hpp"
#include "test_support.hpp"

using namespace procure;
using procure::test::codes;
namespace fs = std::filesystem;

namespace {

struct Folder {
  fs::path path;
  Folder() {
    path = fs::temp_directory_path() / ("procure-opening-" + std::to_string(::getpid()) + "-" +
                                        std::to_string(reinterpret_cast<std::uintptr_t>(this)));
    fs::create_directories(path / "bids" / "fjordlys");
  }
  ~Folder() { fs::remove_all(path); }
  void write(const std::string& name, const std::string& text) const {
    std::ofstream(path / name, std::ios::binary) << text;
  }
};

Instant oslo(const char* stamp) {
  return *parse_instant(stamp);
}

}  // namespace

TEST_CASE("sha256: the FIPS 180-2 test vectors") {
  CHECK(sha256_hex("abc") == "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad");
  CHECK(sha256_hex("") == "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855");
  CHECK(is_sha256_hex(sha256_hex("x")));
  CHECK_FALSE(is_sha256_hex("abc"));
}

TEST_CASE("opening protocol: sealed, written, read back, and every change found") {
  Folder folder;
  folder.write("bids/fjordlys.yaml", "supplier: {name: Fjordlys}\n");
  folder.write("bids/fjordlys/tilbud.pdf", "%PDF-1.4 fictional\n");
  folder.write("bids/.DS_Store", "ignored");
  Diagnostics diagnostics;
  const auto files = seal_bids(folder.path, "case", diagnostics);
  REQUIRE(files.size() == 2);
  CHECK(files[0].path == "bids/fjordlys.yaml");
  CHECK(files[1].path == "bids/fjordlys/tilbud.pdf");
  CHECK(files[0].sha256 == sha256_hex("supplier: {name: Fjordlys}\n"));

  const CaseLoad kase = load_case_text("case.yaml",
                                       "format: procure-case/1\nlanguages: [nb]\nreference: R-1\n"
                                       "title: T\nbuyer: {name: B, kind: other}\n"
                                       "procedure: open\n");
  TenderLoad tenders;
  Tender late;
  late.id = "sent";
  late.supplier.name = "Sen \"Levering\" AS";
  late.received = oslo("2018-05-31T12:00:01+02:00");
  tenders.tenders.push_back(late);
  const Instant deadline = oslo("2018-05-31 12:00");
  const OpeningProtocol protocol =
      make_opening_protocol(kase.value, tenders, files, deadline, oslo("2018-05-31 12:30"), "");
  CHECK(protocol.tenders[0].late);
  const std::string text = opening_protocol_yaml(protocol, "line one\nline two");
  CHECK(text.starts_with("# line one\n# line two\nformat: procure-opening/1\n"));
  folder.write("opening-protocol.yaml", text);

  Diagnostics read;
  const auto back = read_opening_protocol(folder.path / "opening-protocol.yaml", "p.yaml", read);
  REQUIRE(back);
  CHECK(read.empty());
  CHECK(back->deadline == deadline);
  CHECK(back->files.size() == 2);
  CHECK(back->tenders[0].supplier == "Sen \"Levering\" AS");
  CHECK(back->tenders[0].late);

  // Unchanged: nothing to say.
  Diagnostics same;
  verify_opening(*back, seal_bids(folder.path, "case", same), deadline, "case", same);
  CHECK(same.empty());

  // One byte changed, an attachment gone, a file added, the deadline moved.
  folder.write("bids/fjordlys.yaml", "supplier: {name: Fjordlys}\n ");
  fs::remove(folder.path / "bids/fjordlys/tilbud.pdf");
  folder.write("bids/nykommer.yaml", "x: 1\n");
  Diagnostics changed;
  verify_opening(*back, seal_bids(folder.path, "case", changed), deadline + std::chrono::hours{1},
                 "case", changed);
  CHECK(codes(changed) == std::vector<std::string>{"opening.deadline-changed",
                                                   "opening.file-changed", "opening.file-missing",
                                                   "opening.not-opened"});
  CHECK(changed.items()[1].args[0].second == "case/bids/fjordlys.yaml");
  CHECK(changed.items()[1].where->line == 8);  // its entry in the protocol
}
