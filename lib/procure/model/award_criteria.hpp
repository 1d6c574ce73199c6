#pragma once
// How tenders are compared: the award basis, the criteria tree with weights,
// the scoring scale and the price model. The same structure is published in
// the tender documents and applied by the evaluation, so they cannot differ.

#include <optional>
#include <span>
#include <string>
#include <vector>

#include "procure/core/choice.hpp"
#include "procure/core/decimal.hpp"
#include "procure/core/diagnostic.hpp"
#include "procure/core/localized_text.hpp"
#include "procure/core/money.hpp"

namespace procure {

enum class AwardBasis {
  best_price_quality,  // beste forhold mellom pris og kvalitet
  lowest_price,
  lowest_cost,
  quality_only,  // fixed price (or a prize): compete on quality alone
};

enum class QualityScoring { absolute, relative };

enum class PriceModelKind { linear, proportional, min_max, price_quality };

enum class EvaluatorCombination { consensus, average };

enum class CriterionKind { quality, price };

enum class TieBreak { highest_quality, lowest_price, earliest_received, lottery };

// How a procurement takes climate and environment into account other than
// by weighing award criteria at 30 % or more (FOA § 7-9): requirements in the
// specification that clearly do better, or one of the exemptions.
enum class ClimateMeasure {
  specification,               // klima- og miljøkrav i kravspesifikasjonen
  insignificant_footprint,     // ubetydelig klima- og miljøavtrykk
  health_safety_preparedness,  // vesentlige hensyn til helse, sikkerhet eller beredskap
  national_minimum,            // standardiserte minstekrav eller -kriterier som gjelder
};

std::span<const Choice<AwardBasis>> award_basis_choices();
std::span<const Choice<QualityScoring>> quality_scoring_choices();
std::span<const Choice<PriceModelKind>> price_model_choices();
std::span<const Choice<EvaluatorCombination>> evaluator_combination_choices();
std::span<const Choice<CriterionKind>> criterion_kind_choices();
std::span<const Choice<TieBreak>> tie_break_choices();
std::span<const Choice<ClimateMeasure>> climate_measure_choices();

struct PriceModel {
  PriceModelKind kind = PriceModelKind::linear;
  // Linear model: negative scores are lawful (KOFA 2015/60) unless the tender
  // documents say they are floored at 0.
  bool floor_at_zero = false;
  // Price-quality model: what one point of quality is worth in money.
  std::optional<Money> value_per_point;
  SourceSpan where;
};

struct WeightRange {
  Decimal low;
  Decimal high;
};

struct Criterion {
  std::string id;
  LocalizedText name;
  LocalizedText description;
  CriterionKind kind = CriterionKind::quality;
  Decimal weight;                           // percent of the parent's weight
  std::optional<WeightRange> weight_range;  // published range, when the weight itself is not
  std::optional<Decimal> min_score;         // tenders scoring lower are rejected
  // It weighs climate and environment (FOA § 7-9), with all its sub-criteria.
  bool climate_and_environment = false;
  std::vector<Criterion> children;
  SourceSpan where;
  SourceSpan weight_where;

  bool is_leaf() const { return children.empty(); }
};

struct Scale {
  // Scores are shown with two decimals, and every number derived from them
  // (totals, spreads, the chart's axis) must print as it is: a usable scale
  // has ends within ±max_magnitude, with at most max_decimals decimals, at
  // least 1 apart. Real scales are 0-10, 1-5 or 0-100.
  static constexpr int max_magnitude = 1000;
  static constexpr int max_decimals = 2;

  Decimal min = Decimal::from_integer(0);
  Decimal max = Decimal::from_integer(10);

  bool usable() const;
};

// The case's own word on FOA § 7-9 where its criteria do not carry it.
struct ClimateStatement {
  ClimateMeasure measure = ClimateMeasure::specification;
  LocalizedText reason;  // the justification the procurement documents give
  SourceSpan where;
};

struct AwardCriteria {
  AwardBasis basis = AwardBasis::best_price_quality;
  Scale scale;
  QualityScoring quality_scoring = QualityScoring::absolute;
  std::optional<PriceModel> price_model;
  EvaluatorCombination combination = EvaluatorCombination::consensus;
  Decimal disagreement_threshold = Decimal::from_integer(40);  // percent of the scale
  std::vector<TieBreak> tie_break{TieBreak::highest_quality, TieBreak::lowest_price,
                                  TieBreak::earliest_received};
  std::vector<Criterion> criteria;
  std::optional<ClimateStatement> climate_and_environment;
  // A prize: how many of the best-ranked applications the jury nominates
  // (tied ones share a place, so a tie at the last place nominates them all).
  std::optional<int> nominees;
  SourceSpan where;

  // Every criterion in the tree, parents before their children.
  std::vector<const Criterion*> all() const;
  const Criterion* find(std::string_view id) const;
  // A leaf's share of the total, in percent: the product of the weights on
  // its path (exact).
  std::optional<Decimal> effective_weight(std::string_view id) const;
  // Every criterion's share at once, in the order of all(): a document
  // listing thousands of criteria asks for each.
  std::vector<std::optional<Decimal>> effective_weights() const;
  // Whether the criterion at `index` of all() weighs climate and
  // environment, by its own mark or a parent's.
  std::vector<bool> climate_marks() const;
  // The share of the total, in percent, the criteria that weigh climate and
  // environment have: each counted at the lowest weight published for it
  // (a weight range's low end).
  Decimal climate_share() const;
};

}  // namespace procure
