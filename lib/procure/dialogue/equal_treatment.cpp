#include "procure/dialogue/equal_treatment.hpp"

#include <optional>
#include <string_view>

#include "procure/rules/rule_check.hpp"

namespace procure {
namespace {

std::string who(const DialogueRecord& record, const std::vector<std::string>& ids) {
  std::string names;
  for (const auto& id : ids) {
    const Participant* p = record.find_participant(id);
    names += (names.empty() ? "" : ", ") + (p != nullptr ? p->name : id);
  }
  return names;
}

std::string name_of(const DialogueRecord& record, const std::string& id) {
  return who(record, {id});
}

// Information a supplier asked for in good time is given at least this many
// days before the tender deadline, or the deadline is extended (Directive
// 2014/24/EU art. 47(3)(a)): the rule tables' limit between the last day for
// questions and the tender deadline, as the rule checks apply it (the EEA
// procedures; four days with urgency).
std::optional<int> answer_lead_time(const Case& kase, const RuleTables& tables) {
  const TimeLimitRow* row = applicable_time_limit(
      kase, tables, MilestoneKind::clarification_deadline, MilestoneKind::tender_deadline);
  if (row == nullptr || row->check != TimeLimitCheck::days_before)
    return std::nullopt;
  return row->days;
}

}  // namespace

bool is_late(const Receipt& received, const DateTime& deadline) {
  const TimeOfDay time = deadline.time.value_or(*TimeOfDay::from_hms(24, 0));
  const auto limit = oslo_instant(deadline.date, time);
  // A deadline at a time Oslo skips or repeats is refused when the case is
  // loaded; here it can only be a well-formed one.
  return limit && received.at > *limit;
}

std::optional<DateTime> written_input_deadline(const Case& kase) {
  const auto& input = kase.market_dialogue.written_input;
  return input ? kase.timeline.resolve(input->deadline) : std::nullopt;
}

std::optional<DateTime> registration_deadline(const Case& kase, const Registration& registration) {
  for (const auto& m : kase.market_dialogue.meetings) {
    if (m.id == registration.meeting && m.registration_deadline)
      return kase.timeline.resolve(*m.registration_deadline);
  }
  return std::nullopt;
}

Diagnostics check_equal_treatment(const Case& kase, const DialogueRecord& record,
                                  const RuleTables& tables) {
  Diagnostics findings;
  const std::optional<int> lead_time = answer_lead_time(kase, tables);
  if (const auto deadline = written_input_deadline(kase)) {
    for (const auto& input : record.inputs) {
      if (is_late(input.received, *deadline)) {
        findings.warning("dialogue.late-input",
                         {{"participant", name_of(record, input.participant)},
                          {"received", oslo_local(input.received.at).iso()},
                          {"deadline", deadline->iso()}},
                         input.where);
      }
    }
  }
  for (const auto& p : record.participants) {
    for (const auto& r : p.registrations) {
      const auto deadline = registration_deadline(kase, r);
      if (deadline && is_late(r.received, *deadline)) {
        findings.warning("dialogue.late-registration",
                         {{"participant", p.name},
                          {"meeting", r.meeting},
                          {"received", oslo_local(r.received.at).iso()},
                          {"deadline", deadline->iso()}},
                         r.where);
      }
    }
  }

  const Milestone* notice = kase.timeline.find(MilestoneKind::notice_sent);
  const Milestone* tender_deadline = kase.timeline.find(MilestoneKind::tender_deadline);
  for (const auto& q : record.questions) {
    if (!q.is_answered()) {
      findings.warning("qa.unanswered", {{"id", q.id}}, q.where);
      continue;
    }
    const Date answered = *q.answered;
    // When everyone had the answer: at once, or on publication.
    std::optional<Date> to_all = q.answered_to_all() ? q.answered : q.published;
    if (!q.answered_to_all() && !q.published) {
      findings.error("qa.private-answer", {{"id", q.id}, {"to", who(record, q.answered_to)}},
                     q.answered_to_where);
      continue;
    }
    if (q.published && *q.published < answered) {
      findings.error(
          "qa.published-before-answer",
          {{"id", q.id}, {"published", q.published->iso()}, {"answered", answered.iso()}},
          q.published_where);
      continue;
    }
    if (!q.answered_to_all() && notice != nullptr && answered >= notice->earliest_date() &&
        *to_all > answered) {
      const std::string window = notice->exact() != nullptr
                                     ? notice->earliest_date().iso()
                                     : std::get<DateWindow>(notice->when).iso();
      findings.error("qa.private-after-notice",
                     {{"id", q.id},
                      {"to", who(record, q.answered_to)},
                      {"answered", answered.iso()},
                      {"published", to_all->iso()},
                      {"notice", notice->earliest_date().iso()},
                      {"window", window}},
                     q.answered_to_where);
    }
    if (tender_deadline != nullptr && to_all) {
      const Date last = tender_deadline->latest_date();
      const SourceSpan& where = q.published ? q.published_where : q.where;
      if (*to_all > last) {
        findings.error("qa.published-after-deadline",
                       {{"id", q.id}, {"published", to_all->iso()}, {"deadline", last.iso()}},
                       where);
      } else if (notice != nullptr && lead_time && *to_all >= notice->earliest_date() &&
                 to_all->days_until(last) < *lead_time) {
        findings.warning("qa.answer-close-to-deadline",
                         {{"id", q.id},
                          {"published", to_all->iso()},
                          {"deadline", last.iso()},
                          {"days", std::to_string(to_all->days_until(last))},
                          {"minimum", std::to_string(*lead_time)}},
                         where);
      }
    }
  }
  findings.sort_by_place();
  return findings;
}

}  // namespace procure
