#pragma once
// Ranking with the case's tie-break rules. Tenders are ordered by their
// total score (highest first) or, under the price-quality model, by their
// adjusted price (lowest first). Values equal to 9 decimals (scores) or to
// a millionth of the currency unit (adjusted prices) are tied, so that
// floating-point noise never decides. Ties go through the rules in the
// case's order:
//
//   highest-quality    the higher weighted quality score wins
//   lowest-price       the lower evaluated price wins (exact, in øre)
//   earliest-received  the tender received first wins (to the second)
//   lottery            the tool cannot draw lots: the tie stays unresolved
//
// Tenders still tied after the rules share a rank ("1, 2, 2, 4").

#include <cstddef>
#include <optional>
#include <span>
#include <vector>

#include "procure/evaluation/scoring.hpp"
#include "procure/model/award_criteria.hpp"

namespace procure {

struct RankKey {
  // Higher is better: the settled total, or minus the settled adjusted price.
  double primary = 0;
  double quality = 0;
  std::int64_t price_minor = 0;
  bool has_price = false;
  Instant received{};
};

struct Ranking {
  std::vector<std::size_t> order;  // indices into the keys, best first
  std::vector<int> rank;           // by key index: 1-based, shared by unresolved ties
  // By key index: the rule that put this tender below one with an equal primary value.
  std::vector<std::optional<TieBreak>> decided_by;
  std::vector<bool> unresolved;  // by key index: tied with another after every rule
};

// Settles a value to the precision at which two values count as equal.
double settle_score(double value);
double settle_price(double value);

Ranking rank_tenders(std::span<const RankKey> keys, std::span<const TieBreak> tie_break);

// Scores a field and ranks it: the one path the evaluation, the robustness
// checks and the what-if rankings all take.
struct RankedField {
  std::vector<ScoreRow> rows;  // by position in the field
  Ranking ranking;             // indices are positions in the field
};
RankedField rank_field(const ScoringRules& rules, std::span<const Candidate> candidates,
                       std::span<const std::size_t> field, std::span<const TieBreak> tie_break);

}  // namespace procure
