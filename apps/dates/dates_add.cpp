// procure-dates add DATE PERIOD: the end of a period counted from an event.
#include <memory>

#include <CLI/CLI.hpp>

#include "common/json_output.hpp"
#include "common/period_phrase.hpp"
#include "common/table.hpp"
#include "dates_common.hpp"
#include "procure/calendar/period_end.hpp"

namespace procure::cli {
namespace {

struct DatesAddOptions {
  std::string from;
  std::string period;
  bool plain = false;
  DayOptions days;
};

int run_add(const DatesAddOptions& options, ToolContext& ctx) {
  Diagnostics diagnostics;
  const auto from = read_day(options.from, options.days, diagnostics);
  const auto period = Period::parse(options.period);
  if (!period)
    diagnostics.error(period.problem().code, period.problem().args);
  const auto calendar = read_calendar(options.days, diagnostics);
  if (diagnostics.has_errors())
    return ctx.fail(diagnostics, exit_bad_input);
  const auto end = count_period(*from, *period, *calendar,
                                options.plain ? PeriodRules::plain : PeriodRules::regulation);
  if (!end) {
    diagnostics.error(end.problem().code, end.problem().args);
    return ctx.fail(diagnostics, exit_bad_input);
  }
  if (ctx.json) {
    print_json(ctx, {{"tool", "dates"},
                     {"command", "add"},
                     {"from", end->event.iso()},
                     {"period", end->period.text()},
                     {"rules", options.plain ? "plain" : "regulation-1182-71"},
                     {"nominal_last", day_json(*calendar, end->nominal_last)},
                     {"last", day_json(*calendar, end->last)},
                     {"moved_to_working_day", end->moved_to_working_day},
                     {"extended_to_two_working_days", end->extended_to_two_working},
                     {"ends_utc", iso_utc(end->end())},
                     {"ends_oslo", iso_oslo(end->end())},
                     {"diagnostics", nlohmann::json::array()}});
    return exit_ok;
  }
  *ctx.out << end->last.iso() << "\n\n";
  Table table;
  table.add_row({ctx.tr("ui.dates.add.from"),
                 ctx.tr("ui.dates.add.from-text", {{"day", day_with_weekday(ctx, end->event)}})});
  table.add_row({ctx.tr("ui.dates.add.period"), period_phrase(ctx, end->period)});
  table.add_row(
      {ctx.tr("ui.dates.add.counted"), day_with_weekday(ctx, end->nominal_last) + ": " +
                                           describe_day(ctx, *calendar, end->nominal_last)});
  if (end->moved_to_working_day) {
    table.add_row(
        {ctx.tr("ui.dates.add.moved"),
         ctx.tr("ui.dates.add.moved-text",
                {{"day", day_with_weekday(ctx, calendar->next_working_day(end->nominal_last))}})});
  }
  if (end->extended_to_two_working) {
    table.add_row(
        {ctx.tr("ui.dates.add.extended"),
         ctx.tr("ui.dates.add.extended-text", {{"day", day_with_weekday(ctx, end->last)}})});
  }
  table.add_row({ctx.tr("ui.dates.add.ends"),
                 ctx.tr("ui.dates.add.ends-text", {{"day", day_with_weekday(ctx, end->last)},
                                                   {"utc", iso_utc(end->end())}})});
  table.add_row(
      {ctx.tr("ui.dates.add.rule"),
       ctx.tr(options.plain ? "ui.dates.add.rule-plain" : "ui.dates.add.rule-regulation")});
  *ctx.out << table.render("  ");
  return exit_ok;
}

}  // namespace

void setup_dates_add(CLI::App& app, ToolContext& ctx) {
  auto options = std::make_shared<DatesAddOptions>();
  app.add_option("DATE", options->from, ctx.tr("ui.dates.option.date"))->required();
  app.add_option("PERIOD", options->period, ctx.tr("ui.dates.option.period"))->required();
  app.add_flag("--plain", options->plain, ctx.tr("ui.dates.option.plain"));
  add_day_options(app, ctx, options->days);
  app.callback([options, &ctx] { ctx.raise_exit(run_add(*options, ctx)); });
}

}  // namespace procure::cli
