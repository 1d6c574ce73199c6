// procure-dates week WEEK|DATE: the days of an ISO week and which of them
// are working days.
#include <memory>

#include <CLI/CLI.hpp>

#include "common/json_output.hpp"
#include "common/table.hpp"
#include "dates_common.hpp"
#include "procure/text/formatting.hpp"

namespace procure::cli {
namespace {

struct WeekOptions {
  std::string week;
  DayOptions days;
};

int run_week(const WeekOptions& options, ToolContext& ctx) {
  Diagnostics diagnostics;
  std::optional<IsoWeek> week;
  if (options.week.find("-W") != std::string::npos) {
    const auto parsed = IsoWeek::parse(options.week);
    if (parsed)
      week = *parsed;
    else
      diagnostics.error(parsed.problem().code, parsed.problem().args);
  } else if (const auto day = read_day(options.week, options.days, diagnostics)) {
    week = IsoWeek::of(*day);
  }
  const auto calendar = read_calendar(options.days, diagnostics);
  if (diagnostics.has_errors())
    return ctx.fail(diagnostics, exit_bad_input);
  const Date monday = week->monday();
  int working_days = 0;
  nlohmann::json days = nlohmann::json::array();
  Table table({ctx.tr("ui.dates.column.date"), ctx.tr("ui.dates.column.day"),
               ctx.tr("ui.dates.column.kind")});
  for (int i = 0; i < 7; ++i) {
    const Date day = monday.plus_days(i);
    working_days += calendar->is_working_day(day) ? 1 : 0;
    days.push_back(day_json(*calendar, day));
    table.add_row({day.iso(), std::string(weekday_name(day.iso_weekday(), ctx.lang)),
                   describe_day(ctx, *calendar, day)});
  }
  if (ctx.json) {
    print_json(ctx, {{"tool", "dates"},
                     {"command", "week"},
                     {"week", week->iso()},
                     {"days", days},
                     {"working_days", working_days},
                     {"diagnostics", nlohmann::json::array()}});
    return exit_ok;
  }
  *ctx.out << ctx.tr(
                  "ui.dates.week.title",
                  {{"week", week->iso()}, {"first", monday.iso()}, {"last", week->sunday().iso()}})
           << "\n"
           << table.render("  ")
           << ctx.tr("ui.dates.week.working-days", {{"n", std::to_string(working_days)}}) << "\n";
  return exit_ok;
}

}  // namespace

void setup_dates_week(CLI::App& app, ToolContext& ctx) {
  auto options = std::make_shared<WeekOptions>();
  app.add_option("WEEK", options->week, ctx.tr("ui.dates.option.week"))->required();
  add_day_options(app, ctx, options->days);
  app.callback([options, &ctx] { ctx.raise_exit(run_week(*options, ctx)); });
}

}  // namespace procure::cli
