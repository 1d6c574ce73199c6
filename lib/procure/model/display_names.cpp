#include "procure/model/display_names.hpp"

namespace procure {
namespace {

template <class E>
std::string key(std::string_view kind, std::span<const Choice<E>> choices, E value) {
  return "name." + std::string(kind) + "." + std::string(name_in(choices, value));
}

}  // namespace

std::string display_key(Procedure v) {
  return key("procedure", procedure_choices(), v);
}
std::string display_key(Regime v) {
  return key("regime", regime_choices(), v);
}
std::string display_key(BuyerKind v) {
  return key("buyer-kind", buyer_kind_choices(), v);
}
std::string display_key(ContractCategory v) {
  return key("category", contract_category_choices(), v);
}
std::string display_key(AwardBasis v) {
  return key("award-basis", award_basis_choices(), v);
}
std::string display_key(PriceModelKind v) {
  return key("price-model", price_model_choices(), v);
}
std::string display_key(QualityScoring v) {
  return key("quality-scoring", quality_scoring_choices(), v);
}
std::string display_key(EvaluatorCombination v) {
  return key("evaluator-scores", evaluator_combination_choices(), v);
}
std::string display_key(TieBreak v) {
  return key("tie-break", tie_break_choices(), v);
}
std::string display_key(MeetingKind v) {
  return key("meeting-kind", meeting_kind_choices(), v);
}
std::string display_key(MilestoneKind v) {
  return key("milestone", standard_milestones(), v);
}

}  // namespace procure
