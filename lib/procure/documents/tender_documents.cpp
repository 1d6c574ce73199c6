// The tender documents (konkurransegrunnlag), in the order of DFØ's standard
// templates: the criteria, weights, scale and price model are the award
// structure exactly as loaded, the one the evaluation applies, so the
// published rules and the scoring cannot differ; the other sections are the
// case's own text blocks (tender_terms:) or the template's standard text.
#include "procure/documents/document_data.hpp"
#include "procure/model/display_names.hpp"
#include "procure/rules/regime.hpp"
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

std::string milestone_when(const Milestone& m, Lang lang) {
  if (const auto* exact = m.exact())
    return format_date_time_long(*exact, lang);
  return format_window(std::get<DateWindow>(m.when), lang);
}

}  // namespace

Regime applied_regime(const DocumentSources& sources) {
  const Case& c = sources.kase;
  if (c.regime != Regime::derive || sources.rules == nullptr)
    return c.regime;
  const Milestone* notice = c.timeline.find(MilestoneKind::notice_sent);
  const Date on = notice != nullptr ? notice->latest_date() : sources.today;
  const auto derived = derive_regime(c, *sources.rules, on);
  return derived ? derived->regime : Regime::derive;
}

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

  // What the regulation's part decides: the ESPD and the chapter of the
  // award notice and rejection rules (part III: FOA §§ 17-1, 24, 25; part II: §§ 9, 10).
  const Regime regime = applied_regime(sources);
  const Procedure procedure = c.procedure;
  data["negotiation"] = procedure == Procedure::competitive_negotiation ||
                        procedure == Procedure::competitive_dialogue ||
                        procedure == Procedure::innovation_partnership ||
                        procedure == Procedure::national_negotiation;
  data["two_stage"] =
      procedure == Procedure::restricted || procedure == Procedure::competitive_negotiation ||
      procedure == Procedure::competitive_dialogue ||
      procedure == Procedure::innovation_partnership || procedure == Procedure::national_restricted;
  data["is_part_3"] = regime == Regime::part_3;
  data["is_part_2"] = regime == Regime::part_2;
  data["languages"] = label(lang, "doc.tender.language." + std::string(lang_code(primary)));
  const TenderTerms& terms = c.tender_terms;
  put_text_block(data, "contract", terms.contract, lang, primary);
  put_text_block(data, "communication", terms.communication, lang, primary);
  put_text_block(data, "language", terms.language, lang, primary);
  put_text_block(data, "reservations", terms.reservations, lang, primary);
  put_text_block(data, "alternatives", terms.alternatives, lang, primary);
  put_text_block(data, "tender_contents", terms.tender_contents, lang, primary);
  put_text_block(data, "confidentiality", terms.confidentiality, lang, primary);
  put_text_block(data, "rejection", terms.rejection, lang, primary);
  nlohmann::json annexes = nlohmann::json::array();
  int annex = 0;
  for (const auto& text : terms.annexes)
    annexes.push_back(
        {{"number", std::to_string(++annex)}, {"text", std::string(text.in(lang, primary))}});
  data["annexes"] = annexes;
  data["has_annexes"] = !annexes.empty();
  return data;
}

}  // namespace procure::documents_detail
