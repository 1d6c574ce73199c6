// Sealing tenders: SHA-256, the opening protocol written and read back, and
// every later change found.
#include <doctest/doctest.h>

#include <algorithm>
#include <filesystem>
#include <fstream>

#include "procure/core/sha256.hpp"
#include "procure/evaluation/opening_protocol.hpp"
#include "procure/evaluation/stage_files.hpp"
#include "procure/load/case_loader.hpp"
#include "procure/model/organisation_number.hpp"
#include "procure/yaml/node.hpp"
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
  const auto sealed = seal_bids(folder.path, "case", diagnostics);
  REQUIRE(sealed);
  const auto& files = *sealed;
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
  verify_opening(*back, *seal_bids(folder.path, "case", same), deadline, "case", same);
  CHECK(same.empty());

  // One byte changed, an attachment gone, a file added, the deadline moved.
  folder.write("bids/fjordlys.yaml", "supplier: {name: Fjordlys}\n ");
  fs::remove(folder.path / "bids/fjordlys/tilbud.pdf");
  folder.write("bids/nykommer.yaml", "x: 1\n");
  Diagnostics changed;
  verify_opening(*back, *seal_bids(folder.path, "case", changed), deadline + std::chrono::hours{1},
                 "case", changed);
  CHECK(codes(changed) == std::vector<std::string>{"opening.deadline-changed",
                                                   "opening.file-changed", "opening.file-missing",
                                                   "opening.not-opened"});
  CHECK(changed.items()[1].args[0].second == "case/bids/fjordlys.yaml");
  CHECK(changed.items()[1].where->line == 8);  // its entry in the protocol
}

namespace {

// A protocol as `score open` writes it for `count` tenders, each in its own file.
OpeningProtocol large_protocol(std::size_t count) {
  OpeningProtocol protocol;
  protocol.case_reference = "R-1";
  protocol.deadline = oslo("2018-05-31 12:00");
  protocol.opened_at = oslo("2018-05-31 12:30");
  for (std::size_t i = 0; i < count; ++i) {
    const std::string id = "tender-" + std::to_string(i);
    protocol.files.push_back({"bids/" + id + ".yaml", sha256_hex(id), {}});
    OpenedTender tender;
    tender.id = id;
    tender.supplier = "Leverandør nummer " + std::to_string(i) + " AS";
    tender.organisation_number = "100000008";
    tender.received = oslo("2018-05-31 11:00");
    tender.price = Money({"NOK", 2}, static_cast<std::int64_t>(100'000'000 + i));
    protocol.tenders.push_back(std::move(tender));
  }
  std::sort(protocol.files.begin(), protocol.files.end(),
            [](const SealedFile& a, const SealedFile& b) { return a.path < b.path; });
  return protocol;
}

}  // namespace

TEST_CASE("opening protocol: the size limits admit what score open writes for 60 000 tenders") {
  const OpeningProtocol protocol = large_protocol(60'000);
  const std::string text = opening_protocol_yaml(protocol, "comment");
  // Past the limits of a hand-written file, in bytes and in values.
  CHECK(text.size() > ReadLimits{}.max_bytes);
  CHECK(opening_protocol_nodes(protocol) > yaml::ParseLimits{}.max_nodes);
  Diagnostics fits;
  CHECK(fits_opening_protocol_limits(protocol, text, fits));
  CHECK(fits.empty());
  Folder folder;
  folder.write("opening-protocol.yaml", text);
  Diagnostics read;
  const auto back = read_opening_protocol(folder.path / "opening-protocol.yaml", "p.yaml", read);
  CHECK(codes(read).empty());
  REQUIRE(back);
  CHECK(back->tenders.size() == 60'000);
  CHECK(back->files.size() == 60'000);
}

TEST_CASE("opening protocol: the node count is the parser's, and a larger one is not written") {
  OpeningProtocol protocol = large_protocol(3);
  protocol.tenders[1].organisation_number.clear();
  protocol.tenders[2].price.reset();
  protocol.replaces = sha256_hex("earlier");
  const std::string text = opening_protocol_yaml(protocol, "");
  const SourceFile source("p.yaml", text);
  yaml::ParseLimits exact;
  exact.max_nodes = opening_protocol_nodes(protocol);
  Diagnostics at_limit;
  CHECK(yaml::parse(source, at_limit, exact));
  CHECK(at_limit.empty());
  yaml::ParseLimits one_less;
  one_less.max_nodes = exact.max_nodes - 1;
  Diagnostics over;
  CHECK_FALSE(yaml::parse(source, over, one_less));

  // Too many bytes to be read back: refused before it is written.
  const std::string huge(opening_protocol_read_limits().max_bytes + 1, 'x');
  Diagnostics refused;
  CHECK_FALSE(fits_opening_protocol_limits(protocol, huge, refused));
  CHECK(codes(refused) == std::vector<std::string>{"opening.too-large"});
  // A requests' protocol is refused as one of requests to participate.
  protocol.kind = OpeningKind::requests;
  Diagnostics requests_refused;
  CHECK_FALSE(fits_opening_protocol_limits(protocol, huge, requests_refused));
  CHECK(codes(requests_refused) == std::vector<std::string>{"opening.requests-too-large"});
}

TEST_CASE("opening protocol: what an edited protocol claims is checked against the seal") {
  Folder folder;
  OpeningProtocol protocol = large_protocol(2);
  protocol.tenders[1].received = oslo("2018-05-31 12:00:01");  // late, but marked on time
  protocol.opened_at = oslo("2018-05-31 11:59");               // before the deadline
  folder.write("opening-protocol.yaml", opening_protocol_yaml(protocol, ""));
  Diagnostics read;
  CHECK_FALSE(read_opening_protocol(folder.path / "opening-protocol.yaml", "p.yaml", read));
  CHECK(codes(read) == std::vector<std::string>{"opening.opened-before-deadline",
                                                "opening.received-after-opening",
                                                "opening.late-not-marked"});

  // The tenders recorded against the tenders the sealed files give.
  const OpeningProtocol recorded = large_protocol(3);
  TenderLoad now;
  for (const auto& opened : recorded.tenders) {
    Tender tender;
    tender.id = opened.id;
    tender.supplier.name = opened.supplier;
    if (const auto number = OrganisationNumber::parse(opened.organisation_number))
      tender.supplier.organisation_number = *number;
    tender.received = opened.received;
    tender.price = opened.price;
    now.tenders.push_back(std::move(tender));
  }
  std::sort(now.tenders.begin(), now.tenders.end(),
            [](const Tender& a, const Tender& b) { return a.id < b.id; });
  Diagnostics same;
  verify_opened_tenders(recorded, now, same);
  CHECK(same.empty());
  now.tenders[0].price = Money({"NOK", 2}, 1);
  now.tenders[2].id = "tender-9";
  Diagnostics edited;
  verify_opened_tenders(recorded, now, edited);
  CHECK(codes(edited) == std::vector<std::string>{"opening.tender-differs",
                                                  "opening.tender-not-found",
                                                  "opening.tender-not-recorded"});
  CHECK(test::arg(edited.items()[0], "field") == "price");
}

TEST_CASE(
    "opening protocol: files in another order read sorted, a file recorded twice is an error") {
  Folder folder;
  OpeningProtocol protocol = large_protocol(3);
  std::reverse(protocol.files.begin(), protocol.files.end());
  folder.write("opening-protocol.yaml", opening_protocol_yaml(protocol, ""));
  Diagnostics reversed;
  const auto back =
      read_opening_protocol(folder.path / "opening-protocol.yaml", "p.yaml", reversed);
  REQUIRE(back);
  CHECK(reversed.empty());
  REQUIRE(back->files.size() == 3);
  CHECK(back->files[0].path == "bids/tender-0.yaml");
  CHECK(back->files[2].path == "bids/tender-2.yaml");

  // The same path again, with its own digest or another: reported at the
  // one written later, whatever the order.
  for (const bool same_digest : {true, false}) {
    CAPTURE(same_digest);
    OpeningProtocol twice = large_protocol(3);
    twice.files[1].path = twice.files[2].path;
    if (same_digest)
      twice.files[1].sha256 = twice.files[2].sha256;
    std::swap(twice.files[0], twice.files[2]);
    const std::string text = opening_protocol_yaml(twice, "");
    folder.write("opening-protocol.yaml", text);
    Diagnostics read;
    CHECK_FALSE(read_opening_protocol(folder.path / "opening-protocol.yaml", "p.yaml", read));
    REQUIRE(codes(read) == std::vector<std::string>{"opening.file-twice"});
    CHECK(test::arg(read.items()[0], "path") == "bids/tender-2.yaml");
    const auto later = text.rfind("  - path: \"bids/tender-2.yaml\"");
    REQUIRE(read.items()[0].where);
    CHECK(read.items()[0].where->line ==
          1 + std::count(text.begin(), text.begin() + static_cast<std::ptrdiff_t>(later), '\n'));
  }
  Folder requests;
  OpeningProtocol twice = large_protocol(2);
  twice.kind = OpeningKind::requests;
  twice.files[1].path = twice.files[0].path;
  requests.write("requests-opening-protocol.yaml", opening_protocol_yaml(twice, ""));
  Diagnostics read;
  CHECK_FALSE(read_opening_protocol(requests.path / "requests-opening-protocol.yaml", "p.yaml",
                                    read, OpeningKind::requests));
  CHECK(codes(read) == std::vector<std::string>{"opening.request-file-twice"});
}

TEST_CASE("requests' opening protocol: its own format and words, sealed and checked as tenders") {
  Folder folder;
  fs::create_directories(folder.path / "requests");
  folder.write("requests/alfa.yaml", "supplier: {name: Alfa}\n");
  Diagnostics diagnostics;
  const auto sealed = seal_requests(folder.path, "case", diagnostics);
  REQUIRE(sealed);
  const auto& files = *sealed;
  REQUIRE(files.size() == 1);
  CHECK(files[0].path == "requests/alfa.yaml");

  const CaseLoad kase = load_case_text("case.yaml",
                                       "format: procure-case/1\nlanguages: [nb]\nreference: R-1\n"
                                       "title: T\nbuyer: {name: B, kind: other}\n"
                                       "procedure: restricted\n");
  TenderLoad requests;
  Tender late;
  late.id = "alfa";
  late.supplier.name = "Alfa";
  late.received = oslo("2025-04-03T12:00:01+02:00");
  requests.tenders.push_back(late);
  const Instant deadline = oslo("2025-04-03 12:00");
  const OpeningProtocol protocol = make_opening_protocol(
      kase.value, requests, files, deadline, oslo("2025-04-03 12:30"), "", OpeningKind::requests);
  const std::string text = opening_protocol_yaml(protocol, "c");
  CHECK(text.find("format: procure-requests-opening/1\n") != std::string::npos);
  CHECK(text.find("participation_deadline: \"2025-04-03T12:00:00+02:00\"\n") != std::string::npos);
  CHECK(text.find("requests:\n  - id: \"alfa\"\n") != std::string::npos);
  CHECK(text.find("tender") == std::string::npos);
  CHECK(text.find("status: late") != std::string::npos);
  folder.write("requests-opening-protocol.yaml", text);

  // Read as what it is, it holds; read as the tenders' protocol, it is not one.
  Diagnostics read;
  const auto back = read_opening_protocol(folder.path / "requests-opening-protocol.yaml", "p.yaml",
                                          read, OpeningKind::requests);
  REQUIRE(back);
  CHECK(read.empty());
  CHECK(back->kind == OpeningKind::requests);
  CHECK(back->tenders[0].late);
  Diagnostics wrong_kind;
  CHECK_FALSE(
      read_opening_protocol(folder.path / "requests-opening-protocol.yaml", "p.yaml", wrong_kind));

  // A request changed, one added, the deadline moved: the requests' own codes.
  folder.write("requests/alfa.yaml", "supplier: {name: Alfa AS}\n");
  folder.write("requests/beta.yaml", "supplier: {name: Beta}\n");
  Diagnostics changed;
  verify_opening(*back, *seal_requests(folder.path, "case", changed),
                 deadline + std::chrono::hours{1}, "case", changed);
  CHECK(codes(changed) == std::vector<std::string>{"opening.participation-deadline-changed",
                                                   "opening.request-file-changed",
                                                   "opening.request-not-opened"});
  CHECK(changed.items()[2].args[0].second == "case/requests/beta.yaml");

  // The protocol edited: the request recorded otherwise than its file gives it.
  TenderLoad now = requests;
  now.tenders[0].supplier.name = "Alfa AS";
  Diagnostics edited;
  verify_opened_tenders(*back, now, edited);
  CHECK(codes(edited) == std::vector<std::string>{"opening.request-differs"});
}

TEST_CASE("the participation deadline: its time, a date alone to the end of the day, or none") {
  const auto deadline_of = [](const std::string& timeline, Diagnostics& diagnostics) {
    const CaseLoad kase =
        load_case_text("case.yaml",
                       "format: procure-case/1\nlanguages: [nb]\nreference: R-1\ntitle: T\n"
                       "buyer: {name: B, kind: other}\nprocedure: restricted\ntimeline:\n" +
                           timeline);
    return participation_deadline(kase.value, diagnostics);
  };
  Diagnostics none;
  CHECK(deadline_of("  participation_deadline: 2025-04-03 12:00\n", none) ==
        oslo("2025-04-03 12:00"));
  CHECK(deadline_of("  participation_deadline: 2025-04-03\n", none) ==
        oslo("2025-04-04T00:00:00+02:00"));
  CHECK(none.empty());
  Diagnostics missing;
  CHECK_FALSE(deadline_of("  notice_sent: 2025-03-03\n", missing));
  CHECK(codes(missing) == std::vector<std::string>{"opening.no-participation-deadline"});
}
