#include "procure/evaluation/scoring.hpp"

#include <algorithm>
#include <limits>

#include "procure/evaluation/price_model.hpp"
#include "procure/evaluation/relative_scale.hpp"

namespace procure {
namespace {

bool has_quality_below(const CriteriaLayout& layout, int index) {
  const auto& node = layout.nodes[static_cast<std::size_t>(index)];
  if (node.leaf)
    return !node.price;
  return std::any_of(node.children.begin(), node.children.end(),
                     [&](int child) { return has_quality_below(layout, child); });
}

}  // namespace

void aggregate_quality(const CriteriaLayout& layout, std::vector<double>& absolute) {
  // Parents come before their children, so backwards every child is done first.
  for (std::size_t i = layout.nodes.size(); i-- > 0;) {
    const auto& node = layout.nodes[i];
    if (node.leaf)
      continue;
    double sum = 0;
    double weight = 0;
    for (const int child : node.children) {
      if (!has_quality_below(layout, child))
        continue;
      const auto& c = layout.nodes[static_cast<std::size_t>(child)];
      sum += c.local_weight * absolute[static_cast<std::size_t>(child)];
      weight += c.local_weight;
    }
    absolute[i] = weight > 0 ? sum / weight : 0;
  }
}

std::vector<ScoreRow> score_field(const ScoringRules& rules, std::span<const Candidate> candidates,
                                  std::span<const std::size_t> field) {
  const CriteriaLayout& layout = *rules.layout;
  const std::size_t node_count = layout.nodes.size();
  const double m = rules.scale_min;
  const double top = rules.scale_max;

  PriceField prices{std::numeric_limits<double>::max(), std::numeric_limits<double>::lowest()};
  for (const std::size_t i : field) {
    prices.lowest = std::min(prices.lowest, candidates[i].price);
    prices.highest = std::max(prices.highest, candidates[i].price);
  }
  // Relative scoring: the best tender in the field gets the top of the scale,
  // every tender when all are equal (relative_scale.hpp).
  std::vector<double> best(node_count, m);
  if (rules.quality_scoring == QualityScoring::relative) {
    for (const int leaf : layout.quality_leaves) {
      for (const std::size_t i : field)
        best[static_cast<std::size_t>(leaf)] =
            std::max(best[static_cast<std::size_t>(leaf)],
                     candidates[i].absolute[static_cast<std::size_t>(leaf)]);
    }
  }
  const bool price_quality =
      rules.price_model && rules.price_model->kind == PriceModelKind::price_quality;

  std::vector<ScoreRow> rows;
  rows.reserve(field.size());
  for (const std::size_t i : field) {
    const Candidate& candidate = candidates[i];
    ScoreRow row;
    row.score.assign(node_count, 0.0);
    row.points.assign(node_count, 0.0);
    for (const int leaf : layout.quality_leaves) {
      const auto n = static_cast<std::size_t>(leaf);
      double s = candidate.absolute[n];
      if (rules.quality_scoring == QualityScoring::relative)
        s = relative_to_best(s - m, best[n] - m, m, top);
      row.score[n] = s;
      row.points[n] = s * layout.nodes[n].weight;
    }
    if (rules.price_model && !price_quality) {
      const double s = price_score(*rules.price_model, candidate.price, prices, m, top);
      for (const int leaf : layout.price_leaves) {
        const auto n = static_cast<std::size_t>(leaf);
        row.score[n] = s;
        row.points[n] = s * layout.nodes[n].weight;
      }
    }
    for (std::size_t n = node_count; n-- > 0;) {
      const auto& node = layout.nodes[n];
      if (node.leaf)
        continue;
      double score = 0;
      double points = 0;
      for (const int child : node.children) {
        const auto c = static_cast<std::size_t>(child);
        score += layout.nodes[c].local_weight * row.score[c];
        points += row.points[c];
      }
      row.score[n] = score;
      row.points[n] = points;
    }
    double quality = 0;
    for (const int leaf : layout.quality_leaves)
      quality += row.points[static_cast<std::size_t>(leaf)];
    row.quality = layout.quality_weight > 0 ? quality / layout.quality_weight : 0;
    for (const int main : layout.main)
      row.total += row.points[static_cast<std::size_t>(main)];
    if (price_quality)
      row.adjusted_price = adjusted_price(candidate.price, rules.value_per_point, row.quality, top);
    rows.push_back(std::move(row));
  }
  return rows;
}

}  // namespace procure
