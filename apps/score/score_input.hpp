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
  CaseLocation location;
  CaseLoad load;
  Instant deadline{};

  const Case& kase() const { return load.value; }
};

// Loads the case; its problems (and a missing or inexact deadline) go into
// `diagnostics`. Nullopt when the case cannot be used.
std::optional<ScoreCase> load_score_case(const std::string& argument, Diagnostics& diagnostics);

// --now: an instant with a zone, or Oslo local time; the clock when empty.
std::optional<Instant> parse_now(const std::string& text, Diagnostics& diagnostics);

}  // namespace procure::cli
