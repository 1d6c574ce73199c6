// procure-dates: a date calculator for the shell that counts as the
// procurement rules do (Regulation 1182/71, Norwegian holidays).
#include <CLI/CLI.hpp>

#include "dates_common.hpp"
#include "tools.hpp"

namespace procure::cli {
namespace {

void setup_dates(CLI::App& app, ToolContext& ctx) {
  app.require_subcommand(1);
  // --lang and --json may follow the subcommand: procure-dates add ... --json.
  app.fallthrough();
  setup_dates_add(*app.add_subcommand("add", ctx.tr("ui.dates.add.summary")), ctx);
  setup_dates_between(*app.add_subcommand("between", ctx.tr("ui.dates.between.summary")), ctx);
  setup_dates_holidays(*app.add_subcommand("holidays", ctx.tr("ui.dates.holidays.summary")), ctx);
  setup_dates_week(*app.add_subcommand("week", ctx.tr("ui.dates.week.summary")), ctx);
  setup_dates_is_working_day(
      *app.add_subcommand("is-working-day", ctx.tr("ui.dates.is-working-day.summary")), ctx);
  setup_dates_rules(*app.add_subcommand("rules", ctx.tr("ui.dates.rules.summary")), ctx);
}

}  // namespace

const ToolInfo dates_tool{"dates", "ui.dates.summary", setup_dates};

}  // namespace procure::cli
