// procure-dates is-working-day DATE: yes (exit 0) or no (exit 1), like
// test(1), so that a script can ask: procure-dates is-working-day today && ...
#include <memory>

#include <CLI/CLI.hpp>

#include "common/json_output.hpp"
#include "dates_common.hpp"

namespace procure::cli {
namespace {

struct IsWorkingDayOptions {
  std::string day;
  DayOptions days;
};

int run_is_working_day(const IsWorkingDayOptions& options, ToolContext& ctx) {
  Diagnostics diagnostics;
  const auto day = read_day(options.day, options.days, diagnostics);
  const auto calendar = read_calendar(options.days, diagnostics);
  if (diagnostics.has_errors())
    return ctx.fail(diagnostics, exit_bad_input);
  const bool working = calendar->is_working_day(*day);
  if (ctx.json) {
    nlohmann::json j = day_json(*calendar, *day);
    j["tool"] = "dates";
    j["command"] = "is-working-day";
    j["next_working_day"] = calendar->working_day_on_or_after(*day).iso();
    j["diagnostics"] = nlohmann::json::array();
    print_json(ctx, j);
  } else if (working) {
    *ctx.out << ctx.tr("ui.dates.is-working-day.yes", {{"day", day_with_weekday(ctx, *day)}})
             << "\n";
  } else {
    *ctx.out << ctx.tr("ui.dates.is-working-day.no",
                       {{"day", day_with_weekday(ctx, *day)},
                        {"what", describe_day(ctx, *calendar, *day)},
                        {"next", day_with_weekday(ctx, calendar->next_working_day(*day))}})
             << "\n";
  }
  return working ? exit_ok : exit_found;
}

}  // namespace

void setup_dates_is_working_day(CLI::App& app, ToolContext& ctx) {
  auto options = std::make_shared<IsWorkingDayOptions>();
  app.add_option("DATE", options->day, ctx.tr("ui.dates.option.date"))->required();
  add_day_options(app, ctx, options->days);
  app.footer(ctx.tr("ui.dates.is-working-day.exit-codes"));
  app.callback([options, &ctx] { ctx.raise_exit(run_is_working_day(*options, ctx)); });
}

}  // namespace procure::cli
