// procure-dates between A B: calendar days and working days from A to B,
// counted as a period is (A not counted, B counted).
#include <memory>

#include <CLI/CLI.hpp>

#include "common/json_output.hpp"
#include "common/table.hpp"
#include "dates_common.hpp"

namespace procure::cli {
namespace {

struct BetweenOptions {
  std::string from;
  std::string to;
  DayOptions days;
};

int run_between(const BetweenOptions& options, ToolContext& ctx) {
  Diagnostics diagnostics;
  const auto from = read_day(options.from, options.days, diagnostics);
  const auto to = read_day(options.to, options.days, diagnostics);
  const auto calendar = read_calendar(options.days, diagnostics);
  if (diagnostics.has_errors())
    return ctx.fail(diagnostics, exit_bad_input);
  const int calendar_days = from->days_until(*to);
  // Backwards the count is negative and still counted as a period from FROM:
  // FROM not counted, TO counted, so the working days of TO .. FROM-1.
  const int working_days =
      calendar_days >= 0 ? calendar->working_days_between(*from, *to)
                         : -calendar->working_days_between(to->plus_days(-1), from->plus_days(-1));
  if (ctx.json) {
    print_json(ctx, {{"tool", "dates"},
                     {"command", "between"},
                     {"from", day_json(*calendar, *from)},
                     {"to", day_json(*calendar, *to)},
                     {"calendar_days", calendar_days},
                     {"working_days", working_days},
                     {"diagnostics", nlohmann::json::array()}});
    return exit_ok;
  }
  Table table;
  table.add_row({ctx.tr("ui.dates.between.from"), day_with_weekday(ctx, *from)});
  table.add_row({ctx.tr("ui.dates.between.to"), day_with_weekday(ctx, *to)});
  table.add_row({ctx.tr("ui.dates.between.calendar-days"), std::to_string(calendar_days)});
  table.add_row({ctx.tr("ui.dates.between.working-days"), std::to_string(working_days)});
  *ctx.out << table.render() << ctx.tr("ui.dates.between.note") << "\n";
  return exit_ok;
}

}  // namespace

void setup_dates_between(CLI::App& app, ToolContext& ctx) {
  auto options = std::make_shared<BetweenOptions>();
  app.add_option("FROM", options->from, ctx.tr("ui.dates.option.from"))->required();
  app.add_option("TO", options->to, ctx.tr("ui.dates.option.to"))->required();
  add_day_options(app, ctx, options->days);
  app.callback([options, &ctx] { ctx.raise_exit(run_between(*options, ctx)); });
}

}  // namespace procure::cli
