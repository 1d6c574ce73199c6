#pragma once
// What the subcommands of procure-dates share: reading a day ("today"
// included), the case's or the command line's closing days, and naming a
// day for a person.

#include <CLI/CLI.hpp>

#include <nlohmann/json.hpp>

#include <optional>
#include <string>
#include <vector>

#include "common/tool.hpp"
#include "procure/calendar/working_calendar.hpp"

namespace procure::cli {

struct DayOptions {
  std::vector<std::string> closing_days;  // --closing-day DATE, repeatable
  std::string today;                      // --today DATE: what "today" means
};

void add_day_options(CLI::App& app, const ToolContext& ctx, DayOptions& options);

// "2018-04-16", or "today" (the --today date, else the clock's date in Oslo).
std::optional<Date> read_day(const std::string& text, const DayOptions& options,
                             Diagnostics& diagnostics);

// The calendar with the closing days given; nullopt if one is not a date.
std::optional<WorkingCalendar> read_calendar(const DayOptions& options, Diagnostics& diagnostics);

// "Whit Monday (public holiday)", "Saturday", "working day".
std::string describe_day(const ToolContext& ctx, const WorkingCalendar& calendar, Date day);
// "2018-05-21 Monday".
std::string day_with_weekday(const ToolContext& ctx, Date day);

// {"date", "weekday", "kind", "holiday"} for JSON.
nlohmann::json day_json(const WorkingCalendar& calendar, Date day);

// The subcommands.
void setup_dates_add(CLI::App& app, ToolContext& ctx);
void setup_dates_between(CLI::App& app, ToolContext& ctx);
void setup_dates_holidays(CLI::App& app, ToolContext& ctx);
void setup_dates_week(CLI::App& app, ToolContext& ctx);
void setup_dates_is_working_day(CLI::App& app, ToolContext& ctx);
void setup_dates_rules(CLI::App& app, ToolContext& ctx);

}  // namespace procure::cli
