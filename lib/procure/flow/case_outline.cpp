#include "procure/flow/case_outline.hpp"

#include "procure/model/negotiation_meetings.hpp"

namespace procure {
namespace {

// The case's reference at its buyer, the buyer named by its organisation
// number where it has one: neither changes while the case runs.
std::string case_identity(const Case& kase) {
  const std::string buyer =
      kase.buyer.organisation_number ? kase.buyer.organisation_number->digits() : kase.buyer.name;
  return kase.reference + "|" + buyer;
}

// The dialogue meetings whose start and end both have a time that exists in Oslo.
std::vector<OutlineMeeting> timed_meetings(const Case& kase, const CaseProgress& progress) {
  std::vector<OutlineMeeting> meetings;
  const StepRecord* held = progress.find(Step::dialogue_held);
  for (const auto& meeting : kase.market_dialogue.meetings) {
    const auto start = kase.timeline.resolve(meeting.start);
    const auto end = kase.timeline.resolve(meeting.end);
    if (!start || !end || !start->time || !end->time)
      continue;
    const auto from = oslo_instant(start->date, *start->time);
    const auto until = oslo_instant(end->date, *end->time);
    if (!from || !until)
      continue;
    OutlineMeeting shown{meeting.id,    *from,          *until,       meeting.title,
                         meeting.place, meeting.agenda, std::nullopt, {}};
    if (held != nullptr && held->at && end->date <= held->at->date)
      shown.held_by = held->source;
    for (const auto* ref : {&meeting.start, &meeting.end}) {
      if (!ref->milestone.empty())
        shown.milestones.push_back(ref->milestone);
    }
    meetings.push_back(std::move(shown));
  }
  return meetings;
}

std::vector<OutlineNegotiationMeeting> negotiation_meetings(const Case& kase) {
  std::vector<OutlineNegotiationMeeting> meetings;
  for (const auto& meeting : booked_negotiation_meetings(kase)) {
    const auto from = oslo_instant(meeting.start.date, *meeting.start.time);
    const auto until = oslo_instant(meeting.end.date, *meeting.end.time);
    if (from && until)
      meetings.push_back({meeting.round, meeting.booking->tenderer, *from, *until});
  }
  return meetings;
}

}  // namespace

CaseOutline case_outline(const Case& kase, const CaseSchedule& schedule) {
  const bool addressed = !kase.contacts.empty() && !kase.contacts.front().email.empty();
  CaseOutline outline{kase.reference,
                      kase.title,
                      kase.primary_language(),
                      case_identity(kase),
                      schedule.items,
                      status_plan(kase, schedule),
                      timed_meetings(kase, schedule.progress),
                      negotiation_meetings(kase),
                      kase.alarms,
                      addressed ? kase.contacts.front().name : std::string(),
                      addressed ? kase.contacts.front().email : std::string()};
  for (auto& item : outline.items)
    item.where = {};
  return outline;
}

}  // namespace procure
