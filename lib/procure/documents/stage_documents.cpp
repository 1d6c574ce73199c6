// The documents of a procedure in stages (docs/procedures.md): the
// invitation to tender to the candidates selected in the prequalification,
// the notice to each qualified candidate that was not selected, the notice
// to each tenderer dropped between rounds, the invitation to the negotiation
// meetings, the minutes of the negotiation, round by round, and the
// invitation to submit final tenders once a competitive dialogue is declared
// concluded, from the case's `stages:` section.
#include <algorithm>

#include "procure/documents/document_data.hpp"
#include "procure/text/formatting.hpp"

namespace procure::documents_detail {
namespace {

std::string time_text(const Timeline& timeline, const TimeRef& ref, Lang lang) {
  const auto at = timeline.resolve(ref);
  return at ? format_date_time_long(*at, lang) : std::string();
}

nlohmann::json id_list(const std::vector<std::string>& ids) {
  nlohmann::json list = nlohmann::json::array();
  for (const auto& id : ids)
    list.push_back({{"id", id}});
  return list;
}

std::string change_key(BasisChange change) {
  return "doc.negotiation.change." + std::string(name_in(basis_change_choices(), change));
}

}  // namespace

nlohmann::json build_invitation_to_tender(const DocumentSources& sources, Lang lang,
                                          Diagnostics& diagnostics) {
  const Case& c = sources.kase;
  const auto& pq = c.stages.prequalification;
  if (!pq || pq->invited.empty())
    return report_missing_part(c, "document.no-invited", "invitation-to-tender", diagnostics);
  nlohmann::json data;
  data["invited"] = id_list(pq->invited);
  data["invited_count"] = std::to_string(pq->invited.size());
  const auto& negotiation = c.stages.negotiation;
  const NegotiationRound* first = c.stages.round(1);
  std::string deadline;
  if (first != nullptr)
    deadline = time_text(c.timeline, first->tender_deadline, lang);
  else if (const Milestone* m = c.timeline.find(MilestoneKind::tender_deadline); m && m->exact())
    deadline = format_date_time_long(*m->exact(), lang);
  data["tender_deadline"] = deadline;
  data["has_tender_deadline"] = !deadline.empty();
  const Milestone* questions = c.timeline.find(MilestoneKind::clarification_deadline);
  data["has_clarification_deadline"] = questions != nullptr && questions->exact() != nullptr;
  data["clarification_deadline"] = questions != nullptr && questions->exact()
                                       ? format_date_time_long(*questions->exact(), lang)
                                       : "";
  const bool rounds = negotiation && negotiation->rounds.size() > 1;
  data["has_rounds"] = rounds;
  data["rounds"] = rounds ? std::to_string(negotiation->rounds.size()) : "";
  data["reduction_reserved"] = negotiation && negotiation->reduction_reserved;
  data["award_on_initial_reserved"] = negotiation && negotiation->award_on_initial_reserved;
  data["has_award"] = c.award.has_value();
  if (c.award)
    data["award"] = award_data(*c.award, c, lang);
  return data;
}

nlohmann::json build_non_selection_notice(const DocumentSources& sources, Lang lang,
                                          Diagnostics& diagnostics) {
  const Case& c = sources.kase;
  const auto& pq = c.stages.prequalification;
  if (!pq || pq->invited.empty())
    return report_missing_part(c, "document.no-invited", "non-selection-notice", diagnostics);
  nlohmann::json data;
  data["recipient"] = sources.tenderer;
  data["qualified_count"] = std::to_string(pq->qualified.size());
  data["invited_count"] = std::to_string(pq->invited.size());
  data["has_maximum"] = pq->maximum_candidates.has_value();
  data["maximum"] = pq->maximum_candidates ? std::to_string(*pq->maximum_candidates) : "";
  data["has_selection_criteria"] = !pq->selection_criteria.empty();
  data["selection_criteria"] = paragraphs(pq->selection_criteria, lang, c.primary_language());
  return data;
}

nlohmann::json build_reduction_notice(const DocumentSources& sources, Lang /*lang*/,
                                      Diagnostics& diagnostics) {
  const Case& c = sources.kase;
  if (!c.stages.negotiation || c.stages.negotiation->rounds.empty())
    return report_missing_part(c, "document.no-rounds", "reduction-notice", diagnostics);
  nlohmann::json data;
  data["recipient"] = sources.tenderer;
  for (const auto& round : c.stages.negotiation->rounds) {
    if (std::find(round.dropped.begin(), round.dropped.end(), sources.tenderer) ==
        round.dropped.end())
      continue;
    data["round"] = std::to_string(round.number);
    data["next_round"] = std::to_string(round.number + 1);
    data["remaining"] = id_list(c.stages.remaining_before(round.number + 1));
    data["has_remaining"] = !c.stages.remaining_before(round.number + 1).empty();
  }
  data["reduction_reserved"] = c.stages.negotiation->reduction_reserved;
  return data;
}

nlohmann::json build_negotiation_invitation(const DocumentSources& sources, Lang lang,
                                            Diagnostics& diagnostics) {
  const Case& c = sources.kase;
  const auto& negotiation = c.stages.negotiation;
  if (!negotiation || negotiation->rounds.empty())
    return report_missing_part(c, "document.no-rounds", "negotiation-invitation", diagnostics);
  // The negotiations after each round that has them, with the tenderers
  // still in the competition then and the deadline of the round that follows.
  nlohmann::json meetings = nlohmann::json::array();
  const auto& rounds = negotiation->rounds;
  for (std::size_t i = 0; i < rounds.size(); ++i) {
    const auto& round = rounds[i];
    if (!round.negotiations_start || !round.negotiations_end)
      continue;
    const bool has_next = i + 1 < rounds.size();
    meetings.push_back(
        {{"round", std::to_string(round.number)},
         {"from", time_text(c.timeline, *round.negotiations_start, lang)},
         {"to", time_text(c.timeline, *round.negotiations_end, lang)},
         {"tenderers", id_list(c.stages.remaining_before(round.number))},
         {"has_next", has_next},
         {"next_round", std::to_string(round.number + 1)},
         {"next_is_final", i + 2 == rounds.size()},
         {"next_deadline",
          has_next ? time_text(c.timeline, rounds[i + 1].tender_deadline, lang) : ""}});
  }
  if (meetings.empty())
    return report_missing_part(c, "document.no-rounds", "negotiation-invitation", diagnostics);
  nlohmann::json data;
  data["meetings"] = meetings;
  data["reduction_reserved"] = negotiation->reduction_reserved;
  return data;
}

nlohmann::json build_negotiation_minutes(const DocumentSources& sources, Lang lang,
                                         Diagnostics& diagnostics) {
  const Case& c = sources.kase;
  const Lang primary = c.primary_language();
  if (!c.stages.negotiation || c.stages.negotiation->rounds.empty())
    return report_missing_part(c, "document.no-rounds", "negotiation-minutes", diagnostics);
  const auto all = case_label(c, lang, "doc.negotiation.all-tenderers");
  nlohmann::json rounds = nlohmann::json::array();
  for (const auto& round : c.stages.negotiation->rounds) {
    nlohmann::json entries = nlohmann::json::array();
    for (const auto& entry : round.log) {
      std::string shared;
      if (entry.change != BasisChange::none) {
        if (entry.shared_with_all) {
          shared = all;
        } else {
          for (const auto& id : entry.shared_with)
            shared += (shared.empty() ? "" : ", ") + id;
        }
      }
      entries.push_back({{"date", format_date_long(entry.on, lang)},
                         {"with", entry.tenderer.empty() ? all : entry.tenderer},
                         {"summary", std::string(entry.summary.in(lang, primary))},
                         {"change", case_label(c, lang, change_key(entry.change))},
                         {"shared_with", shared},
                         {"is_shared", !shared.empty()}});
    }
    const bool meetings = round.negotiations_start && round.negotiations_end;
    rounds.push_back(
        {{"number", std::to_string(round.number)},
         {"tender_deadline", time_text(c.timeline, round.tender_deadline, lang)},
         {"is_final", &round == &c.stages.negotiation->rounds.back()},
         {"has_meetings", meetings},
         {"meetings_from", meetings ? time_text(c.timeline, *round.negotiations_start, lang) : ""},
         {"meetings_to", meetings ? time_text(c.timeline, *round.negotiations_end, lang) : ""},
         {"has_dropped", !round.dropped.empty()},
         {"dropped", id_list(round.dropped)},
         {"has_entries", !entries.empty()},
         {"entries", entries}});
  }
  nlohmann::json data;
  data["rounds"] = rounds;
  return data;
}

// The close of a competitive dialogue (2014/24/EU art. 30(6)): the
// dialogue declared concluded, the participants still in it invited to
// submit their final tenders by the last round's deadline.
nlohmann::json build_final_tender_invitation(const DocumentSources& sources, Lang lang,
                                             Diagnostics& diagnostics) {
  const Case& c = sources.kase;
  const auto& closing = c.stages.dialogue_closing;
  const NegotiationRound* final_round = c.stages.deciding_round();
  if (!closing)
    return report_missing_part(c, "document.no-dialogue-closing", "final-tender-invitation",
                               diagnostics);
  if (final_round == nullptr)
    return report_missing_part(c, "document.no-rounds", "final-tender-invitation", diagnostics);
  const auto invited =
      closing->invited_all ? c.stages.remaining_before(final_round->number) : closing->invited;
  nlohmann::json data;
  data["closed_at"] = time_text(c.timeline, closing->at, lang);
  data["invited"] = id_list(invited);
  data["invited_count"] = std::to_string(invited.size());
  data["dialogue_rounds"] = std::to_string(final_round->number - 1);
  data["final_round"] = std::to_string(final_round->number);
  data["final_deadline"] = time_text(c.timeline, final_round->tender_deadline, lang);
  data["has_award"] = c.award.has_value();
  if (c.award)
    data["award"] = award_data(*c.award, c, lang);
  return data;
}

}  // namespace procure::documents_detail
