// procure-dates holidays YEAR: the Norwegian public holidays of a year, and
// its number of working days.
#include <algorithm>
#include <charconv>
#include <memory>

#include <CLI/CLI.hpp>

#include "common/json_output.hpp"
#include "common/table.hpp"
#include "dates_common.hpp"
#include "procure/text/formatting.hpp"

namespace procure::cli {
namespace {

struct HolidaysOptions {
  std::string year;
  DayOptions days;
};

std::optional<int> read_year(const std::string& text, Diagnostics& diagnostics) {
  int year = 0;
  const auto [end, ec] = std::from_chars(text.data(), text.data() + text.size(), year);
  if (ec != std::errc() || end != text.data() + text.size() || year < first_supported_year ||
      year > last_supported_year) {
    diagnostics.error("calendar.bad-year", {{"value", text},
                                            {"first", std::to_string(first_supported_year)},
                                            {"last", std::to_string(last_supported_year)}});
    return std::nullopt;
  }
  return year;
}

int run_holidays(const HolidaysOptions& options, ToolContext& ctx) {
  Diagnostics diagnostics;
  const auto year = read_year(options.year, diagnostics);
  const auto calendar = read_calendar(options.days, diagnostics);
  if (diagnostics.has_errors())
    return ctx.fail(diagnostics, exit_bad_input);
  const auto holidays = norwegian_holidays(*year);
  const Date jan1 = *Date::from_ymd(*year, 1, 1);
  const int working_days =
      calendar->working_days_between(jan1.plus_days(-1), *Date::from_ymd(*year, 12, 31));
  std::vector<Date> closing;
  for (const Date day : calendar->closing_days()) {
    if (day.year() == *year)
      closing.push_back(day);
  }
  if (ctx.json) {
    nlohmann::json list = nlohmann::json::array();
    for (const auto& h : holidays) {
      list.push_back({{"date", h.date.iso()},
                      {"weekday", h.date.iso_weekday()},
                      {"holiday", std::string(name_in(holiday_choices(), h.kind))},
                      {"name", ctx.tr(holiday_display_key(h.kind))}});
    }
    nlohmann::json closing_list = nlohmann::json::array();
    for (const Date day : closing)
      closing_list.push_back(day.iso());
    print_json(ctx, {{"tool", "dates"},
                     {"command", "holidays"},
                     {"year", *year},
                     {"holidays", list},
                     {"closing_days", closing_list},
                     {"working_days", working_days},
                     {"diagnostics", nlohmann::json::array()}});
    return exit_ok;
  }
  *ctx.out << ctx.tr("ui.dates.holidays.title", {{"year", std::to_string(*year)}}) << "\n";
  Table table({ctx.tr("ui.dates.column.date"), ctx.tr("ui.dates.column.day"),
               ctx.tr("ui.dates.column.holiday")});
  for (const auto& h : holidays) {
    table.add_row({h.date.iso(), std::string(weekday_name(h.date.iso_weekday(), ctx.lang)),
                   ctx.tr(holiday_display_key(h.kind))});
  }
  for (const Date day : closing) {
    table.add_row({day.iso(), std::string(weekday_name(day.iso_weekday(), ctx.lang)),
                   ctx.tr("name.day-kind.closing-day")});
  }
  *ctx.out << table.render("  ")
           << ctx.tr("ui.dates.holidays.working-days",
                     {{"n", std::to_string(working_days)}, {"year", std::to_string(*year)}})
           << "\n";
  return exit_ok;
}

}  // namespace

void setup_dates_holidays(CLI::App& app, ToolContext& ctx) {
  auto options = std::make_shared<HolidaysOptions>();
  app.add_option("YEAR", options->year, ctx.tr("ui.dates.option.year"))->required();
  add_day_options(app, ctx, options->days);
  app.callback([options, &ctx] { ctx.raise_exit(run_holidays(*options, ctx)); });
}

}  // namespace procure::cli
