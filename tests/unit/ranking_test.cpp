// Ranking with the tie-break rules, scoring a field (relative quality,
// parents, price-quality), and the robustness analyses, on small fields
// worked by hand.
#include <doctest/doctest.h>

#include "procure/evaluation/criteria_layout.hpp"
#include "procure/evaluation/ranking.hpp"
#include "procure/evaluation/robustness.hpp"

using namespace procure;

namespace {

Instant at(long long seconds) {
  return Instant{std::chrono::seconds{seconds}};
}

RankKey key(double total, double quality, std::int64_t price, long long received) {
  RankKey k;
  k.primary = settle_score(total);
  k.quality = quality;
  k.price_minor = price;
  k.has_price = true;
  k.received = at(received);
  return k;
}

Criterion leaf(std::string id, long long weight, CriterionKind kind = CriterionKind::quality) {
  Criterion c;
  c.id = std::move(id);
  c.weight = Decimal::from_integer(weight);
  c.kind = kind;
  return c;
}

// Price 30 %, quality 70 % (method 50, team 50): the KMD shape, smaller.
AwardCriteria price_and_quality(PriceModelKind model) {
  AwardCriteria award;
  award.criteria.push_back(leaf("price", 30, CriterionKind::price));
  Criterion quality = leaf("quality", 70);
  quality.children.push_back(leaf("method", 50));
  quality.children.push_back(leaf("team", 50));
  award.criteria.push_back(quality);
  award.price_model = PriceModel{};
  award.price_model->kind = model;
  return award;
}

Candidate candidate(double price, double method, double team, long long received = 0) {
  Candidate c;
  c.price = price;
  c.price_minor = static_cast<std::int64_t>(price * 100);
  c.has_price = true;
  c.received = at(received);
  c.absolute = {0, 0, method, team};  // price, quality, method, team
  return c;
}

}  // namespace

TEST_CASE("ranking: highest total first; tie-break rules in the case's order") {
  const std::vector<TieBreak> rules{TieBreak::highest_quality, TieBreak::lowest_price,
                                    TieBreak::earliest_received};
  // b and c tie on total; c has the better quality. d and e tie on total and
  // quality; e is cheaper. f and g tie on all but time; f came first.
  const std::vector<RankKey> keys{
      key(8.0, 7, 100, 0),    // a
      key(7.0, 6, 100, 0),    // b
      key(7.0, 6.5, 100, 0),  // c
      key(6.0, 6, 200, 0),    // d
      key(6.0, 6, 150, 0),    // e
      key(5.0, 5, 100, 20),   // f... received later than g
      key(5.0, 5, 100, 10),   // g
  };
  const Ranking r = rank_tenders(keys, rules);
  CHECK(r.order == std::vector<std::size_t>{0, 2, 1, 4, 3, 6, 5});
  CHECK(r.rank == std::vector<int>{1, 3, 2, 5, 4, 7, 6});
  CHECK(r.decided_by[1] == TieBreak::highest_quality);
  CHECK(r.decided_by[3] == TieBreak::lowest_price);
  CHECK(r.decided_by[5] == TieBreak::earliest_received);
  CHECK_FALSE(r.decided_by[0]);
  for (const bool unresolved : r.unresolved)
    CHECK_FALSE(unresolved);
}

TEST_CASE("ranking: a lottery is never drawn by the tool; the tie stays and the rank is shared") {
  const std::vector<RankKey> keys{key(7.0, 6, 100, 5), key(7.0, 6, 100, 5), key(6.0, 6, 100, 5)};
  const Ranking r =
      rank_tenders(keys, std::vector<TieBreak>{TieBreak::lottery, TieBreak::lowest_price});
  CHECK(r.rank == std::vector<int>{1, 1, 3});
  CHECK(r.unresolved == std::vector<bool>{true, true, false});
  // Rules after the lottery are not reached, even when they would separate.
  const std::vector<RankKey> cheaper{key(7.0, 6, 100, 5), key(7.0, 6, 90, 5)};
  const Ranking lottery_first =
      rank_tenders(cheaper, std::vector<TieBreak>{TieBreak::lottery, TieBreak::lowest_price});
  CHECK(lottery_first.unresolved == std::vector<bool>{true, true});
}

TEST_CASE("scoring a field: price model, parents as weighted sums, total") {
  const AwardCriteria award = price_and_quality(PriceModelKind::linear);
  const CriteriaLayout layout = CriteriaLayout::of(award);
  REQUIRE(layout.nodes.size() == 4);
  CHECK(layout.nodes[2].weight == doctest::Approx(0.35));
  CHECK(layout.quality_weight == doctest::Approx(0.70));
  ScoringRules rules;
  rules.layout = &layout;
  rules.price_model = award.price_model;
  const std::vector<Candidate> field{candidate(100, 8, 6), candidate(150, 9, 9)};
  const std::vector<std::size_t> all{0, 1};
  const auto rows = score_field(rules, field, all);
  // A: price 10, quality (8 + 6) / 2 = 7: 0.3 × 10 + 0.7 × 7 = 7.9.
  CHECK(rows[0].score[0] == doctest::Approx(10));
  CHECK(rows[0].score[1] == doctest::Approx(7));
  CHECK(rows[0].total == doctest::Approx(7.9));
  // B: price 10 - 10 × 0.5 = 5, quality 9: 1.5 + 6.3 = 7.8.
  CHECK(rows[1].score[0] == doctest::Approx(5));
  CHECK(rows[1].total == doctest::Approx(7.8));
  CHECK(rows[1].quality == doctest::Approx(9));
  CHECK(rows[1].points[2] == doctest::Approx(3.15));
}

TEST_CASE("relative quality scoring: the best tender gets the top of the scale") {
  AwardCriteria award = price_and_quality(PriceModelKind::linear);
  award.quality_scoring = QualityScoring::relative;
  const CriteriaLayout layout = CriteriaLayout::of(award);
  ScoringRules rules;
  rules.layout = &layout;
  rules.price_model = award.price_model;
  rules.quality_scoring = QualityScoring::relative;
  const std::vector<Candidate> field{candidate(100, 8, 5), candidate(100, 4, 4)};
  const std::vector<std::size_t> all{0, 1};
  const auto rows = score_field(rules, field, all);
  CHECK(rows[0].score[2] == doctest::Approx(10));  // 8 is the best: 10
  CHECK(rows[1].score[2] == doctest::Approx(5));   // 4 of 8: 5
  CHECK(rows[0].score[3] == doctest::Approx(10));  // 5 is the best: 10
  CHECK(rows[1].score[3] == doctest::Approx(8));   // 4 of 5: 8
}

TEST_CASE("relative quality scoring: tenders all equal on a criterion are each the best") {
  AwardCriteria award = price_and_quality(PriceModelKind::min_max);
  award.quality_scoring = QualityScoring::relative;
  const CriteriaLayout layout = CriteriaLayout::of(award);
  ScoringRules rules;
  rules.layout = &layout;
  rules.price_model = award.price_model;
  rules.quality_scoring = QualityScoring::relative;
  const std::vector<std::size_t> all{0, 1, 2};
  // Everyone at the bottom of the scale on method: the best still gets the
  // top, and all three are the best. Team 6, 6, 6: the same.
  const std::vector<Candidate> equal{candidate(100, 0, 6), candidate(150, 0, 6),
                                     candidate(200, 0, 6)};
  const auto rows = score_field(rules, equal, all);
  for (const ScoreRow& row : rows) {
    CHECK(row.score[2] == doctest::Approx(10));
    CHECK(row.score[3] == doctest::Approx(10));
    CHECK(row.quality == doctest::Approx(10));
  }
  // The criterion adds the same to every total, so only price separates them:
  // min-max 10, 5, 0 × 30 % + 10 × 70 %.
  CHECK(rows[0].total == doctest::Approx(10));
  CHECK(rows[1].total == doctest::Approx(8.5));
  CHECK(rows[2].total == doctest::Approx(7));
  // On a 1-5 scale, everyone at 1 gets 5; one tender above the bottom makes
  // the others keep the bottom: 1 + (1 - 1) × 4 / (3 - 1) = 1.
  rules.scale_min = 1;
  rules.scale_max = 5;
  const std::vector<Candidate> bottom{candidate(100, 1, 1), candidate(100, 1, 3),
                                      candidate(100, 1, 1)};
  const auto on_five = score_field(rules, bottom, all);
  CHECK(on_five[0].score[2] == doctest::Approx(5));
  CHECK(on_five[1].score[2] == doctest::Approx(5));
  CHECK(on_five[0].score[3] == doctest::Approx(1));
  CHECK(on_five[1].score[3] == doctest::Approx(5));
  // Equal prices under min-max: each is the lowest and gets the top.
  CHECK(on_five[2].score[0] == doctest::Approx(5));
}

TEST_CASE("relative quality scoring: a criterion all equal leaves the ranking to the others") {
  AwardCriteria award = price_and_quality(PriceModelKind::linear);
  award.quality_scoring = QualityScoring::relative;
  const CriteriaLayout layout = CriteriaLayout::of(award);
  ScoringRules rules;
  rules.layout = &layout;
  rules.price_model = award.price_model;
  rules.quality_scoring = QualityScoring::relative;
  const std::vector<std::size_t> all{0, 1, 2};
  // Method all at the bottom or all in the middle: the same scores, so the
  // level at which they are equal cannot matter.
  const std::vector<Candidate> at_bottom{candidate(100, 0, 8), candidate(125, 0, 4),
                                         candidate(150, 0, 6)};
  const std::vector<Candidate> in_middle{candidate(100, 5, 8), candidate(125, 5, 4),
                                         candidate(150, 5, 6)};
  const auto bottom = score_field(rules, at_bottom, all);
  const auto middle = score_field(rules, in_middle, all);
  for (std::size_t i = 0; i < all.size(); ++i) {
    CAPTURE(i);
    CHECK(bottom[i].score[2] == doctest::Approx(10));
    CHECK(bottom[i].total == doctest::Approx(middle[i].total));
    CHECK(bottom[i].quality == doctest::Approx(middle[i].quality));
    // Every gap between totals is the gap in price and team points alone.
    for (std::size_t j = 0; j < all.size(); ++j) {
      const double others_i = bottom[i].points[0] + bottom[i].points[3];
      const double others_j = bottom[j].points[0] + bottom[j].points[3];
      CHECK(bottom[i].total - bottom[j].total == doctest::Approx(others_i - others_j));
    }
  }
  // A small lead takes the whole scale (0, 0, 0.5 score 0, 0, 10); without
  // that tender the two left are equal again and each gets the top.
  const std::vector<Candidate> small_lead{candidate(100, 0, 8), candidate(100, 0, 8),
                                          candidate(100, 0.5, 8)};
  const auto led = score_field(rules, small_lead, all);
  CHECK(led[0].score[2] == doctest::Approx(0));
  CHECK(led[1].score[2] == doctest::Approx(0));
  CHECK(led[2].score[2] == doctest::Approx(10));
  const std::vector<std::size_t> without_leader{0, 1};
  const auto left = score_field(rules, small_lead, without_leader);
  CHECK(left[0].score[2] == doctest::Approx(10));
  CHECK(left[1].score[2] == doctest::Approx(10));
}

TEST_CASE("price-quality model: the lowest adjusted price ranks first") {
  AwardCriteria award = price_and_quality(PriceModelKind::price_quality);
  award.price_model->value_per_point = Money({"NOK", 2}, 2'000'000);  // NOK 20 000
  const CriteriaLayout layout = CriteriaLayout::of(award);
  ScoringRules rules;
  rules.layout = &layout;
  rules.price_model = award.price_model;
  rules.value_per_point = 20'000;
  // A: 1 000 000 + 20 000 × (10 - 6) = 1 080 000; B: 1 050 000 + 20 000 × 2 = 1 090 000.
  const std::vector<Candidate> field{candidate(1'050'000, 8, 8), candidate(1'000'000, 6, 6)};
  const std::vector<std::size_t> all{0, 1};
  const RankedField ranked = rank_field(rules, field, all, award.tie_break);
  CHECK(*ranked.rows[0].adjusted_price == doctest::Approx(1'090'000));
  CHECK(*ranked.rows[1].adjusted_price == doctest::Approx(1'080'000));
  CHECK(ranked.ranking.order == std::vector<std::size_t>{1, 0});
  // They meet where 1 050 000 - 1 000 000 = V × (8 - 6): V = 25 000.
  const ValueSwap swap = value_swap(field[1], ranked.rows[1], field[0], ranked.rows[0]);
  CHECK(swap.possible);
  CHECK(swap.value_per_point == doctest::Approx(25'000));
}

TEST_CASE("weight swap: the least weight moved between main criteria that levels the top two") {
  const AwardCriteria award = price_and_quality(PriceModelKind::linear);
  const CriteriaLayout layout = CriteriaLayout::of(award);
  ScoreRow first;
  ScoreRow second;
  // First: price 10, quality 7 -> 7.9. Second: price 5, quality 9 -> 7.8.
  first.score = {10, 7, 0, 0};
  second.score = {5, 9, 0, 0};
  first.total = 7.9;
  second.total = 7.8;
  const WeightSwap swap = weight_swap(layout, first, second);
  REQUIRE(swap.possible);
  // The lead is 30 × 5 + 70 × (-2) = 10 weight-points (0.1 points). Each percentage point
  // moved from price (first ahead by 5) to quality (first behind by 2) takes 7 off: x = 10 / 7.
  CHECK(swap.margin == doctest::Approx(0.1));
  CHECK(swap.shift == doctest::Approx(10.0 / 7.0));
  REQUIRE(swap.moves.size() == 1);
  CHECK(swap.moves[0].from == 0);
  CHECK(swap.moves[0].to == 1);
  // Check: weights 30 - 10/7 and 70 + 10/7 make them equal.
  const double w_price = 0.30 - 10.0 / 700.0;
  const double w_quality = 0.70 + 10.0 / 700.0;
  CHECK(w_price * 10 + w_quality * 7 == doctest::Approx(w_price * 5 + w_quality * 9));

  // Ahead on every criterion: no weighting makes the second first.
  second.score = {5, 6, 0, 0};
  second.total = 0.3 * 5 + 0.7 * 6;
  const WeightSwap none = weight_swap(layout, first, second);
  CHECK_FALSE(none.possible);
  CHECK(none.moves.empty());
}

TEST_CASE("rank reversal: without the cheapest tender, two others swap places") {
  // Linear model, price 50 %, quality 50 %; a (100, quality 2) alone holds the lowest price.
  // With a:    b (150, q 6) = 0.5 × 5 + 3 = 5.5;   c (175, q 8) = 0.5 × 2.5 + 4 = 5.25.
  // Without a: b = 0.5 × 10 + 3 = 8.0;  c = 0.5 × (10 - 10 × 25 / 150) + 4 = 8.17: c passes b.
  AwardCriteria award;
  award.criteria.push_back(leaf("price", 50, CriterionKind::price));
  award.criteria.push_back(leaf("quality", 50));
  award.price_model = PriceModel{};
  const CriteriaLayout layout = CriteriaLayout::of(award);
  ScoringRules rules;
  rules.layout = &layout;
  rules.price_model = award.price_model;
  auto make = [](double price, double quality) {
    Candidate c;
    c.price = price;
    c.price_minor = static_cast<std::int64_t>(price * 100);
    c.has_price = true;
    c.absolute = {0, quality};
    return c;
  };
  const std::vector<Candidate> field{make(100, 2), make(150, 6), make(175, 8)};
  const std::vector<std::size_t> all{0, 1, 2};
  const std::vector<TieBreak> rules_order{TieBreak::lowest_price};
  const RankedField ranked = rank_field(rules, field, all, rules_order);
  CHECK(ranked.rows[1].total == doctest::Approx(5.5));
  CHECK(ranked.rows[2].total == doctest::Approx(5.25));
  const auto reversals = rank_reversals(rules, field, all, rules_order, ranked.ranking);
  REQUIRE(reversals.size() == 1);
  CHECK(reversals[0].removed == 0);
  CHECK(reversals[0].ahead == 1);
  CHECK(reversals[0].behind == 2);
  CHECK(reversals[0].changes == 1);

  // Under price-quality no tender moves the others' scores: nothing to report.
  ScoringRules fixed = rules;
  fixed.price_model->kind = PriceModelKind::price_quality;
  fixed.value_per_point = 10;
  const RankedField fixed_ranked = rank_field(fixed, field, all, rules_order);
  CHECK(rank_reversals(fixed, field, all, rules_order, fixed_ranked.ranking).empty());
}

TEST_CASE("what-if: every price model side by side, the applied one marked") {
  AwardCriteria award = price_and_quality(PriceModelKind::proportional);
  const CriteriaLayout layout = CriteriaLayout::of(award);
  ScoringRules rules;
  rules.layout = &layout;
  rules.price_model = award.price_model;
  const std::vector<Candidate> field{candidate(100, 5, 5), candidate(300, 9, 9)};
  const std::vector<std::size_t> all{0, 1};
  const auto what_if = what_if_rankings(rules, field, all, award.tie_break);
  // linear, linear floored, proportional, min-max (no price-quality: no value per point).
  REQUIRE(what_if.size() == 4);
  CHECK(what_if[0].model.kind == PriceModelKind::linear);
  CHECK(what_if[1].model.floor_at_zero);
  CHECK(what_if[2].as_applied);
  CHECK_FALSE(what_if[0].as_applied);
  // Linear: the dear tender scores 10 - 20 = -10 on price: 0.3 × -10 + 0.7 × 9 = 3.3.
  CHECK(what_if[0].result.rows[1].total == doctest::Approx(3.3));
  // Floored: 0 + 6.3.
  CHECK(what_if[1].result.rows[1].total == doctest::Approx(6.3));
}
