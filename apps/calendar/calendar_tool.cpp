// procure-calendar: an iCalendar file (RFC 5545) of every milestone of the
// cases, with alarms before each that is not done by --now, for the
// officer's calendar program. Each event keeps its UID from export to
// export, so importing again updates. Read as remind reads a portfolio:
// each case's outline, kept between runs (case_set.hpp).
#include <memory>

#include <nlohmann/json.hpp>

#include <CLI/CLI.hpp>

#include "calendar_events.hpp"
#include "common/app_catalog.hpp"
#include "common/diagnostic_output.hpp"
#include "common/json_output.hpp"
#include "common/kept_to_exit.hpp"
#include "common/now_option.hpp"
#include "common/output_file.hpp"
#include "common/output_option.hpp"
#include "common/portfolio_caches.hpp"
#include "common/rule_tables_option.hpp"
#include "tools.hpp"

namespace procure::cli {
namespace {

struct CalendarOptions {
  std::vector<std::string> paths;
  std::string output;
  std::vector<std::string> alarms;
  std::string now;
  bool force = false;
  std::string rules;
  bool no_cache = false;
};

// A case's events, and their lines of the file, made on the thread that
// read it; with --json each event's object too (JsonWriter::dumped_part).
// The events themselves are not kept: over 10 000 cases they took about
// twice the file's size.
struct CaseEvents {
  CaseLocation location;
  std::string reference;
  std::size_t event_count = 0;
  bool organized = false;  // its events name their organizer
  std::vector<std::string> event_parts;
  std::string written;
};

nlohmann::json event_json(const IcsEvent& e) {
  const auto* day = std::get_if<Date>(&e.start);
  return {{"uid", e.uid},
          {"summary", e.summary},
          {"all_day", day != nullptr},
          {"start", day != nullptr ? day->iso() : iso_utc(std::get<Instant>(e.start))},
          {"end", e.end ? nlohmann::json(iso_utc(*e.end)) : nlohmann::json(nullptr)},
          {"last_day", e.last_day ? nlohmann::json(e.last_day->iso()) : nlohmann::json(nullptr)},
          {"alarms", e.alarms.size()}};
}

// Calendar programs take alarms in weeks, days, hours and minutes.
std::optional<std::chrono::minutes> alarm_lead(Period period) {
  switch (period.unit) {
    case PeriodUnit::hours:
      return std::chrono::hours{period.count};
    case PeriodUnit::days:
      return std::chrono::hours{24 * period.count};
    case PeriodUnit::weeks:
      return std::chrono::hours{24 * 7 * period.count};
    default:
      return std::nullopt;
  }
}

std::vector<std::chrono::minutes> leads_of(const std::vector<Period>& periods) {
  std::vector<std::chrono::minutes> leads;
  for (const auto& p : periods) {
    if (const auto lead = alarm_lead(p))
      leads.push_back(*lead);
  }
  return leads;
}

int run_calendar(const CalendarOptions& options, ToolContext& ctx) {
  Diagnostics diagnostics;
  const auto now = resolve_now(options.now, diagnostics);
  std::vector<Period> alarms;
  for (const auto& text : options.alarms) {
    const auto period = Period::parse(text);
    if (!period) {
      diagnostics.error(period.problem().code, period.problem().args);
    } else if (!alarm_lead(*period)) {
      diagnostics.error("period.unit-not-allowed", {{"value", text}, {"allowed", "d, w, h"}});
    } else {
      alarms.push_back(*period);
    }
  }
  const PortfolioCaches opened =
      open_portfolio_caches(ctx, options.rules, options.no_cache, diagnostics);
  if (diagnostics.has_errors())
    return ctx.fail(diagnostics, exit_bad_input);
  const auto events_of_case = [&](OutlinedCase&& c) {
    // The command line's lead times, else the case's own, else a week and a day.
    const auto& chosen = !alarms.empty() ? alarms : c.outline.alarms;
    const auto leads = !chosen.empty() ? leads_of(chosen)
                                       : std::vector<std::chrono::minutes>{
                                             std::chrono::hours{24 * 7}, std::chrono::hours{24}};
    const std::vector<IcsEvent> events = calendar_events(ctx, c.outline, leads);
    CaseEvents made{std::move(c.location),
                    c.outline.reference,
                    events.size(),
                    !c.outline.organizer_email.empty(),
                    {},
                    write_ics_events(events, *now)};
    if (ctx.json) {
      for (const auto& e : events)
        made.event_parts.push_back(JsonWriter::dumped_part(event_json(e)));
    }
    return made;
  };
  auto& set = kept_to_exit(std::make_unique<CasesFound<CaseEvents>>(
      show_case_outlines(options.paths, *opened.tables, *now, events_of_case, opened.caches())));
  ctx.report_input_warnings(set.load_warnings);
  // As every portfolio tool: a case that cannot be read is reported and
  // left out, the others' events are written, and the exit is 2.
  if (set.cases.empty() && set.errors.has_errors())
    return ctx.fail(set.errors, exit_bad_input);
  Diagnostics found = set.errors;
  found.append(set.warnings);
  const int exit = set.errors.has_errors() ? exit_bad_input : exit_ok;

  IcsCalendar calendar;
  calendar.product_id = "-//procure//procure " PROCURE_VERSION "//EN";
  calendar.name =
      set.cases.size() == 1 ? "procure: " + set.cases.front().reference : std::string("procure");
  calendar.stamp = *now;
  std::size_t event_count = 0;
  calendar.publish = true;
  for (const auto& c : set.cases) {
    event_count += c.event_count;
    if (c.event_count > 0 && !c.organized)
      calendar.publish = false;
  }
  // The file is written in its parts, never joined: it is the largest
  // thing a run holds.
  const std::string head = write_icalendar_head(calendar);
  const auto write_parts = [&](auto&& write) {
    write(head);
    for (const auto& c : set.cases)
      write(c.written);
    write(icalendar_end());
  };
  if (!options.output.empty()) {
    WriteRules rules{options.force, {}, {}};
    for (const auto& c : set.cases)
      rules.case_folders.push_back(c.location.folder);
    OutputFile file(options.output, rules, diagnostics);
    if (!file.ok())
      return ctx.fail(diagnostics, exit_bad_input);
    write_parts([&](std::string_view part) { file.write(part); });
    if (!file.commit(diagnostics))
      return ctx.fail(diagnostics, exit_bad_input);
  }
  if (ctx.json) {
    nlohmann::json fields{{"output", options.output.empty() ? nlohmann::json(nullptr)
                                                            : nlohmann::json(options.output)}};
    if (options.output.empty()) {
      std::string text;
      write_parts([&](std::string_view part) { text += part; });
      fields["ics"] = std::move(text);
    }
    print_items_json(
        ctx, "calendar", "events",
        [&](JsonWriter& w) {
          for (const auto& c : set.cases) {
            for (const auto& part : c.event_parts)
              w.dumped_value(part);
          }
        },
        found, std::move(fields));
    return exit;
  }
  ctx.print_diagnostics(found);
  if (options.output.empty()) {
    write_parts([&](std::string_view part) { *ctx.out << part; });
  } else {
    *ctx.out << ctx.tr("ui.calendar.written",
                       {{"path", options.output}, {"n", std::to_string(event_count)}})
             << "\n";
  }
  return exit;
}

void setup_calendar(CLI::App& app, ToolContext& ctx) {
  auto options = std::make_shared<CalendarOptions>();
  app.add_option("CASE", options->paths, ctx.tr("ui.check.option.case"))->required();
  add_output_option(app, "-o,--output", options->output, ctx.tr("ui.calendar.option.output"));
  app.add_option("--alarm", options->alarms, ctx.tr("ui.calendar.option.alarm"));
  app.add_option("--now", options->now, ctx.tr("ui.calendar.option.now"));
  app.add_flag("--force", options->force, ctx.tr("ui.option.force"));
  add_rules_option(app, ctx, options->rules);
  app.add_flag("--no-cache", options->no_cache, ctx.tr("ui.option.no-cache"));
  app.callback([options, &ctx] {
    // "-" is standard output, as for most command-line tools, never a file named "-".
    if (options->output == "-")
      options->output.clear();
    ctx.raise_exit(run_calendar(*options, ctx));
  });
}

}  // namespace

const ToolInfo calendar_tool{"calendar", "ui.calendar.summary", setup_calendar};

}  // namespace procure::cli
