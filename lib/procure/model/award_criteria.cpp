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
constexpr std::array<Choice<TieBreak>, 4> tie_breaks{{
    {"highest-quality", TieBreak::highest_quality},
    {"lowest-price", TieBreak::lowest_price},
    {"earliest-received", TieBreak::earliest_received},
    {"lottery", TieBreak::lottery},
}};

}  // namespace

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
  const std::function<std::optional<Decimal>(const std::vector<Criterion>&, const Decimal&)> walk =
      [&](const std::vector<Criterion>& level, const Decimal& share) -> std::optional<Decimal> {
    for (const auto& c : level) {
      // share and weight are percentages: share × weight / 100.
      const auto product = share.times(c.weight);
      if (!product)
        return std::nullopt;
      const Decimal mine = Decimal::from_units(product->units(), product->scale() + 2).normalized();
      if (c.id == id)
        return mine;
      if (auto found = walk(c.children, mine))
        return found;
    }
    return std::nullopt;
  };
  return walk(criteria, Decimal::from_integer(100));
}

}  // namespace procure
