// The procurement record (anskaffelsesprotokoll, FOA § 7-1; the items of
// Directive 2014/24/EU art. 84(1)): the buyer, the subject and value, the
// procedure and why, the notices, the market dialogue held, the tenderers,
// the rejections with their grounds, the evaluation and the award, and the
// reasons for key decisions. Everything is read off the case, its records,
// its files and the evaluation procure-score computes; what only the officer
// knows (why this procedure, conflicts of interest) is procurement_record:.
#include <algorithm>

#include "procure/documents/document_data.hpp"
#include "procure/flow/schedule.hpp"
#include "procure/model/display_names.hpp"
#include "procure/text/formatting.hpp"
#include "procure/time/oslo_time.hpp"

namespace procure::documents_detail {
namespace {

// A milestone's day or window as the case plans it, or empty.
std::string planned(const Case& c, MilestoneKind kind, Lang lang) {
  const Milestone* m = c.timeline.find(kind);
  if (m == nullptr)
    return {};
  if (const auto* exact = m->exact())
    return exact->time ? format_date_time_long(*exact, lang) : format_date_long(exact->date, lang);
  return format_window(std::get<DateWindow>(m->when), lang);
}

// The standstill's end as the case's schedule has it: counted by the rules
// from the award notices once they are recorded sent (FOA § 25-2), as the
// award notices state it, else as planned.
std::string standstill_end(const DocumentSources& sources, Lang lang) {
  const Case& c = sources.kase;
  if (sources.rules == nullptr)
    return planned(c, MilestoneKind::standstill_end, lang);
  const CaseSchedule schedule =
      case_schedule(c, case_progress(c, CaseEvidence{}, Instant::max()), *sources.rules);
  const ScheduleItem* end = schedule.last_of(MilestoneKind::standstill_end);
  if (end == nullptr)
    return {};
  if (const auto* at = std::get_if<DateTime>(&end->when))
    return at->time ? format_date_time_long(*at, lang) : format_date_long(at->date, lang);
  return format_window(std::get<DateWindow>(end->when), lang);
}

struct Event {
  Date date;
  std::string text;
};

}  // namespace

nlohmann::json build_procurement_record(const DocumentSources& sources, Lang lang,
                                        Diagnostics& diagnostics) {
  const Case& c = sources.kase;
  const Lang primary = c.primary_language();
  if (!c.award)
    return report_missing_part(c, "document.no-award", "procurement-record", diagnostics);
  const CaseEvaluation& ce = case_evaluation(sources);
  const Evaluation& e = ce.evaluation();
  nlohmann::json data;

  const Regime regime = applied_regime(sources);
  data["has_regime"] = regime != Regime::derive;
  data["regime"] = label(lang, display_key(regime));
  data["is_part_3"] = regime == Regime::part_3;
  data["category"] = label(lang, display_key(c.category));
  data["has_estimated_value"] = c.estimated_value.has_value();
  data["estimated_value"] =
      c.estimated_value ? format_money(*c.estimated_value, lang, Spacing::no_break) : "";
  nlohmann::json cpv = nlohmann::json::array();
  for (const auto& code : c.cpv)
    cpv.push_back({{"code", code.code()}});
  data["cpv"] = cpv;
  data["has_cpv"] = !cpv.empty();
  // Open and restricted procedures need no reason (FOA § 13-1); the others do.
  data["procedure_free"] = c.procedure == Procedure::open || c.procedure == Procedure::restricted ||
                           c.procedure == Procedure::national_open ||
                           c.procedure == Procedure::national_restricted;

  const RecordNotes& notes = c.record_notes;
  put_text_block(data, "procedure_reason", notes.procedure_reason, lang, primary);
  put_text_block(data, "lots_reason", notes.lots_reason, lang, primary);
  // A case divided into lots needs no reason for being divided (2014/24/EU
  // art. 46(1) asks one for not dividing): the record lists the lots.
  nlohmann::json lots = nlohmann::json::array();
  for (const auto& lot : c.lots.lots) {
    lots.push_back({{"id", lot.id},
                    {"number", lots.size() + 1},
                    {"title", std::string(lot.title.in(lang, primary))}});
  }
  data["divided"] = !lots.empty();
  data["lot_count"] = lots.size();
  data["lots"] = std::move(lots);
  put_text_block(data, "conflicts_of_interest", notes.conflicts_of_interest, lang, primary);
  put_text_block(data, "subcontracting", notes.subcontracting, lang, primary);
  put_text_block(data, "communication_reason", notes.communication_reason, lang, primary);
  data["electronic_submission"] = c.electronic_submission;

  // The notices: as planned, and as published.
  const std::string notice_planned = planned(c, MilestoneKind::notice_sent, lang);
  data["has_notice_planned"] = !notice_planned.empty();
  data["notice_planned"] = notice_planned;
  data["has_notice_published"] = c.records.notice_published.has_value();
  data["notice_published"] =
      c.records.notice_published ? format_date_long(*c.records.notice_published, lang) : "";

  // The market dialogue held.
  nlohmann::json meetings = nlohmann::json::array();
  for (const auto& meeting : c.market_dialogue.meetings) {
    const auto start = c.timeline.resolve(meeting.start);
    const auto end = c.timeline.resolve(meeting.end);
    meetings.push_back({{"title", std::string(meeting.title.in(lang, primary))},
                        {"kind", label(lang, display_key(meeting.kind))},
                        {"has_when", start && end},
                        {"when", start && end ? format_time_span(*start, *end, lang) : ""}});
  }
  data["meetings"] = meetings;
  data["has_dialogue"] = !meetings.empty() || c.market_dialogue.written_input.has_value();
  data["has_dialogue_held"] = c.records.dialogue_held.has_value();
  data["dialogue_held"] =
      c.records.dialogue_held ? format_date_long(*c.records.dialogue_held, lang) : "";
  data["participants"] = std::to_string(sources.dialogue.participants.size());
  data["has_written_input"] = c.market_dialogue.written_input.has_value();
  data["written_inputs"] = std::to_string(sources.dialogue.inputs.size());

  // The tenderers, the rejections and the ranking.
  nlohmann::json tenders = nlohmann::json::array();
  nlohmann::json rejected = nlohmann::json::array();
  nlohmann::json ranking = nlohmann::json::array();
  for (const auto& r : e.tenders) {
    nlohmann::json identity = tender_identity(*r.tender, lang).to_json();
    tenders.push_back(identity);
    if (r.rejected()) {
      nlohmann::json entry = identity;
      entry["grounds"] = rejection_grounds(e, r, lang);
      rejected.push_back(entry);
    } else if (r.scored) {
      nlohmann::json entry = identity;
      entry["rank"] = rank_shown(r);
      entry["result"] = result_shown(e, r, lang);
      ranking.push_back(entry);
    }
  }
  data["tenders"] = tenders;
  data["has_prices"] = std::any_of(tenders.begin(), tenders.end(), [](const auto& t) {
    return t["has_price"].template get<bool>();
  });
  data["tender_count"] = std::to_string(tenders.size());
  data["opened"] = format_date_time_long(oslo_local(ce.protocol().opened_at), lang);
  data["rejected"] = rejected;
  data["has_rejected"] = !rejected.empty();
  data["ranking"] = ranking;
  data["adjusted_price"] = uses_adjusted_price(e);
  data["award"] = award_data(*e.award, c, lang);
  data["has_winner"] = e.winner.has_value();
  if (e.winner) {
    const TenderResult& winner = e.tenders[*e.winner];
    data["winner"] = tender_identity(*winner.tender, lang).to_json();
    data["winner_result"] = result_shown(e, winner, lang);
  }

  // The committee.
  nlohmann::json evaluators = nlohmann::json::array();
  for (const auto& ev : c.evaluators) {
    const std::string role(ev.role.in(lang, primary));
    evaluators.push_back({{"name", ev.name}, {"role", role}, {"has_role", !role.empty()}});
  }
  data["evaluators"] = evaluators;
  data["has_evaluators"] = !evaluators.empty();

  // The course of the procurement: what the records show, and the decisions
  // the officer recorded, by day.
  std::vector<Event> events;
  const auto record = [&](const std::optional<Date>& day, std::string_view key) {
    if (day)
      events.push_back({*day, case_label(c, lang, key)});
  };
  record(c.records.dialogue_held, "doc.record.event.dialogue_held");
  record(c.records.notice_published, "doc.record.event.notice_published");
  // The opening protocol, not a record, says when the tenders were opened.
  events.push_back({oslo_local(ce.protocol().opened_at).date,
                    case_label(c, lang, "doc.record.event.tenders_opened")});
  record(c.records.scores_agreed, "doc.record.event.scores_agreed");
  record(c.records.award_notices_sent, "doc.record.event.award_notices_sent");
  record(c.records.contract_signed, "doc.record.event.contract_signed");
  for (const auto& d : notes.decisions)
    events.push_back({d.date, std::string(d.decision.in(lang, primary))});
  std::stable_sort(events.begin(), events.end(),
                   [](const Event& a, const Event& b) { return a.date < b.date; });
  nlohmann::json course = nlohmann::json::array();
  for (const auto& event : events)
    course.push_back({{"date", format_date_long(event.date, lang)}, {"text", event.text}});
  data["course"] = course;
  data["has_course"] = !course.empty();

  const std::string standstill = standstill_end(sources, lang);
  data["has_standstill_end"] = !standstill.empty();
  data["standstill_end"] = standstill;
  data["has_award_notices_sent"] = c.records.award_notices_sent.has_value();
  data["award_notices_sent"] =
      c.records.award_notices_sent ? format_date_long(*c.records.award_notices_sent, lang) : "";
  data["has_contract_signed"] = c.records.contract_signed.has_value();
  data["contract_signed"] =
      c.records.contract_signed ? format_date_long(*c.records.contract_signed, lang) : "";
  return data;
}

}  // namespace procure::documents_detail
