#pragma once
// How firm a ranking is (see docs/scoring.md):
//
// - weight_swap: for the top two, the smallest shift of weight between the
//   main criteria (in percentage points, weights staying at or above 0 and
//   adding up to 100) that makes them equal; any more swaps them. Weight is
//   moved from the criteria where the leader is furthest ahead to the one
//   where the runner-up is furthest ahead, which is the least movement
//   there is (a fractional knapsack).
// - value_swap: under the price-quality model, the value of a quality point
//   at which the top two would have the same adjusted price.
// - rank_reversals: whether taking away any one tender changes the order of
//   the others, as models that depend on the lowest price or the best
//   quality can ("dependence on irrelevant alternatives"). Only a tender
//   that alone holds the lowest or highest price, or the best score on a
//   relatively scored criterion, can change the others' scores, so only
//   those are tried.
// - what_if: the ranking under each price model, beside the one applied.

#include <optional>
#include <span>
#include <vector>

#include "procure/evaluation/ranking.hpp"
#include "procure/evaluation/scoring.hpp"

namespace procure {

struct WeightMove {
  int from = 0;       // node index of a main criterion
  int to = 0;         // node index of a main criterion
  double amount = 0;  // percentage points
};

struct WeightSwap {
  double margin = 0;      // the leader's lead, in points
  bool possible = false;  // false when the leader is ahead or level on every main criterion
  double shift = 0;       // percentage points moved in all
  std::vector<WeightMove> moves;
};

WeightSwap weight_swap(const CriteriaLayout& layout, const ScoreRow& first, const ScoreRow& second);

struct ValueSwap {
  bool possible = false;
  double value_per_point = 0;  // where the two adjusted prices meet
};

ValueSwap value_swap(const Candidate& first, const ScoreRow& first_row, const Candidate& second,
                     const ScoreRow& second_row);

struct RankReversal {
  std::size_t removed = 0;  // positions in the field
  std::size_t ahead = 0;    // was ranked above `behind` ...
  std::size_t behind = 0;   // ... and is below it without `removed`
  int changes = 0;          // how many tenders pass one that was above them
};

std::vector<RankReversal> rank_reversals(const ScoringRules& rules,
                                         std::span<const Candidate> candidates,
                                         std::span<const std::size_t> field,
                                         std::span<const TieBreak> tie_break,
                                         const Ranking& ranking);

struct WhatIfRanking {
  PriceModel model;
  bool as_applied = false;  // the case's own model
  RankedField result;       // positions as in the field
};

// Every price model (price-quality only when the case gives a value per point).
std::vector<WhatIfRanking> what_if_rankings(const ScoringRules& rules,
                                            std::span<const Candidate> candidates,
                                            std::span<const std::size_t> field,
                                            std::span<const TieBreak> tie_break);

}  // namespace procure
