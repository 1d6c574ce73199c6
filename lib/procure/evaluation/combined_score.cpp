#include "procure/evaluation/combined_score.hpp"

#include <algorithm>

namespace procure {

CombinedScore combine_scores(const CriterionScores& scores, const AwardCriteria& award) {
  CombinedScore result;
  if (scores.individual.size() >= 2) {
    const auto [low, high] = std::minmax_element(
        scores.individual.begin(), scores.individual.end(),
        [](const EvaluatorScore& a, const EvaluatorScore& b) { return a.score < b.score; });
    result.spread = high->score.minus(low->score);
    // spread > threshold % × (max − min), compared exactly.
    const auto range = award.scale.max.minus(award.scale.min);
    const auto limit = range ? award.disagreement_threshold.times(*range) : std::nullopt;
    const auto spread_percent =
        result.spread ? result.spread->times(Decimal::from_integer(100)) : std::nullopt;
    result.disagreement = limit && spread_percent && *spread_percent > *limit;
  }
  if (award.combination == EvaluatorCombination::consensus) {
    if (scores.consensus)
      result.score = scores.consensus->score.to_double();
  } else if (!scores.individual.empty()) {
    // The mean of exact scores: summed exactly, divided once.
    Decimal sum;
    for (const auto& s : scores.individual)
      sum = sum.plus(s.score).value_or(sum);
    result.score = sum.to_double() / static_cast<double>(scores.individual.size());
  }
  return result;
}

}  // namespace procure
