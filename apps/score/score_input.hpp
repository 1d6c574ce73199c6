#pragma once
// What both commands of procure-score start from: the one case a CASE
// argument names, loaded, with its tender deadline as an instant.

#include <optional>
#include <string>

#include "procure/core/diagnostic.hpp"
#include "procure/load/case_loader.hpp"
#include "procure/time/oslo_time.hpp"

namespace procure::cli {

struct ScoreCase {
  // For a case in negotiation rounds, the round's folder (rounds/<n>/) and,
  // in `load`, the case with the round's tender deadline.
  CaseLocation location;
  CaseLoad load;
  Instant deadline{};
  int round = 0;   // the round scored; 0 for a case of one round
  int rounds = 0;  // the case's negotiation rounds; the last one decides
  std::filesystem::path case_folder;

  const Case& kase() const { return load.value; }
};

// Loads the case; its problems (and a missing or inexact deadline) go into
// `diagnostics`. Nullopt when the case cannot be used. A case in
// negotiation rounds is scored a round at a time: `round` (1, 2, ...), or
// with 0 the last round, whose tenders decide.
std::optional<ScoreCase> load_score_case(const std::string& argument, int round,
                                         Diagnostics& diagnostics);

// The case, to open its requests to participate: `deadline` is the
// participation deadline; a case without a prequalification is refused.
std::optional<ScoreCase> load_requests_case(const std::string& argument, Diagnostics& diagnostics);

// --now: an instant with a zone, or Oslo local time; the clock when empty.
std::optional<Instant> parse_now(const std::string& text, Diagnostics& diagnostics);

}  // namespace procure::cli
