#pragma once
// One score per criterion from several evaluators. Each evaluator scores on
// their own and the individual scores are kept; the case fixes in advance
// whether the score used is the consensus the evaluators agree (with a
// written reason) or the average of their scores (DFØ, "Veileder i
// evaluering av tilbud"). The spread (highest minus lowest individual score)
// is flagged when it exceeds the case's share of the scale.

#include <optional>

#include "procure/core/decimal.hpp"
#include "procure/evaluation/assessment.hpp"
#include "procure/model/award_criteria.hpp"

namespace procure {

struct CombinedScore {
  std::optional<double> score;    // nullopt when the score the case asks for is missing
  std::optional<Decimal> spread;  // with at least two individual scores
  bool disagreement = false;
};

CombinedScore combine_scores(const CriterionScores& scores, const AwardCriteria& award);

}  // namespace procure
