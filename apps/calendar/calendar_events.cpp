#include "calendar_events.hpp"

#include <algorithm>

#include "common/schedule_text.hpp"
#include "procure/calendar/event_uid.hpp"

namespace procure::cli {
namespace {

// Appends a line to an event's description, piece by piece: g++ 12 at -O3
// warns (-Wrestrict) of nothing real in "\n" + std::string.
void add_line(std::string& description, std::string_view line) {
  description += '\n';
  description += line;
}

std::vector<IcsAlarm> alarms_for(const std::string& summary,
                                 const std::vector<std::chrono::minutes>& leads) {
  std::vector<IcsAlarm> out;
  for (const auto lead : leads)
    out.push_back({lead, summary});
  return out;
}

void add_meetings(const ToolContext& ctx, const CaseOutline& c, const EventUids& uid,
                  const std::vector<std::chrono::minutes>& leads, std::vector<IcsEvent>& events) {
  for (const auto& meeting : c.meetings) {
    IcsEvent event;
    event.uid = uid.dialogue_meeting(meeting.id);
    event.start = meeting.start;
    event.end = meeting.end;
    event.summary =
        c.reference + ": " + std::string(meeting.title.in(ctx.lang, c.primary_language));
    event.location = meeting.place;
    std::string description = std::string(c.title.in(ctx.lang, c.primary_language));
    for (const auto& item : meeting.agenda) {
      description += '\n';
      if (item.time) {
        description += item.time->iso();
        description += ' ';
      }
      description += item.text.in(ctx.lang, c.primary_language);
    }
    event.description = description;
    event.categories = {"procure", c.reference};
    // A meeting held by the recorded day needs no alarm.
    if (meeting.held_by)
      add_line(event.description, ctx.tr("ui.schedule.done", {{"source", *meeting.held_by}}));
    else
      event.alarms = alarms_for(event.summary, leads);
    events.push_back(std::move(event));
  }
}

// Each negotiation meeting booked in a round, from its start to its end.
void add_negotiation_meetings(const ToolContext& ctx, const CaseOutline& c, const EventUids& uid,
                              const std::vector<std::chrono::minutes>& leads,
                              std::vector<IcsEvent>& events) {
  for (const auto& meeting : c.negotiation_meetings) {
    IcsEvent event;
    event.uid = uid.negotiation_meeting(meeting.round, meeting.tenderer);
    event.start = meeting.start;
    event.end = meeting.end;
    event.summary =
        c.reference + ": " +
        ctx.tr("ui.schedule.negotiation-meeting",
               {{"tenderer", meeting.tenderer}, {"round", std::to_string(meeting.round)}});
    event.description = std::string(c.title.in(ctx.lang, c.primary_language));
    event.categories = {"procure", c.reference};
    event.alarms = alarms_for(event.summary, leads);
    events.push_back(std::move(event));
  }
}

// Whether a meeting's event already shows the milestone `key`.
bool shown_by_a_meeting(const CaseOutline& c, const std::string& key) {
  return std::any_of(c.meetings.begin(), c.meetings.end(), [&](const OutlineMeeting& m) {
    return std::find(m.milestones.begin(), m.milestones.end(), key) != m.milestones.end();
  });
}

}  // namespace

std::vector<IcsEvent> calendar_events(const ToolContext& ctx, const CaseOutline& c,
                                      const std::vector<std::chrono::minutes>& alarms) {
  const Lang primary = c.primary_language;
  const EventUids uid(c.identity);
  std::vector<IcsEvent> events;
  add_meetings(ctx, c, uid, alarms, events);
  add_negotiation_meetings(ctx, c, uid, alarms, events);
  for (const auto& item : c.items) {
    if (shown_by_a_meeting(c, item.key))
      continue;
    IcsEvent event;
    event.uid = uid.item(item.key);
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
    event.summary = c.reference + ": " + item_title(ctx, item, primary);
    std::string description(c.title.in(ctx.lang, primary));
    add_line(description, ctx.tr("ui.calendar.when", {{"when", item_when(item)}}));
    if (const std::string note = item_note(ctx, item, Instant{}); !note.empty())
      add_line(description, note);
    if (item.computed)
      add_line(description,
               ctx.tr("ui.calendar.rule", {{"rule", item.rule}, {"source", item.source}}));
    // A step already done needs no alarm; its event stays as a record.
    if (item.done)
      add_line(description, ctx.tr("ui.schedule.done", {{"source", item.done_by}}));
    event.description = description;
    event.categories = {"procure", c.reference};
    if (!item.done)
      event.alarms = alarms_for(event.summary, alarms);
    events.push_back(std::move(event));
  }
  if (!c.organizer_email.empty()) {
    for (auto& event : events)
      event.organizer = IcsOrganizer{c.organizer_name, c.organizer_email};
  }
  return events;
}

}  // namespace procure::cli
