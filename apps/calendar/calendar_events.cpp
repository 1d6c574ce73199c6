#include "calendar_events.hpp"

#include <algorithm>

#include "common/schedule_text.hpp"
#include "procure/calendar/event_uid.hpp"
#include "procure/model/negotiation_meetings.hpp"
#include "procure/time/oslo_time.hpp"

namespace procure::cli {
namespace {

// What names the case for good: its reference at its buyer.
std::string case_identity(const Case& kase) {
  const std::string buyer =
      kase.buyer.organisation_number ? kase.buyer.organisation_number->digits() : kase.buyer.name;
  return kase.reference + "|" + buyer;
}

std::vector<IcsAlarm> alarms_for(const std::string& summary,
                                 const std::vector<std::chrono::minutes>& leads) {
  std::vector<IcsAlarm> out;
  for (const auto lead : leads)
    out.push_back({lead, summary});
  return out;
}

void add_meetings(const ToolContext& ctx, const LoadedCase& c,
                  const std::vector<std::chrono::minutes>& leads, std::vector<IcsEvent>& events,
                  std::vector<std::string>& covered) {
  const Case& kase = c.value;
  const Lang primary = kase.primary_language();
  for (const auto& meeting : kase.market_dialogue.meetings) {
    const auto start = kase.timeline.resolve(meeting.start);
    const auto end = kase.timeline.resolve(meeting.end);
    if (!start || !end || !start->time || !end->time)
      continue;
    const auto from = oslo_instant(start->date, *start->time);
    const auto until = oslo_instant(end->date, *end->time);
    if (!from || !until)
      continue;
    IcsEvent event;
    event.uid = event_uid(case_identity(kase), "meeting-" + meeting.id);
    event.start = *from;
    event.end = *until;
    event.summary = kase.reference + ": " + std::string(meeting.title.in(ctx.lang, primary));
    event.location = meeting.place;
    std::string description = std::string(kase.title.in(ctx.lang, primary));
    for (const auto& item : meeting.agenda) {
      description += "\n" + (item.time ? item.time->iso() + " " : std::string()) +
                     std::string(item.text.in(ctx.lang, primary));
    }
    event.description = description;
    event.categories = {"procure", kase.reference};
    // A meeting held by the recorded day needs no alarm.
    const StepRecord* held = c.schedule.progress.find(Step::dialogue_held);
    if (held != nullptr && held->at && end->date <= held->at->date)
      event.description += "\n" + ctx.tr("ui.schedule.done", {{"source", held->source}});
    else
      event.alarms = alarms_for(event.summary, leads);
    events.push_back(std::move(event));
    for (const auto* ref : {&meeting.start, &meeting.end}) {
      if (!ref->milestone.empty())
        covered.push_back(ref->milestone);
    }
  }
}

// Each negotiation meeting booked in a round, from its start to its end.
void add_negotiation_meetings(const ToolContext& ctx, const LoadedCase& c,
                              const std::vector<std::chrono::minutes>& leads,
                              std::vector<IcsEvent>& events) {
  const Case& kase = c.value;
  for (const auto& meeting : booked_negotiation_meetings(kase)) {
    const auto from = oslo_instant(meeting.start.date, *meeting.start.time);
    const auto until = oslo_instant(meeting.end.date, *meeting.end.time);
    if (!from || !until)
      continue;
    const std::string& tenderer = meeting.booking->tenderer;
    IcsEvent event;
    event.uid = event_uid(case_identity(kase),
                          "negotiation-" + std::to_string(meeting.round) + "-" + tenderer);
    event.start = *from;
    event.end = *until;
    event.summary = kase.reference + ": " +
                    ctx.tr("ui.schedule.negotiation-meeting",
                           {{"tenderer", tenderer}, {"round", std::to_string(meeting.round)}});
    event.description = std::string(kase.title.in(ctx.lang, kase.primary_language()));
    event.categories = {"procure", kase.reference};
    event.alarms = alarms_for(event.summary, leads);
    events.push_back(std::move(event));
  }
}

}  // namespace

std::vector<IcsEvent> calendar_events(const ToolContext& ctx, const LoadedCase& c,
                                      const std::vector<std::chrono::minutes>& alarms) {
  const Case& kase = c.value;
  const Lang primary = kase.primary_language();
  std::vector<IcsEvent> events;
  std::vector<std::string> covered;  // milestones a meeting's event already shows
  add_meetings(ctx, c, alarms, events, covered);
  add_negotiation_meetings(ctx, c, alarms, events);
  for (const auto& item : c.schedule.items) {
    if (std::find(covered.begin(), covered.end(), item.key) != covered.end())
      continue;
    IcsEvent event;
    event.uid = event_uid(case_identity(kase), item.key);
    if (const auto* at = std::get_if<DateTime>(&item.when)) {
      if (at->time) {
        event.start = item.due;
      } else {
        event.start = at->date;
      }
    } else {
      const auto& window = std::get<DateWindow>(item.when);
      event.start = window.first;
      event.last_day = window.last;
    }
    event.summary = kase.reference + ": " + item_title(ctx, item, primary);
    std::string description = std::string(kase.title.in(ctx.lang, primary)) + "\n" +
                              ctx.tr("ui.calendar.when", {{"when", item_when(item)}});
    if (const std::string note = item_note(ctx, item, Instant{}); !note.empty())
      description += "\n" + note;
    if (item.computed)
      description +=
          "\n" + ctx.tr("ui.calendar.rule", {{"rule", item.rule}, {"source", item.source}});
    // A step already done needs no alarm; its event stays as a record.
    if (item.done)
      description += "\n" + ctx.tr("ui.schedule.done", {{"source", item.done_by}});
    event.description = description;
    event.categories = {"procure", kase.reference};
    if (!item.done)
      event.alarms = alarms_for(event.summary, alarms);
    events.push_back(std::move(event));
  }
  return events;
}

}  // namespace procure::cli
