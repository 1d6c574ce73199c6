#pragma once
// The opening protocol (åpningsprotokoll): what was in bids/ when the
// tenders were opened, each file sealed by its SHA-256, and each tender with
// its supplier, time received and price, late or not. It is written once, by
// `procure-score open`, to <case>/opening-protocol.yaml; every later run
// checks the files against it, so a tender changed after opening, by one
// byte, is reported.
//
// The requests to participate of a prequalification are sealed the same way
// (`procure-score open --requests`): requests/ in
// <case>/requests-opening-protocol.yaml, beside the folder it seals as the
// tenders' protocol is beside bids/, against the participation deadline.

#include <filesystem>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "procure/core/diagnostic.hpp"
#include "procure/core/money.hpp"
#include "procure/evaluation/tender_loader.hpp"
#include "procure/time/oslo_time.hpp"
#include "procure/yaml/node.hpp"

namespace procure {

inline constexpr std::string_view opening_format_v1 = "procure-opening/1";
inline constexpr std::string_view requests_opening_format_v1 = "procure-requests-opening/1";

// What a protocol seals: the tenders in bids/, or the requests to
// participate in requests/. The file format and the diagnostics differ in
// their words only.
enum class OpeningKind { tenders, requests };

struct SealedFile {
  std::string path;  // relative to the case folder, with '/': "bids/fjordlys.yaml"
  std::string sha256;
  SourceSpan where;  // its entry in the protocol, when read from one
};

struct OpenedTender {
  std::string id;
  std::string supplier;
  std::string organisation_number;  // digits, or empty
  Instant received{};
  std::optional<Money> price;
  bool late = false;
  SourceSpan where;           // its entry in the protocol, when read from one
  SourceSpan received_where;  // its `received`, when read from one
};

struct OpeningProtocol {
  OpeningKind kind = OpeningKind::tenders;
  std::string case_reference;
  Instant deadline{};
  Instant opened_at{};
  // The digest of the protocol this one replaced (open --force); empty for the first.
  std::string replaces;
  std::vector<SealedFile> files;  // sorted by path
  std::vector<OpenedTender> tenders;
  SourceSpan deadline_where;
  SourceSpan opened_where;
};

// Every file under <case>/bids (names starting with '.' left out), sorted,
// with its digest. A file that cannot be read or a folder that cannot be
// listed is reported, and then nothing is returned, as what was sealed is
// not every file.
std::optional<std::vector<SealedFile>> seal_bids(const std::filesystem::path& case_folder,
                                                 const std::string& display_folder,
                                                 Diagnostics& diagnostics);
// The same for <case>/requests.
std::optional<std::vector<SealedFile>> seal_requests(const std::filesystem::path& case_folder,
                                                     const std::string& display_folder,
                                                     Diagnostics& diagnostics);

// Reports each tender whose time received is after `opened_at`: no tender
// can be opened before it arrives, and no protocol may say so.
void check_received_by_opening(const TenderLoad& tenders, Instant opened_at,
                               Diagnostics& diagnostics, OpeningKind kind = OpeningKind::tenders);

OpeningProtocol make_opening_protocol(const Case& kase, const TenderLoad& tenders,
                                      std::vector<SealedFile> files, Instant deadline,
                                      Instant opened_at, std::string replaces,
                                      OpeningKind kind = OpeningKind::tenders);

// The protocol as YAML, after `comment` (each line becomes a '# ' line);
// reads back with read_opening_protocol.
std::string opening_protocol_yaml(const OpeningProtocol& protocol, std::string_view comment);

// What read_opening_protocol reads: a protocol holds a few hundred bytes and
// 5 values a sealed file, 9 to 13 a tender, so these admit some 200 000
// tenders, each in its own file, far beyond any real competition, while
// bounding the memory a hostile protocol can take.
ReadLimits opening_protocol_read_limits();
yaml::ParseLimits opening_protocol_parse_limits();
// The YAML values (nodes) opening_protocol_yaml writes for the protocol.
std::size_t opening_protocol_nodes(const OpeningProtocol& protocol);
// False, with opening.too-large (opening.requests-too-large for the requests
// to participate), when the protocol's YAML `text` would not be
// read back within those limits: `score open` writes no protocol that no
// tool could read.
bool fits_opening_protocol_limits(const OpeningProtocol& protocol, std::string_view text,
                                  Diagnostics& diagnostics);

// Reads a protocol and checks that it holds together as `score open` writes
// it: opened after the tender deadline, no tender received after the opening,
// and each tender marked late exactly when it was received after the deadline.
// A protocol of `kind` is expected (its format and keys).
std::optional<OpeningProtocol> read_opening_protocol(const std::filesystem::path& path,
                                                     const std::string& shown,
                                                     Diagnostics& diagnostics,
                                                     OpeningKind kind = OpeningKind::tenders);

// Reports each sealed file that is now missing or changed, each file in
// bids/ that was not there at opening, and a tender deadline moved since.
void verify_opening(const OpeningProtocol& protocol, const std::vector<SealedFile>& now,
                    Instant deadline_now, const std::string& display_folder,
                    Diagnostics& diagnostics);

// Reports each tender the protocol records otherwise than the sealed files
// now give it (id, supplier, organisation number, time received, price), and
// each tender recorded or present on one side only: with the files unchanged,
// a difference means the protocol was edited.
void verify_opened_tenders(const OpeningProtocol& protocol, const TenderLoad& tenders,
                           Diagnostics& diagnostics);

}  // namespace procure
