// procure-remind: what is due across many cases within a span of time,
// sorted by time, overdue items marked. Exit 1 if something is due, 0 if
// nothing is, 2 on error, so that a cron job mails whenever it is not 0.
#include <algorithm>
#include <memory>

#include <nlohmann/json.hpp>

#include <CLI/CLI.hpp>

#include "common/app_catalog.hpp"
#include "common/case_set.hpp"
#include "common/count_phrase.hpp"
#include "common/diagnostic_output.hpp"
#include "common/json_output.hpp"
#include "common/kept_to_exit.hpp"
#include "common/now_option.hpp"
#include "common/period_phrase.hpp"
#include "common/portfolio_caches.hpp"
#include "common/rule_tables_option.hpp"
#include "common/schedule_text.hpp"
#include "common/table.hpp"
#include "procure/flow/reminders.hpp"
#include "tools.hpp"

namespace procure::cli {
namespace {

struct RemindOptions {
  std::vector<std::string> paths;
  std::string within = "14d";
  std::string now;
  std::string rules;
  bool no_cache = false;
};

// A reminder as remind shows it: when it is due, and its row of the table
// or, with --json, its object; made on the thread that read its case.
struct ShownReminder {
  Instant due;
  Table::Row row;
  std::string json;  // its part of the document (JsonWriter::dumped_part)
};

nlohmann::json reminder_json(const ToolContext& ctx, const ScheduleItem& item, const CaseHeading& c,
                             Instant now) {
  nlohmann::json j{
      {"case", c.location.display},
      {"reference", c.reference},
      {"title", std::string(c.title.in(ctx.lang, c.primary_language))},
      {"key", item.key},
      {"milestone", item.is_milestone() ? nlohmann::json(item.key) : nlohmann::json(nullptr)},
      {"what", item_title(ctx, item, c.primary_language)},
      {"when", item_when(item)},
      {"deadline", item.deadline},
      {"start_utc", iso_utc(item.start)},
      {"due_utc", iso_utc(item.due)},
      {"due_oslo", iso_oslo(item.due)},
      {"seconds_left", (item.due - now).count()},
      {"overdue", item.overdue(now)},
      {"record", item.tracked() ? nlohmann::json(item.record_path()) : nlohmann::json(nullptr)},
      {"computed", item.computed}};
  if (!item.dialogue_meeting.empty())
    j["dialogue_meeting"] = item.dialogue_meeting;
  if (item.computed) {
    j["counted_from"] = item.counted_from.entry;
    j["rule"] = item.rule;
    j["source"] = item.source;
    j["unconfirmed"] = item.unconfirmed;
  }
  if (item.held_by_standstill)
    j["not_before"] = standstill_hold_json(ctx, *item.held_by_standstill);
  return j;
}

Table::Row reminder_row(const ToolContext& ctx, const ScheduleItem& item, const CaseHeading& c,
                        Instant now) {
  std::string what = item_title(ctx, item, c.primary_language);
  if (const std::string note = item_note(ctx, item, now); !note.empty())
    what += " (" + note + ")";
  std::string left = time_left(ctx, now, item.due);
  if (item.overdue(now))
    left = ctx.tr("ui.schedule.overdue") + ": " + left;
  return Table::shown_row({item_when(item), item_weekday(ctx, item), std::move(left),
                           c.location.display, std::move(what)});
}

int run_remind(const RemindOptions& options, ToolContext& ctx) {
  Diagnostics diagnostics;
  const auto now = resolve_now(options.now, diagnostics);
  const auto within = Period::parse(options.within);
  if (!within)
    diagnostics.error(within.problem().code, within.problem().args);
  const PortfolioCaches opened =
      open_portfolio_caches(ctx, options.rules, options.no_cache, diagnostics);
  if (diagnostics.has_errors())
    return ctx.fail(diagnostics, exit_bad_input);
  const auto until = reminder_horizon(*now, *within, WorkingCalendar());
  if (!until) {
    diagnostics.error(until.problem().code, until.problem().args);
    return ctx.fail(diagnostics, exit_bad_input);
  }
  const auto remind_case = [&](OutlinedCase&& c) {
    const CaseHeading heading = take_heading(c);
    std::vector<ShownReminder> shown;
    for (const ScheduleItem* item : due_items(c.outline.items, *now, *until)) {
      shown.push_back({item->due, {}, {}});
      if (ctx.json)
        shown.back().json = JsonWriter::dumped_part(reminder_json(ctx, *item, heading, *now));
      else
        shown.back().row = reminder_row(ctx, *item, heading, *now);
    }
    return shown;
  };
  auto& set = kept_to_exit(std::make_unique<CasesFound<std::vector<ShownReminder>>>(
      show_case_outlines(options.paths, *opened.tables, *now, remind_case, opened.caches())));
  ctx.report_input_warnings(set.load_warnings);
  Diagnostics found = set.errors;
  found.append(set.warnings);
  std::vector<ShownReminder*> reminders;
  for (auto& shown : set.cases) {
    for (ShownReminder& r : shown)
      reminders.push_back(&r);
  }
  std::stable_sort(reminders.begin(), reminders.end(),
                   [](const ShownReminder* a, const ShownReminder* b) { return a->due < b->due; });
  // Like every tool: 1 when it found what was asked about (something due).
  const int exit = set.errors.has_errors() ? exit_bad_input
                   : reminders.empty()     ? exit_ok
                                           : exit_found;
  if (ctx.json) {
    print_items_json(ctx, "remind", "items",
                     [&](JsonWriter& w) {
                       for (const ShownReminder* r : reminders)
                         w.dumped_value(r->json);
                     },
                     found,
                     {{"now", iso_utc(*now)},
                      {"now_oslo", iso_oslo(*now)},
                      {"within", within->text()},
                      {"until", iso_utc(*until)},
                      {"cases", set.cases.size()}});
    return exit;
  }
  ctx.print_diagnostics(found);
  // No case read: the errors say all, and "nothing is due" would not.
  if (set.cases.empty() && set.errors.has_errors())
    return exit;
  *ctx.out << ctx.tr("ui.remind.heading", {{"now", oslo_local_text(*now)},
                                           {"within", period_phrase(ctx, *within)},
                                           {"until", local_text(*until)}})
           << "\n";
  if (reminders.empty()) {
    *ctx.out << ctx.tr("ui.remind.nothing",
                       {{"cases", count_phrase(ctx, "ui.count.cases", set.cases.size())}})
             << "\n";
    return exit;
  }
  Table table({ctx.tr("ui.remind.column.when"), ctx.tr("ui.remind.column.day"),
               ctx.tr("ui.remind.column.left"), ctx.tr("ui.remind.column.case"),
               ctx.tr("ui.remind.column.what")});
  for (ShownReminder* r : reminders)
    table.add_shown_row(std::move(r->row));
  *ctx.out << table.render("  ");
  return exit;
}

void setup_remind(CLI::App& app, ToolContext& ctx) {
  auto options = std::make_shared<RemindOptions>();
  app.add_option("CASE", options->paths, ctx.tr("ui.check.option.case"))->required();
  app.add_option("--within", options->within, ctx.tr("ui.remind.option.within"))
      ->default_str(options->within);
  app.add_option("--now", options->now, ctx.tr("ui.option.now"));
  add_rules_option(app, ctx, options->rules);
  app.add_flag("--no-cache", options->no_cache, ctx.tr("ui.option.no-cache"));
  app.callback([options, &ctx] { ctx.raise_exit(run_remind(*options, ctx)); });
}

}  // namespace

const ToolInfo remind_tool{"remind", "ui.remind.summary", setup_remind};

}  // namespace procure::cli
