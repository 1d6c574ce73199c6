// The documents of the market dialogue: the invitation to the meetings, the
// request for written input, the summary of the inputs and the log of
// questions and answers.
#include <algorithm>
#include <optional>

#include "procure/dialogue/equal_treatment.hpp"
#include "procure/dialogue/slot_schedule.hpp"
#include "procure/documents/document_data.hpp"
#include "procure/documents/participant_anonymiser.hpp"
#include "procure/model/display_names.hpp"
#include "procure/text/formatting.hpp"

namespace procure::documents_detail {
namespace {

std::string when(const Timeline& timeline, const TimeRef& ref, Lang lang) {
  const auto at = timeline.resolve(ref);
  return at ? format_date_time_long(*at, lang) : std::string();
}

nlohmann::json numbered_questions(const WrittenInput& input, Lang lang, Lang primary) {
  nlohmann::json list = nlohmann::json::array();
  int number = 0;
  for (const auto& q : input.questions) {
    list.push_back({{"id", q.id},
                    {"number", std::to_string(++number)},
                    {"text", std::string(q.text.in(lang, primary))}});
  }
  return list;
}

// A name, contact, e-mail address or organisation number inside a text gives
// its supplier away, whoever wrote it: each becomes the supplier's label.
PhraseReplacer anonymiser(const DocumentSources& sources, Lang lang) {
  DocumentSources anonymous = sources;
  anonymous.anonymise = true;
  return participant_anonymiser(
      sources.dialogue, [&](const std::string& id) { return supplier_label(anonymous, lang, id); });
}

}  // namespace

nlohmann::json build_dialogue_invitation(const DocumentSources& sources, Lang lang,
                                         Diagnostics& diagnostics) {
  const Case& c = sources.kase;
  const Lang primary = c.primary_language();
  if (c.market_dialogue.meetings.empty())
    return report_missing_part(c, "document.no-meetings", "dialogue-invitation", diagnostics);
  nlohmann::json meetings = nlohmann::json::array();
  for (const auto& m : c.market_dialogue.meetings) {
    const auto start = c.timeline.resolve(m.start);
    const auto end = c.timeline.resolve(m.end);
    nlohmann::json meeting{
        {"id", m.id},
        {"title", std::string(m.title.in(lang, primary))},
        {"kind", label(lang, display_key(m.kind))},
        {"is_one_to_one", m.kind == MeetingKind::one_to_one},
        {"when", start && end ? format_time_span(*start, *end, lang) : std::string()},
        {"place", m.place},
        {"has_place", !m.place.empty()},
        {"has_registration_deadline", m.registration_deadline.has_value()},
        {"registration_deadline",
         m.registration_deadline ? when(c.timeline, *m.registration_deadline, lang) : ""},
    };
    nlohmann::json agenda = nlohmann::json::array();
    for (const auto& item : m.agenda) {
      agenda.push_back({{"time", item.time ? format_time(*item.time, lang) : ""},
                        {"has_time", item.time.has_value()},
                        {"text", std::string(item.text.in(lang, primary))}});
    }
    meeting["has_agenda"] = !agenda.empty();
    meeting["agenda"] = agenda;
    // One-to-one slots are offered as times only: who has which is not for others to see.
    nlohmann::json slots = nlohmann::json::array();
    if (const SlotPlan* plan = sources.dialogue.find_slot_plan(m.id)) {
      if (const auto schedule = schedule_slots(c, sources.dialogue, *plan)) {
        for (const auto& slot : schedule->slots)
          slots.push_back({{"when", format_time_span(slot.start, slot.end, lang)}});
      }
      meeting["slot_minutes"] = std::to_string(plan->length.count());
    }
    meeting["has_slots"] = !slots.empty();
    meeting["slots"] = slots;
    meetings.push_back(meeting);
  }
  nlohmann::json data;
  data["meetings"] = meetings;
  const auto& input = c.market_dialogue.written_input;
  data["has_written_input"] = input.has_value();
  data["written_input_deadline"] = input ? when(c.timeline, input->deadline, lang) : "";
  const auto registrar = std::find_if(c.contacts.begin(), c.contacts.end(),
                                      [](const Contact& x) { return !x.email.empty(); });
  data["has_register_to"] = registrar != c.contacts.end();
  data["register_to"] = registrar != c.contacts.end() ? registrar->email : "";
  return data;
}

nlohmann::json build_input_request(const DocumentSources& sources, Lang lang,
                                   Diagnostics& diagnostics) {
  const Case& c = sources.kase;
  const auto& input = c.market_dialogue.written_input;
  if (!input)
    return report_missing_part(c, "document.no-written-input", "input-request", diagnostics);
  nlohmann::json data;
  data["questions"] = numbered_questions(*input, lang, c.primary_language());
  data["deadline"] = when(c.timeline, input->deadline, lang);
  data["submit_to"] = input->submit_to;
  data["has_submit_to"] = !input->submit_to.empty();
  const Milestone* notice = c.timeline.find(MilestoneKind::notice_sent);
  data["has_notice"] = notice != nullptr;
  data["notice_is_window"] = notice != nullptr && notice->is_planned_window();
  data["notice"] = notice == nullptr ? ""
                   : notice->exact() != nullptr
                       ? format_date_long(notice->exact()->date, lang)
                       : format_window(std::get<DateWindow>(notice->when), lang);
  return data;
}

nlohmann::json build_input_summary(const DocumentSources& sources, Lang lang,
                                   Diagnostics& diagnostics) {
  const Case& c = sources.kase;
  const auto& input = c.market_dialogue.written_input;
  if (!input)
    return report_missing_part(c, "document.no-written-input", "input-summary", diagnostics);
  const auto deadline = written_input_deadline(c);
  // The summary as of its date: an input that came later is not in it yet.
  std::vector<const WrittenInputReceived*> summarised;
  for (const auto& received : sources.dialogue.inputs) {
    if (oslo_local(received.received.at).date <= sources.today)
      summarised.push_back(&received);
  }
  const std::optional<PhraseReplacer> anonymised =
      sources.anonymise ? std::optional(anonymiser(sources, lang)) : std::nullopt;
  nlohmann::json questions = numbered_questions(*input, lang, c.primary_language());
  for (auto& question : questions) {
    nlohmann::json answers = nlohmann::json::array();
    for (const WrittenInputReceived* received : summarised) {
      for (const auto& answer : received->answers) {
        if (answer.question != question["id"].get<std::string>())
          continue;
        const std::string text = answer.trade_secret ? case_label(c, lang, "doc.redacted")
                                 : anonymised        ? anonymised->replace(answer.text)
                                                     : answer.text;
        answers.push_back({{"supplier", supplier_label(sources, lang, received->participant)},
                           {"redacted", answer.trade_secret},
                           {"text", first_and_more(text)}});
      }
    }
    question["has_answers"] = !answers.empty();
    question["answers"] = answers;
  }
  nlohmann::json inputs = nlohmann::json::array();
  int late = 0;
  for (const WrittenInputReceived* received : summarised) {
    const bool is_late_input = deadline && is_late(received->received, *deadline);
    late += is_late_input ? 1 : 0;
    inputs.push_back({{"supplier", supplier_label(sources, lang, received->participant)},
                      {"received", format_date_time_long(oslo_local(received->received.at), lang)},
                      {"late", is_late_input}});
  }
  nlohmann::json data;
  data["questions"] = questions;
  data["inputs"] = inputs;
  data["has_inputs"] = !inputs.empty();
  data["input_count"] = std::to_string(inputs.size());
  data["one_input"] = inputs.size() == 1;
  data["has_late"] = late > 0;
  data["anonymised"] = sources.anonymise;
  data["deadline"] = deadline ? format_date_time_long(*deadline, lang) : "";
  return data;
}

nlohmann::json build_qa_log(const DocumentSources& sources, Lang lang, Diagnostics&) {
  // Published to all, so never with the askers' names (nor anyone else's
  // identifying texts, in the question or the answer); only answers everyone
  // had by the log's date.
  const PhraseReplacer anonymised = anonymiser(sources, lang);
  nlohmann::json entries = nlohmann::json::array();
  int number = 0;
  for (const auto& q : sources.dialogue.questions) {
    if (!q.is_answered() || (!q.answered_to_all() && !q.published))
      continue;
    const Date shared = q.answered_to_all() ? *q.answered : *q.published;
    if (shared > sources.today)
      continue;
    entries.push_back({{"number", std::to_string(++number)},
                       {"received", format_date_long(oslo_local(q.received.at).date, lang)},
                       {"question", first_and_more(anonymised.replace(q.question))},
                       {"answer", paragraphs(anonymised.replace(q.answer))},
                       {"answered", format_date_long(*q.answered, lang)},
                       {"published", format_date_long(shared, lang)}});
  }
  nlohmann::json data;
  data["has_entries"] = !entries.empty();
  data["entries"] = entries;
  data["entry_count"] = std::to_string(entries.size());
  return data;
}

}  // namespace procure::documents_detail
