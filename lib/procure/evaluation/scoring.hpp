#pragma once
// Scores of the tenders in a field (the tenders evaluated together): price
// scores from the price model, quality scores absolute or relative to the
// best, parents as the weighted sum of their children, and the total. The
// price and relative models depend on the field (the lowest price, the best
// quality), so the same tender can score differently in another field: that
// is what the robustness checks vary.

#include <cstdint>
#include <optional>
#include <span>
#include <vector>

#include "procure/evaluation/criteria_layout.hpp"
#include "procure/time/oslo_time.hpp"

namespace procure {

// What scoring needs to know of a tender that is not rejected.
struct Candidate {
  double price = 0;  // the evaluated price, in the currency's major unit
  std::int64_t price_minor = 0;
  bool has_price = false;
  Instant received{};
  // Per node: the evaluators' combined score for quality leaves, the
  // weighted mean of the quality below for parents; 0 for price nodes.
  std::vector<double> absolute;
};

struct ScoringRules {
  const CriteriaLayout* layout = nullptr;
  double scale_min = 0;
  double scale_max = 10;
  QualityScoring quality_scoring = QualityScoring::absolute;
  std::optional<PriceModel> price_model;
  double value_per_point = 0;  // price-quality: one quality point in major units
};

struct ScoreRow {
  std::vector<double> score;   // per node, on the scale (after the price model or relative scaling)
  std::vector<double> points;  // per node: the contribution to the total
  double total = 0;            // the weighted total, on the scale
  double quality = 0;          // the weighted quality score, on the scale
  std::optional<double> adjusted_price;  // price-quality only
};

// One row per index of `field`, in that order.
std::vector<ScoreRow> score_field(const ScoringRules& rules, std::span<const Candidate> candidates,
                                  std::span<const std::size_t> field);

// The weighted mean of the quality below each parent, from the leaves' absolute scores.
void aggregate_quality(const CriteriaLayout& layout, std::vector<double>& absolute);

}  // namespace procure
