#include "dates_common.hpp"

#include <CLI/CLI.hpp>

#include "common/now_option.hpp"
#include "procure/text/formatting.hpp"

namespace procure::cli {

void add_day_options(CLI::App& app, const ToolContext& ctx, DayOptions& options) {
  app.add_option("--closing-day", options.closing_days, ctx.tr("ui.dates.option.closing-day"));
  app.add_option("--today", options.today, ctx.tr("ui.dates.option.today"));
}

std::optional<Date> read_day(const std::string& text, const DayOptions& options,
                             Diagnostics& diagnostics) {
  if (text == "today")
    return resolve_today(options.today, diagnostics);
  const auto day = Date::parse(text);
  if (!day) {
    diagnostics.error(day.problem().code, day.problem().args);
    return std::nullopt;
  }
  return *day;
}

std::optional<WorkingCalendar> read_calendar(const DayOptions& options, Diagnostics& diagnostics) {
  std::vector<Date> closing;
  bool ok = true;
  for (const auto& text : options.closing_days) {
    const auto day = Date::parse(text);
    if (!day) {
      diagnostics.error(day.problem().code, day.problem().args);
      ok = false;
      continue;
    }
    closing.push_back(*day);
  }
  if (!ok)
    return std::nullopt;
  return WorkingCalendar(std::move(closing));
}

std::string describe_day(const ToolContext& ctx, const WorkingCalendar& calendar, Date day) {
  const DayKind kind = calendar.kind(day);
  const std::string kind_name = ctx.tr("name.day-kind." + std::string(day_kind_name(kind)));
  if (const auto holiday = calendar.holiday(day))
    return ctx.tr(holiday_display_key(*holiday)) + " (" + kind_name + ")";
  return kind_name;
}

std::string day_with_weekday(const ToolContext& ctx, Date day) {
  return day.iso() + " " + std::string(weekday_name(day.iso_weekday(), ctx.lang));
}

nlohmann::json day_json(const WorkingCalendar& calendar, Date day) {
  const auto holiday = calendar.holiday(day);
  return {{"date", day.iso()},
          {"weekday", day.iso_weekday()},
          {"kind", std::string(day_kind_name(calendar.kind(day)))},
          {"working_day", calendar.is_working_day(day)},
          {"holiday", holiday ? nlohmann::json(std::string(name_in(holiday_choices(), *holiday)))
                              : nlohmann::json(nullptr)}};
}

}  // namespace procure::cli
