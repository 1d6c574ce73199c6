// The award method as the tender documents publish it and the evaluation
// report repeats it: the basis, the criteria tree with weights and shares,
// the scale, the scoring, the price model and the tie-break rules, all from
// the award structure exactly as loaded, the one the evaluation applies.
#include <functional>

#include "procure/documents/document_data.hpp"
#include "procure/model/display_names.hpp"
#include "procure/text/formatting.hpp"

namespace procure::documents_detail {
namespace {

// A tie-break rule that cannot separate two equal totals under the basis is
// left out of the published list: with quality only, equal totals are equal
// quality scores and there is no price; with price or cost alone, there are
// no quality scores. Leaving it out changes no outcome.
bool tie_break_applies(TieBreak rule, AwardBasis basis) {
  switch (rule) {
    case TieBreak::highest_quality:
      return basis == AwardBasis::best_price_quality;
    case TieBreak::lowest_price:
      return basis != AwardBasis::quality_only;
    case TieBreak::earliest_received:
    case TieBreak::lottery:
      return true;
  }
  return true;
}

std::string percent(const Decimal& value, Lang lang) {
  return format_percent(value, lang, Spacing::no_break);
}

nlohmann::json criteria_rows(const AwardCriteria& award, Lang lang, Lang primary) {
  nlohmann::json rows = nlohmann::json::array();
  // The walk visits the criteria in the order of all(), as the shares are listed.
  const auto shares = award.effective_weights();
  std::size_t visited = 0;
  const std::function<void(const std::vector<Criterion>&, const std::string&, int)> walk =
      [&](const std::vector<Criterion>& level, const std::string& prefix, int depth) {
        int n = 0;
        for (const auto& c : level) {
          const std::string number = prefix + std::to_string(++n);
          const auto& effective = shares[visited++];
          const std::string description(c.description.in(lang, primary));
          nlohmann::json row{
              {"number", number},
              {"name", std::string(c.name.in(lang, primary))},
              {"is_main", depth == 0},
              {"is_price", c.kind == CriterionKind::price},
              {"weight", percent(c.weight, lang)},
              {"has_range", c.weight_range.has_value()},
              {"range", c.weight_range ? percent(c.weight_range->low, lang) + "–" +
                                             percent(c.weight_range->high, lang)
                                       : ""},
              {"effective_weight", effective ? percent(*effective, lang) : ""},
              {"has_children", !c.children.empty()},
              {"has_description", !description.empty()},
              {"description", description},
              {"has_min_score", c.min_score.has_value()},
              {"min_score", c.min_score ? format_decimal(*c.min_score, lang) : ""},
          };
          rows.push_back(row);
          walk(c.children, number + ".", depth + 1);
        }
      };
  walk(award.criteria, "", 0);
  return rows;
}

}  // namespace

nlohmann::json award_data(const AwardCriteria& award, const Case& c, Lang lang) {
  const Lang primary = c.primary_language();
  nlohmann::json data{
      {"basis", label(lang, display_key(award.basis))},
      {"basis_best_price_quality", award.basis == AwardBasis::best_price_quality},
      {"basis_lowest_price", award.basis == AwardBasis::lowest_price},
      {"basis_lowest_cost", award.basis == AwardBasis::lowest_cost},
      {"basis_quality_only", award.basis == AwardBasis::quality_only},
      {"scale_min", format_decimal(award.scale.min, lang)},
      {"scale_max", format_decimal(award.scale.max, lang)},
      {"quality_scoring", label(lang, display_key(award.quality_scoring))},
      {"scoring_relative", award.quality_scoring == QualityScoring::relative},
      {"combination", label(lang, display_key(award.combination))},
      {"combination_consensus", award.combination == EvaluatorCombination::consensus},
      {"disagreement_threshold", percent(award.disagreement_threshold, lang)},
      {"criteria", criteria_rows(award, lang, primary)},
  };
  const auto& model = award.price_model;
  data["has_price_model"] = model.has_value();
  data["price_model"] = model ? label(lang, display_key(model->kind)) : "";
  data["price_linear"] = model && model->kind == PriceModelKind::linear;
  data["price_proportional"] = model && model->kind == PriceModelKind::proportional;
  data["price_min_max"] = model && model->kind == PriceModelKind::min_max;
  data["price_quality"] = model && model->kind == PriceModelKind::price_quality;
  data["floor_at_zero"] = model && model->floor_at_zero;
  data["value_per_point"] = model && model->value_per_point
                                ? format_money(*model->value_per_point, lang, Spacing::no_break)
                                : "";
  nlohmann::json tie_break = nlohmann::json::array();
  for (const TieBreak rule : award.tie_break) {
    if (!tie_break_applies(rule, award.basis))
      continue;
    tie_break.push_back(
        {{"number", std::to_string(tie_break.size() + 1)},
         {"rule", case_label(c, lang,
                             "doc.tie-break." + std::string(name_in(tie_break_choices(), rule)))}});
  }
  data["tie_break"] = tie_break;
  data["has_tie_break"] = !tie_break.empty();
  return data;
}

}  // namespace procure::documents_detail
