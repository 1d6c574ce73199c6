#include "timeline_view.hpp"

#include "common/schedule_text.hpp"
#include "procure/calendar/working_calendar.hpp"
#include "procure/model/display_names.hpp"

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
  for (const auto& item : c.schedule.items) {
    TimelineRow row;
    row.when = item_when(item);
    row.day = item_weekday(ctx, item);
    row.title = row_title(ctx, item, c.value.primary_language());
    row.note = item_note(ctx, item, now);
    if (const auto* at = std::get_if<DateTime>(&item.when)) {
      row.first = row.last = at->date;
      if (!calendar.is_working_day(at->date)) {
        row.closed = true;
        const std::string kind =
            ctx.tr("name.day-kind." + std::string(day_kind_name(calendar.kind(at->date))));
        const auto holiday = calendar.holiday(at->date);
        const std::string closed =
            holiday ? ctx.tr(holiday_display_key(*holiday)) + " (" + kind + ")" : kind;
        row.note = row.note.empty() ? closed : closed + "; " + row.note;
      }
    } else {
      const auto& window = std::get<DateWindow>(item.when);
      row.first = window.first;
      row.last = window.last;
    }
    view.rows.push_back(std::move(row));
  }
  for (const auto& p : phase_plan(c.value, c.schedule)) {
    if (p.state == PhaseState::not_applicable || !p.first || !p.last)
      continue;
    view.phases.push_back({p.phase, ctx.tr(phase_display_key(p.phase), phase_display_args(p)),
                           *p.first, *p.last, p.number});
  }
  return view;
}

}  // namespace procure::cli
