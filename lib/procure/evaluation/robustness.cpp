#include "procure/evaluation/robustness.hpp"

#include <algorithm>
#include <set>

#include "procure/evaluation/price_model.hpp"

namespace procure {
namespace {

// Positions in the field of the tenders that alone hold a value the others'
// scores depend on.
std::set<std::size_t> pivotal(const ScoringRules& rules, std::span<const Candidate> candidates,
                              std::span<const std::size_t> field) {
  std::set<std::size_t> out;
  auto sole = [&](auto&& value, bool highest) {
    std::optional<std::size_t> holder;
    bool shared = false;
    for (std::size_t pos = 0; pos < field.size(); ++pos) {
      const auto v = value(candidates[field[pos]]);
      if (!holder || (highest ? v > value(candidates[field[*holder]])
                              : v < value(candidates[field[*holder]]))) {
        holder = pos;
        shared = false;
      } else if (v == value(candidates[field[*holder]])) {
        shared = true;
      }
    }
    if (holder && !shared)
      out.insert(*holder);
  };
  if (rules.price_model && !rules.layout->price_leaves.empty()) {
    const auto price = [](const Candidate& c) { return c.price_minor; };
    if (depends_on_lowest(rules.price_model->kind))
      sole(price, false);
    if (depends_on_highest(rules.price_model->kind))
      sole(price, true);
  }
  if (rules.quality_scoring == QualityScoring::relative) {
    for (const int leaf : rules.layout->quality_leaves) {
      sole(
          [leaf](const Candidate& c) {
            return settle_score(c.absolute[static_cast<std::size_t>(leaf)]);
          },
          true);
    }
  }
  return out;
}

}  // namespace

WeightSwap weight_swap(const CriteriaLayout& layout, const ScoreRow& first,
                       const ScoreRow& second) {
  WeightSwap swap;
  swap.margin = first.total - second.total;
  // The lead in weight-percent units: Σ w_i × d_i, w_i in percent.
  double lead = swap.margin * 100.0;
  int sink = -1;
  for (const int main : layout.main) {
    const auto n = static_cast<std::size_t>(main);
    const double d = first.score[n] - second.score[n];
    if (sink < 0 || d < first.score[static_cast<std::size_t>(sink)] -
                            second.score[static_cast<std::size_t>(sink)]) {
      sink = main;
    }
  }
  if (sink < 0 || lead <= 0)
    return swap;
  const auto s = static_cast<std::size_t>(sink);
  const double sink_d = first.score[s] - second.score[s];
  if (sink_d >= 0)
    return swap;  // the runner-up is ahead nowhere: no weights make it win
  std::vector<int> sources;
  for (const int main : layout.main) {
    if (main != sink)
      sources.push_back(main);
  }
  auto d_of = [&](int n) {
    return first.score[static_cast<std::size_t>(n)] - second.score[static_cast<std::size_t>(n)];
  };
  std::stable_sort(sources.begin(), sources.end(), [&](int a, int b) { return d_of(a) > d_of(b); });
  for (const int source : sources) {
    const double gain = d_of(source) - sink_d;  // lead removed per percentage point moved
    if (gain <= 0)
      break;
    const double available = layout.nodes[static_cast<std::size_t>(source)].local_weight * 100.0;
    const double amount = std::min(available, lead / gain);
    if (amount <= 0)
      continue;
    swap.moves.push_back({source, sink, amount});
    swap.shift += amount;
    lead -= amount * gain;
    if (lead <= 1e-9)
      break;
  }
  swap.possible = lead <= 1e-9;
  if (!swap.possible) {
    swap.moves.clear();
    swap.shift = 0;
  }
  return swap;
}

ValueSwap value_swap(const Candidate& first, const ScoreRow& first_row, const Candidate& second,
                     const ScoreRow& second_row) {
  // P1 + V (M − Q1) = P2 + V (M − Q2)  <=>  V = (P2 − P1) / (Q2 − Q1)
  ValueSwap swap;
  const double dq = second_row.quality - first_row.quality;
  if (dq == 0)
    return swap;
  const double value = (second.price - first.price) / dq;
  if (value > 0) {
    swap.possible = true;
    swap.value_per_point = value;
  }
  return swap;
}

std::vector<RankReversal> rank_reversals(const ScoringRules& rules,
                                         std::span<const Candidate> candidates,
                                         std::span<const std::size_t> field,
                                         std::span<const TieBreak> tie_break,
                                         const Ranking& ranking) {
  std::vector<RankReversal> out;
  if (field.size() < 3)
    return out;
  for (const std::size_t removed : pivotal(rules, candidates, field)) {
    std::vector<std::size_t> rest;
    std::vector<std::size_t> position_of_rest;  // positions in the full field
    for (std::size_t pos = 0; pos < field.size(); ++pos) {
      if (pos != removed) {
        rest.push_back(field[pos]);
        position_of_rest.push_back(pos);
      }
    }
    const RankedField without = rank_field(rules, candidates, rest, tie_break);
    std::vector<int> new_rank(field.size(), 0);
    for (std::size_t i = 0; i < rest.size(); ++i)
      new_rank[position_of_rest[i]] = without.ranking.rank[i];
    // Walk the old order; a tender ranked above the highest new rank seen so
    // far has passed the tender that holds it.
    RankReversal reversal;
    reversal.removed = removed;
    std::optional<std::size_t> worst;  // the earlier tender with the highest new rank
    for (const std::size_t pos : ranking.order) {
      if (pos == removed)
        continue;
      if (worst && new_rank[pos] < new_rank[*worst] && ranking.rank[*worst] < ranking.rank[pos]) {
        if (reversal.changes == 0) {
          reversal.ahead = *worst;
          reversal.behind = pos;
        }
        ++reversal.changes;
      }
      if (!worst || new_rank[pos] > new_rank[*worst])
        worst = pos;
    }
    if (reversal.changes > 0)
      out.push_back(reversal);
  }
  return out;
}

std::vector<WhatIfRanking> what_if_rankings(const ScoringRules& rules,
                                            std::span<const Candidate> candidates,
                                            std::span<const std::size_t> field,
                                            std::span<const TieBreak> tie_break) {
  std::vector<WhatIfRanking> out;
  if (!rules.price_model || rules.layout->price_leaves.empty())
    return out;
  std::vector<PriceModel> models;
  for (const PriceModelKind kind : {PriceModelKind::linear, PriceModelKind::proportional,
                                    PriceModelKind::min_max, PriceModelKind::price_quality}) {
    PriceModel model;
    model.kind = kind;
    model.value_per_point = rules.price_model->value_per_point;
    if (kind == PriceModelKind::price_quality && !model.value_per_point)
      continue;
    models.push_back(model);
    if (kind == PriceModelKind::linear) {
      model.floor_at_zero = true;
      models.push_back(model);
    }
  }
  for (const auto& model : models) {
    ScoringRules variant = rules;
    variant.price_model = model;
    WhatIfRanking what_if;
    what_if.model = model;
    what_if.as_applied = model.kind == rules.price_model->kind &&
                         (model.kind != PriceModelKind::linear ||
                          model.floor_at_zero == rules.price_model->floor_at_zero);
    what_if.result = rank_field(variant, candidates, field, tie_break);
    out.push_back(std::move(what_if));
  }
  return out;
}

}  // namespace procure
