// The tender documents (konkurransegrunnlag): the criteria, weights, scale
// and price model are the award structure exactly as loaded, the one the
// evaluation applies, so the published rules and the scoring cannot differ.
#include <functional>

#include "procure/documents/document_data.hpp"
#include "procure/model/display_names.hpp"
#include "procure/text/formatting.hpp"

namespace procure::documents_detail {
namespace {

// A standard milestone may carry its own title ("Application deadline" for a
// prize's tender deadline); the catalog names it otherwise.
std::string milestone_name(const Milestone& m, Lang lang, Lang primary) {
  if (m.kind == MilestoneKind::custom || !m.title.empty())
    return std::string(m.title.in(lang, primary));
  return label(lang, display_key(m.kind));
}

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

std::string milestone_when(const Milestone& m, Lang lang) {
  if (const auto* exact = m.exact())
    return format_date_time_long(*exact, lang);
  return format_window(std::get<DateWindow>(m.when), lang);
}

std::string percent(const Decimal& value, Lang lang) {
  return format_percent(value, lang, Spacing::no_break);
}

nlohmann::json criteria_rows(const AwardCriteria& award, Lang lang, Lang primary) {
  nlohmann::json rows = nlohmann::json::array();
  const std::function<void(const std::vector<Criterion>&, const std::string&, int)> walk =
      [&](const std::vector<Criterion>& level, const std::string& prefix, int depth) {
        int n = 0;
        for (const auto& c : level) {
          const std::string number = prefix + std::to_string(++n);
          const auto effective = award.effective_weight(c.id);
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

}  // namespace

nlohmann::json build_tender_documents(const DocumentSources& sources, Lang lang,
                                      Diagnostics& diagnostics) {
  const Case& c = sources.kase;
  const Lang primary = c.primary_language();
  if (!c.award)
    return report_missing_part(c, "document.no-award", "tender-documents", diagnostics);
  nlohmann::json data;
  // "To be derived" is a planning state, not a rule to publish.
  data["has_regime"] = c.regime != Regime::derive;
  data["regime"] = label(lang, display_key(c.regime));
  data["category"] = label(lang, display_key(c.category));
  data["has_estimated_value"] = c.estimated_value.has_value();
  data["estimated_value"] =
      c.estimated_value ? format_money(*c.estimated_value, lang, Spacing::no_break) : "";
  nlohmann::json cpv = nlohmann::json::array();
  for (const auto& code : c.cpv)
    cpv.push_back({{"code", code.code()}});
  data["cpv"] = cpv;
  data["has_cpv"] = !cpv.empty();
  data["electronic_submission"] = c.electronic_submission;

  nlohmann::json timeline = nlohmann::json::array();
  for (const auto& m : c.timeline.milestones) {
    timeline.push_back(
        {{"name", milestone_name(m, lang, primary)}, {"when", milestone_when(m, lang)}});
  }
  data["timeline"] = timeline;
  for (const auto& [key, kind] :
       {std::pair{"tender_deadline", MilestoneKind::tender_deadline},
        std::pair{"clarification_deadline", MilestoneKind::clarification_deadline},
        std::pair{"tender_validity_end", MilestoneKind::tender_validity_end},
        std::pair{"tender_opening", MilestoneKind::tender_opening}}) {
    const Milestone* m = c.timeline.find(kind);
    data[std::string("has_") + key] = m != nullptr;
    data[key] = m != nullptr ? milestone_when(*m, lang) : "";
  }

  nlohmann::json qualification = nlohmann::json::array();
  int number = 0;
  for (const auto& q : c.qualification) {
    const std::string evidence(q.evidence.in(lang, primary));
    qualification.push_back({{"number", std::to_string(++number)},
                             {"requirement", std::string(q.requirement.in(lang, primary))},
                             {"evidence", evidence},
                             {"has_evidence", !evidence.empty()}});
  }
  data["qualification"] = qualification;
  data["has_qualification"] = !qualification.empty();
  // A prize's jury is named in the call; a procurement's evaluators are not published.
  nlohmann::json jury = nlohmann::json::array();
  if (c.procedure == Procedure::prize) {
    for (const auto& e : c.evaluators) {
      const std::string role(e.role.in(lang, primary));
      jury.push_back({{"name", e.name}, {"role", role}, {"has_role", !role.empty()}});
    }
  }
  data["jury"] = jury;
  data["has_jury"] = !jury.empty();
  data["award"] = award_data(*c.award, c, lang);
  return data;
}

}  // namespace procure::documents_detail
