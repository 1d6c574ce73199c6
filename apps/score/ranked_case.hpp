#pragma once
// Everything procure-score rank knows once it has ranked a case, for the
// outputs (table, JSON, CSV, Markdown, HTML) to draw on.

#include <string>

#include "procure/evaluation/evaluation.hpp"
#include "procure/evaluation/opening_protocol.hpp"
#include "score_input.hpp"

namespace procure::cli {

struct RankedCase {
  const ScoreCase& input;
  const TenderLoad& tenders;
  const OpeningProtocol& protocol;
  std::string protocol_shown;  // the protocol's path as shown
  const Evaluation& evaluation;
  // Every diagnostic of the run (the case's and tenders' warnings, the evaluation's findings).
  const Diagnostics& diagnostics;

  const Case& kase() const { return input.kase(); }
};

}  // namespace procure::cli
