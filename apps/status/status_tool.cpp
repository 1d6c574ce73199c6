// procure-status: where each case stands, for an officer with many: its
// current phase (the first not done by its records and its own files),
// where the plan puts it, what is overdue or missing, and the next step
// with its date.
#include <memory>

#include <nlohmann/json.hpp>

#include <CLI/CLI.hpp>

#include "common/app_catalog.hpp"
#include "common/case_set.hpp"
#include "common/diagnostic_output.hpp"
#include "common/json_output.hpp"
#include "common/kept_to_exit.hpp"
#include "common/now_option.hpp"
#include "common/portfolio_caches.hpp"
#include "common/rule_tables_option.hpp"
#include "common/schedule_text.hpp"
#include "common/table.hpp"
#include "procure/flow/case_status.hpp"
#include "procure/text/visible_controls.hpp"
#include "tools.hpp"

namespace procure::cli {
namespace {

// A case as status shows it, made on the thread that read it: whether it
// needs a look, its row of the table and its lines on what is overdue or
// missing, or, with --json, its object.
struct ShownStatus {
  bool needs_look = false;
  Table::Row row;
  std::string details;
  std::string json;  // its part of the document (JsonWriter::dumped_part)
};

struct StatusOptions {
  std::vector<std::string> paths;
  std::string now;
  std::string rules;
  bool no_cache = false;
};

std::string phase_text(const ToolContext& ctx, const std::optional<Phase>& phase,
                       const std::optional<int>& number) {
  if (!phase)
    return ctx.tr("ui.status.all-done");
  PhaseStatus shown;
  shown.number = number;
  return ctx.tr(phase_display_key(*phase), phase_display_args(shown));
}

nlohmann::json item_json(const ToolContext& ctx, const ScheduleItem& item, Lang primary_language,
                         Instant now) {
  nlohmann::json j{
      {"key", item.key},
      {"what", item_title(ctx, item, primary_language)},
      {"when", item_when(item)},
      {"due_utc", iso_utc(item.due)},
      {"seconds_left", (item.due - now).count()},
      {"record", item.tracked() ? nlohmann::json(item.record_path()) : nlohmann::json(nullptr)},
      {"computed", item.computed}};
  if (item.held_by_standstill)
    j["not_before"] = standstill_hold_json(ctx, *item.held_by_standstill);
  return j;
}

nlohmann::json status_json(const ToolContext& ctx, const CaseHeading& c, const CaseStatus& s,
                           Instant now) {
  const auto phase_name = [](const std::optional<Phase>& p) {
    return p ? nlohmann::json(std::string(name_in(phase_choices(), *p))) : nlohmann::json(nullptr);
  };
  nlohmann::json phases = nlohmann::json::array();
  for (const auto& p : s.phases) {
    phases.push_back(
        {{"phase", std::string(name_in(phase_choices(), p.phase))},
         {"state", std::string(name_in(phase_state_choices(), p.state))},
         {"first", p.first ? nlohmann::json(p.first->iso()) : nlohmann::json(nullptr)},
         {"last", p.last ? nlohmann::json(p.last->iso()) : nlohmann::json(nullptr)},
         {"milestone", p.milestone},
         {"due_utc", p.due ? nlohmann::json(iso_utc(*p.due)) : nlohmann::json(nullptr)},
         {"record", p.record},
         {"recorded", p.recorded},
         {"source", p.source.empty() ? nlohmann::json(nullptr) : nlohmann::json(p.source)},
         {"count", p.count ? nlohmann::json(*p.count) : nlohmann::json(nullptr)},
         {"done_at", p.done_at ? nlohmann::json(p.done_at->iso()) : nlohmann::json(nullptr)}});
    if (p.number)
      phases.back()["number"] = *p.number;
  }
  nlohmann::json overdue = nlohmann::json::array();
  for (const auto& item : s.overdue)
    overdue.push_back(item_json(ctx, item, c.primary_language, now));
  nlohmann::json j = {{"case", c.location.display},
                      {"reference", c.reference},
                      {"title", std::string(c.title.in(ctx.lang, c.primary_language))},
                      {"current", phase_name(s.current)},
                      {"planned", phase_name(s.planned)},
                      {"phases", phases},
                      {"overdue", overdue},
                      {"missing", s.missing},
                      {"next", s.next ? item_json(ctx, *s.next, c.primary_language, now)
                                      : nlohmann::json(nullptr)}};
  // An R&D phase of an innovation partnership is named with its number.
  if (s.current_number)
    j["current_number"] = *s.current_number;
  if (s.planned_number)
    j["planned_number"] = *s.planned_number;
  return j;
}

Table::Row status_row(const ToolContext& ctx, const CaseHeading& c, const CaseStatus& s,
                      Instant now) {
  std::vector<std::string> row{c.location.display, phase_text(ctx, s.current, s.current_number),
                               s.planned ? phase_text(ctx, s.planned, s.planned_number) : "–"};
  if (s.next) {
    std::string next = item_title(ctx, *s.next, c.primary_language);
    // A signature the standstill holds back says so where it is named.
    if (s.next->held_by_standstill)
      next += " (" + standstill_hold_text(ctx, *s.next->held_by_standstill) + ")";
    row.push_back(std::move(next));
    row.push_back(item_when(*s.next));
    row.push_back(time_left(ctx, now, s.next->due));
  } else {
    row.push_back(ctx.tr("ui.status.nothing-ahead"));
  }
  return Table::shown_row(std::move(row));
}

// The case's lines on what is overdue or missing, under its name; empty
// when nothing is.
std::string status_details(const ToolContext& ctx, const CaseHeading& c, const CaseStatus& s,
                           Instant now) {
  if (s.overdue.empty() && s.missing.empty())
    return {};
  Table details;
  for (const auto& item : s.overdue) {
    details.add_row(
        {ctx.tr("ui.schedule.overdue"), item_when(item),
         item_title(ctx, item, c.primary_language) + " (" + item_note(ctx, item, now) + ")"});
  }
  for (const auto& missing : s.missing) {
    details.add_row(
        {ctx.tr("ui.status.missing"), "",
         ctx.tr(missing == "needs" ? "ui.status.missing-needs" : "ui.status.missing-milestone",
                {{"milestone", missing}})});
  }
  return "\n" + visible_controls(c.location.display) + "\n" + details.render("  ");
}

int run_status(const StatusOptions& options, ToolContext& ctx) {
  Diagnostics diagnostics;
  const auto now = resolve_now(options.now, diagnostics);
  const PortfolioCaches opened =
      open_portfolio_caches(ctx, options.rules, options.no_cache, diagnostics);
  if (diagnostics.has_errors())
    return ctx.fail(diagnostics, exit_bad_input);
  const auto status_of_case = [&](OutlinedCase&& c) {
    const CaseHeading heading = take_heading(c);
    const CaseStatus status = case_status(std::move(c.outline.status), c.outline.items, *now);
    ShownStatus shown;
    shown.needs_look = !status.overdue.empty() || !status.missing.empty();
    if (ctx.json) {
      shown.json = JsonWriter::dumped_part(status_json(ctx, heading, status, *now));
    } else {
      shown.row = status_row(ctx, heading, status, *now);
      shown.details = status_details(ctx, heading, status, *now);
    }
    return shown;
  };
  auto& set = kept_to_exit(std::make_unique<CasesFound<ShownStatus>>(
      show_case_outlines(options.paths, *opened.tables, *now, status_of_case, opened.caches())));
  ctx.report_input_warnings(set.load_warnings);
  Diagnostics found = set.errors;
  found.append(set.warnings);
  // A record the case's files contradict needs a look as much as an overdue step.
  bool attention = !set.warnings.empty();
  for (const auto& shown : set.cases)
    attention = attention || shown.needs_look;
  const int exit = set.errors.has_errors() ? exit_bad_input : attention ? exit_found : exit_ok;
  if (ctx.json) {
    print_items_json(ctx, "status", "cases",
                     [&](JsonWriter& w) {
                       for (const auto& shown : set.cases)
                         w.dumped_value(shown.json);
                     },
                     found, {{"now", iso_utc(*now)}, {"now_oslo", iso_oslo(*now)}});
    return exit;
  }
  ctx.print_diagnostics(found);
  // No case read: the errors say all, and an empty table would not.
  if (set.cases.empty() && set.errors.has_errors())
    return exit;
  *ctx.out << ctx.tr("ui.status.heading", {{"now", oslo_local_text(*now)}}) << "\n";
  Table table({ctx.tr("ui.status.column.case"), ctx.tr("ui.status.column.phase"),
               ctx.tr("ui.status.column.plan"), ctx.tr("ui.status.column.next"),
               ctx.tr("ui.status.column.when"), ctx.tr("ui.status.column.left")});
  for (auto& shown : set.cases)
    table.add_shown_row(std::move(shown.row));
  *ctx.out << table.render("  ");
  for (const auto& shown : set.cases)
    *ctx.out << shown.details;
  return exit;
}

void setup_status(CLI::App& app, ToolContext& ctx) {
  auto options = std::make_shared<StatusOptions>();
  app.add_option("CASE", options->paths, ctx.tr("ui.check.option.case"))->required();
  app.add_option("--now", options->now, ctx.tr("ui.option.now"));
  add_rules_option(app, ctx, options->rules);
  app.add_flag("--no-cache", options->no_cache, ctx.tr("ui.option.no-cache"));
  app.footer(ctx.tr("ui.status.exit-codes"));
  app.callback([options, &ctx] { ctx.raise_exit(run_status(*options, ctx)); });
}

}  // namespace

const ToolInfo status_tool{"status", "ui.status.summary", setup_status};

}  // namespace procure::cli
