#include "timeline_view.hpp"

#include "common/schedule_text.hpp"
#include "procure/calendar/working_calendar.hpp"
#include "procure/model/display_names.hpp"
#include "procure/model/negotiation_meetings.hpp"
#include "procure/text/formatting.hpp"

namespace procure::cli {
namespace {

// Milestones by the case's own titles, else standard ones by their names
// ("Tender deadline"); the rules' own dates by what they stand for.
std::string row_title(const ToolContext& ctx, const ScheduleItem& item, Lang case_language) {
  if (!item.title.empty() || item.kind == MilestoneKind::custom)
    return item_title(ctx, item, case_language);
  return ctx.tr(display_key(item.kind));
}

}  // namespace

TimelineView timeline_view(const ToolContext& ctx, const LoadedCase& c) {
  TimelineView view;
  const WorkingCalendar calendar(c.value.closing_days);
  const Instant now{};  // the plan as such: nothing in it is overdue
  auto closed_note = [&](Date day) {
    const std::string kind =
        ctx.tr("name.day-kind." + std::string(day_kind_name(calendar.kind(day))));
    const auto holiday = calendar.holiday(day);
    return holiday ? ctx.tr(holiday_display_key(*holiday)) + " (" + kind + ")" : kind;
  };
  // The negotiation meetings booked, each a row after the items that start no later.
  const auto meetings = booked_negotiation_meetings(c.value);
  auto meeting = meetings.begin();
  auto add_meetings_before = [&](std::optional<Instant> limit) {
    for (; meeting != meetings.end(); ++meeting) {
      const auto start = oslo_instant(meeting->start.date, *meeting->start.time);
      const auto end = oslo_instant(meeting->end.date, *meeting->end.time);
      if (!start || !end)
        continue;  // a time the clocks skip: told when the case was read
      if (limit && !(*start < *limit))
        return;
      TimelineRow row;
      row.key =
          "negotiation.round-" + std::to_string(meeting->round) + "." + meeting->booking->tenderer;
      row.start = *start;
      row.due = *end;
      row.when = meeting->start.iso() + "–" +
                 (meeting->end.date == meeting->start.date ? meeting->end.time->iso()
                                                           : meeting->end.iso());
      row.day = std::string(weekday_name(meeting->start.date.iso_weekday(), ctx.lang));
      row.title = ctx.tr(
          "ui.schedule.negotiation-meeting",
          {{"tenderer", meeting->booking->tenderer}, {"round", std::to_string(meeting->round)}});
      row.first = meeting->start.date;
      row.last = meeting->end.date;
      if (!calendar.is_working_day(row.first)) {
        row.closed = true;
        row.note = closed_note(row.first);
      }
      view.rows.push_back(std::move(row));
    }
  };
  for (const auto& item : c.schedule.items) {
    add_meetings_before(item.start);
    TimelineRow row;
    row.key = item.key;
    row.start = item.start;
    row.due = item.due;
    row.computed = item.computed;
    row.when = item_when(item);
    row.day = item_weekday(ctx, item);
    row.title = row_title(ctx, item, c.value.primary_language());
    row.note = item_note(ctx, item, now);
    if (const auto* at = std::get_if<DateTime>(&item.when)) {
      row.first = row.last = at->date;
      if (!calendar.is_working_day(at->date)) {
        row.closed = true;
        const std::string closed = closed_note(at->date);
        row.note = row.note.empty() ? closed : closed + "; " + row.note;
      }
    } else {
      const auto& window = std::get<DateWindow>(item.when);
      row.first = window.first;
      row.last = window.last;
    }
    view.rows.push_back(std::move(row));
  }
  add_meetings_before(std::nullopt);
  for (const auto& p : phase_plan(c.value, c.schedule)) {
    if (p.state == PhaseState::not_applicable || !p.first || !p.last)
      continue;
    view.phases.push_back({p.phase, ctx.tr(phase_display_key(p.phase), phase_display_args(p)),
                           *p.first, *p.last, p.number});
  }
  return view;
}

}  // namespace procure::cli
