#include "procure/model/award_criteria.hpp"

#include <array>
#include <functional>

namespace procure {
namespace {

constexpr std::array<Choice<AwardBasis>, 4> bases{{
    {"best-price-quality", AwardBasis::best_price_quality},
    {"lowest-price", AwardBasis::lowest_price},
    {"lowest-cost", AwardBasis::lowest_cost},
    {"quality-only", AwardBasis::quality_only},
}};
constexpr std::array<Choice<QualityScoring>, 2> scorings{{
    {"absolute", QualityScoring::absolute},
    {"relative", QualityScoring::relative},
}};
constexpr std::array<Choice<PriceModelKind>, 4> price_models{{
    {"linear", PriceModelKind::linear},
    {"proportional", PriceModelKind::proportional},
    {"min-max", PriceModelKind::min_max},
    {"price-quality", PriceModelKind::price_quality},
}};
constexpr std::array<Choice<EvaluatorCombination>, 2> combinations{{
    {"consensus", EvaluatorCombination::consensus},
    {"average", EvaluatorCombination::average},
}};
constexpr std::array<Choice<CriterionKind>, 2> criterion_kinds{{
    {"quality", CriterionKind::quality},
    {"price", CriterionKind::price},
}};
constexpr std::array<Choice<ClimateMeasure>, 4> climate_measures{{
    {"specification", ClimateMeasure::specification},
    {"insignificant-footprint", ClimateMeasure::insignificant_footprint},
    {"health-safety-preparedness", ClimateMeasure::health_safety_preparedness},
    {"national-minimum", ClimateMeasure::national_minimum},
}};
constexpr std::array<Choice<TieBreak>, 4> tie_breaks{{
    {"highest-quality", TieBreak::highest_quality},
    {"lowest-price", TieBreak::lowest_price},
    {"earliest-received", TieBreak::earliest_received},
    {"lottery", TieBreak::lottery},
}};

}  // namespace

bool Scale::usable() const {
  const Decimal limit = Decimal::from_integer(max_magnitude);
  const auto width = max.minus(min);
  return min.normalized().scale() <= max_decimals && max.normalized().scale() <= max_decimals &&
         limit.negated() <= min && max <= limit && width && Decimal::from_integer(1) <= *width;
}

std::span<const Choice<AwardBasis>> award_basis_choices() {
  return bases;
}
std::span<const Choice<QualityScoring>> quality_scoring_choices() {
  return scorings;
}
std::span<const Choice<PriceModelKind>> price_model_choices() {
  return price_models;
}
std::span<const Choice<EvaluatorCombination>> evaluator_combination_choices() {
  return combinations;
}
std::span<const Choice<CriterionKind>> criterion_kind_choices() {
  return criterion_kinds;
}
std::span<const Choice<TieBreak>> tie_break_choices() {
  return tie_breaks;
}
std::span<const Choice<ClimateMeasure>> climate_measure_choices() {
  return climate_measures;
}

std::vector<const Criterion*> AwardCriteria::all() const {
  std::vector<const Criterion*> out;
  const std::function<void(const std::vector<Criterion>&)> walk =
      [&](const std::vector<Criterion>& level) {
        for (const auto& c : level) {
          out.push_back(&c);
          walk(c.children);
        }
      };
  walk(criteria);
  return out;
}

const Criterion* AwardCriteria::find(std::string_view id) const {
  for (const Criterion* c : all()) {
    if (c->id == id)
      return c;
  }
  return nullptr;
}

std::optional<Decimal> AwardCriteria::effective_weight(std::string_view id) const {
  const auto shares = effective_weights();
  const auto criteria_in_order = all();
  for (std::size_t i = 0; i < criteria_in_order.size(); ++i) {
    if (criteria_in_order[i]->id == id)
      return shares[i];
  }
  return std::nullopt;
}

std::vector<std::optional<Decimal>> AwardCriteria::effective_weights() const {
  std::vector<std::optional<Decimal>> shares;
  const std::function<void(const std::vector<Criterion>&, const std::optional<Decimal>&)> walk =
      [&](const std::vector<Criterion>& level, const std::optional<Decimal>& share) {
        for (const auto& c : level) {
          // share and weight are percentages: share × weight / 100.
          const auto product = share ? share->times(c.weight) : std::nullopt;
          const auto mine =
              product
                  ? std::optional(
                        Decimal::from_units(product->units(), product->scale() + 2).normalized())
                  : std::nullopt;
          shares.push_back(mine);
          walk(c.children, mine);
        }
      };
  walk(criteria, Decimal::from_integer(100));
  return shares;
}

std::vector<bool> AwardCriteria::climate_marks() const {
  std::vector<bool> marks;
  const std::function<void(const std::vector<Criterion>&, bool)> walk =
      [&](const std::vector<Criterion>& level, bool parent_marked) {
        for (const auto& c : level) {
          const bool marked = parent_marked || c.climate_and_environment;
          marks.push_back(marked);
          walk(c.children, marked);
        }
      };
  walk(criteria, false);
  return marks;
}

Decimal AwardCriteria::climate_share() const {
  Decimal total;
  // Each marked criterion counted once, at its highest marked level.
  const std::function<void(const std::vector<Criterion>&, const Decimal&)> walk =
      [&](const std::vector<Criterion>& level, const Decimal& share) {
        for (const auto& c : level) {
          const Decimal& weight = c.weight_range ? c.weight_range->low : c.weight;
          const auto product = share.times(weight);
          if (!product)
            continue;
          const Decimal mine = Decimal::from_units(product->units(), product->scale() + 2);
          if (c.climate_and_environment) {
            if (const auto sum = total.plus(mine))
              total = *sum;
          } else {
            walk(c.children, mine);
          }
        }
      };
  walk(criteria, Decimal::from_integer(100));
  return total.normalized();
}

}  // namespace procure
