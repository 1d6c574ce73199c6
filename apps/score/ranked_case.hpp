#pragma once
// Everything procure-score rank knows once it has ranked a case, for the
// outputs (table, JSON, CSV, the evaluation report) to draw on.

#include "procure/evaluation/case_evaluation.hpp"
#include "score_input.hpp"

namespace procure::cli {

struct RankedCase {
  const ScoreCase& input;
  const CaseEvaluation& evaluated;  // complete: ok()
  // Every diagnostic of the run (the case's and tenders' warnings, the evaluation's findings).
  const Diagnostics& diagnostics;

  // The case, or for one lot the case as the lot's documents show it.
  const Case& kase() const { return evaluated.kase(); }
  const Evaluation& evaluation() const { return evaluated.evaluation(); }
};

}  // namespace procure::cli
