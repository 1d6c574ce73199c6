#pragma once
// The opening protocol (åpningsprotokoll): what was in bids/ when the
// tenders were opened, each file sealed by its SHA-256, and each tender with
// its supplier, time received and price, late or not. It is written once, by
// `procure-score open`, to <case>/opening-protocol.yaml; every later run
// checks the files against it, so a tender changed after opening, by one
// byte, is reported.

#include <filesystem>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "procure/core/diagnostic.hpp"
#include "procure/core/money.hpp"
#include "procure/evaluation/tender_loader.hpp"
#include "procure/time/oslo_time.hpp"

namespace procure {

inline constexpr std::string_view opening_format_v1 = "procure-opening/1";

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
};

struct OpeningProtocol {
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
// with its digest. A file that cannot be read is reported.
std::vector<SealedFile> seal_bids(const std::filesystem::path& case_folder,
                                  const std::string& display_folder, Diagnostics& diagnostics);

OpeningProtocol make_opening_protocol(const Case& kase, const TenderLoad& tenders,
                                      std::vector<SealedFile> files, Instant deadline,
                                      Instant opened_at, std::string replaces);

// The protocol as YAML, after `comment` (each line becomes a '# ' line);
// reads back with read_opening_protocol.
std::string opening_protocol_yaml(const OpeningProtocol& protocol, std::string_view comment);

std::optional<OpeningProtocol> read_opening_protocol(const std::filesystem::path& path,
                                                     const std::string& shown,
                                                     Diagnostics& diagnostics);

// Reports each sealed file that is now missing or changed, each file in
// bids/ that was not there at opening, and a tender deadline moved since.
void verify_opening(const OpeningProtocol& protocol, const std::vector<SealedFile>& now,
                    Instant deadline_now, const std::string& display_folder,
                    Diagnostics& diagnostics);

}  // namespace procure
