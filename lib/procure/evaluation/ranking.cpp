#include "procure/evaluation/ranking.hpp"

#include <algorithm>
#include <cmath>
#include <numeric>

namespace procure {
namespace {

enum class Outcome { better, worse, equal };

Outcome compare(double a, double b) {
  if (a > b)
    return Outcome::better;
  if (a < b)
    return Outcome::worse;
  return Outcome::equal;
}

// The first tie-break rule that separates a and b (nullopt: none does).
std::optional<std::pair<TieBreak, Outcome>> separate(const RankKey& a, const RankKey& b,
                                                     std::span<const TieBreak> rules) {
  for (const TieBreak rule : rules) {
    Outcome outcome = Outcome::equal;
    switch (rule) {
      case TieBreak::highest_quality:
        outcome = compare(settle_score(a.quality), settle_score(b.quality));
        break;
      case TieBreak::lowest_price:
        if (a.has_price && b.has_price)
          outcome = compare(static_cast<double>(b.price_minor), static_cast<double>(a.price_minor));
        break;
      case TieBreak::earliest_received:
        outcome = b.received < a.received   ? Outcome::worse
                  : a.received < b.received ? Outcome::better
                                            : Outcome::equal;
        break;
      case TieBreak::lottery:
        return std::nullopt;  // drawing lots is for people, not for the tool
    }
    if (outcome != Outcome::equal)
      return std::pair{rule, outcome};
  }
  return std::nullopt;
}

}  // namespace

double settle_score(double value) {
  return std::round(value * 1e9) / 1e9;
}

double settle_price(double value) {
  return std::round(value * 1e6) / 1e6;
}

Ranking rank_tenders(std::span<const RankKey> keys, std::span<const TieBreak> tie_break) {
  Ranking ranking;
  const std::size_t n = keys.size();
  ranking.order.resize(n);
  std::iota(ranking.order.begin(), ranking.order.end(), std::size_t{0});
  // A strict weak order: primary value, then the rules; equal keys keep their (id) order.
  std::stable_sort(ranking.order.begin(), ranking.order.end(), [&](std::size_t a, std::size_t b) {
    if (keys[a].primary != keys[b].primary)
      return keys[a].primary > keys[b].primary;
    const auto decided = separate(keys[a], keys[b], tie_break);
    return decided && decided->second == Outcome::better;
  });
  ranking.rank.assign(n, 0);
  ranking.decided_by.assign(n, std::nullopt);
  ranking.unresolved.assign(n, false);
  for (std::size_t pos = 0; pos < n; ++pos) {
    const std::size_t current = ranking.order[pos];
    ranking.rank[current] = static_cast<int>(pos) + 1;
    if (pos == 0)
      continue;
    const std::size_t previous = ranking.order[pos - 1];
    if (keys[previous].primary != keys[current].primary)
      continue;
    if (const auto decided = separate(keys[previous], keys[current], tie_break)) {
      ranking.decided_by[current] = decided->first;
    } else {
      ranking.rank[current] = ranking.rank[previous];
      ranking.unresolved[current] = true;
      ranking.unresolved[previous] = true;
    }
  }
  return ranking;
}

RankedField rank_field(const ScoringRules& rules, std::span<const Candidate> candidates,
                       std::span<const std::size_t> field, std::span<const TieBreak> tie_break) {
  RankedField result;
  result.rows = score_field(rules, candidates, field);
  std::vector<RankKey> keys;
  keys.reserve(field.size());
  for (std::size_t pos = 0; pos < field.size(); ++pos) {
    const Candidate& candidate = candidates[field[pos]];
    const ScoreRow& row = result.rows[pos];
    RankKey key;
    key.primary = row.adjusted_price ? -settle_price(*row.adjusted_price) : settle_score(row.total);
    key.quality = row.quality;
    key.price_minor = candidate.price_minor;
    key.has_price = candidate.has_price;
    key.received = candidate.received;
    keys.push_back(key);
  }
  result.ranking = rank_tenders(keys, tie_break);
  return result;
}

}  // namespace procure
