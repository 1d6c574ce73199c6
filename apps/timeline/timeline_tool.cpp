// procure-timeline: a case's timeline as an aligned table, and with --html
// as a page with an SVG chart of its phases.
#include <memory>
#include <optional>
#include <string>

#include <nlohmann/json.hpp>

#include <CLI/CLI.hpp>

#include "common/app_catalog.hpp"
#include "common/diagnostic_output.hpp"
#include "common/json_output.hpp"
#include "common/output_file.hpp"
#include "common/output_option.hpp"
#include "common/rule_tables_option.hpp"
#include "common/table.hpp"
#include "procure/text/visible_controls.hpp"
#include "timeline_html.hpp"
#include "tools.hpp"

namespace procure::cli {
namespace {

struct TimelineOptions {
  std::vector<std::string> paths;
  std::string html;
  std::string templates;
  bool force = false;
  std::string rules;
};

// A case and its view, for --html's page (of one case).
struct PagedCase {
  LoadedCase kase;
  TimelineView view;
};

// A case's timeline as the text shows it, or as its part of the JSON
// document, made on the thread that read the case; for --html, the case
// and its view too.
struct ShownTimeline {
  std::string shown;
  std::optional<PagedCase> paged;
};

std::string view_text(const ToolContext& ctx, const LoadedCase& c, const TimelineView& view) {
  std::string text = visible_controls(c.location.display) + ": " +
                     visible_controls(c.value.title.in(ctx.lang, c.value.primary_language())) +
                     "\n";
  Table rows({ctx.tr("ui.timeline.column.when"), ctx.tr("ui.timeline.column.day"),
              ctx.tr("ui.timeline.column.milestone"), ctx.tr("ui.timeline.column.note")});
  for (const auto& r : view.rows)
    rows.add_row({r.when, r.day, r.title, r.note});
  text += rows.render("  ") + "\n  " + ctx.tr("ui.timeline.phases") + "\n";
  Table phases({ctx.tr("ui.timeline.column.phase"), ctx.tr("ui.timeline.column.from"),
                ctx.tr("ui.timeline.column.to"), ctx.tr("ui.timeline.column.days")});
  for (const auto& p : view.phases) {
    phases.add_row({p.name, p.first.iso(), p.last.iso(), std::to_string(p.days_after_start())});
  }
  phases.align_right(3);
  return text + phases.render("  ");
}

nlohmann::json view_json(const LoadedCase& c, const TimelineView& view) {
  nlohmann::json rows = nlohmann::json::array();
  for (const auto& r : view.rows) {
    rows.push_back({{"key", r.key},
                    {"when", r.when},
                    {"title", r.title},
                    {"note", r.note},
                    {"working_day", !r.closed},
                    {"start_utc", iso_utc(r.start)},
                    {"due_utc", iso_utc(r.due)},
                    {"computed", r.computed}});
  }
  nlohmann::json phases = nlohmann::json::array();
  for (const auto& p : view.phases) {
    phases.push_back({{"phase", std::string(name_in(phase_choices(), p.phase))},
                      {"first", p.first.iso()},
                      {"last", p.last.iso()}});
    if (p.number)
      phases.back()["number"] = *p.number;
  }
  return {{"case", c.location.display},
          {"reference", c.value.reference},
          {"milestones", rows},
          {"phases", phases}};
}

int run_timeline(const TimelineOptions& options, ToolContext& ctx) {
  Diagnostics diagnostics;
  const auto tables = load_rules(ctx, options.rules, diagnostics);
  if (!tables)
    return ctx.fail(diagnostics, exit_bad_input);
  const auto show = [&](LoadedCase&& c) {
    TimelineView view = timeline_view(ctx, c);
    ShownTimeline made{
        ctx.json ? JsonWriter::dumped_part(view_json(c, view)) : view_text(ctx, c, view),
        std::nullopt};
    if (!options.html.empty())
      made.paged = PagedCase{std::move(c), std::move(view)};
    return made;
  };
  const auto set = show_loaded_cases(options.paths, *tables, std::nullopt, show);
  ctx.report_input_warnings(set.load_warnings);
  diagnostics.append(set.errors);
  if (!options.html.empty() && set.cases.size() > 1) {
    diagnostics.error("timeline.html-one-case",
                      {{"n", std::to_string(set.cases.size())}, {"path", options.html}});
  }
  if (!options.templates.empty() && !std::filesystem::is_directory(options.templates))
    diagnostics.error("timeline.no-template-folder", {{"path", options.templates}});
  if (diagnostics.has_errors())
    return ctx.fail(diagnostics, exit_bad_input);
  // "-" is standard output, as for most command-line tools, never a file named "-".
  const bool page_to_stdout = options.html == "-";
  std::optional<std::string> page;
  if (!options.html.empty() && !set.cases.empty()) {
    TemplateSet templates(template_folders(options.templates, ctx.data_dir, "templates/timeline"),
                          ctx.lang, ".html.mustache");
    const PagedCase& paged = *set.cases.front().paged;
    const auto& c = paged.kase;
    page = timeline_html(ctx, c, paged.view, templates, diagnostics);
    // The shipped template failing is our bug; the user's is their input.
    if (!page)
      return ctx.fail(diagnostics, options.templates.empty() ? exit_internal : exit_bad_input);
    const WriteRules rules{options.force, templates.files_read(), {c.location.folder}};
    if (!page_to_stdout && !write_file_atomically(options.html, *page, rules, diagnostics))
      return ctx.fail(diagnostics, exit_bad_input);
  }
  if (ctx.json) {
    print_items_json(
        ctx, "timeline", "cases",
        [&](JsonWriter& w) {
          for (const auto& c : set.cases)
            w.dumped_value(c.shown);
        },
        {},
        {{"html", options.html.empty() || page_to_stdout ? nlohmann::json(nullptr)
                                                         : nlohmann::json(options.html)},
         {"page", page && page_to_stdout ? nlohmann::json(*page) : nlohmann::json(nullptr)}});
    return exit_ok;
  }
  if (page && page_to_stdout) {
    *ctx.out << *page;
    return exit_ok;
  }
  for (std::size_t i = 0; i < set.cases.size(); ++i) {
    if (i > 0)
      *ctx.out << "\n";
    *ctx.out << set.cases[i].shown;
  }
  if (!options.html.empty())
    *ctx.out << "\n" << ctx.tr("ui.timeline.written", {{"path", options.html}}) << "\n";
  return exit_ok;
}

void setup_timeline(CLI::App& app, ToolContext& ctx) {
  auto options = std::make_shared<TimelineOptions>();
  app.add_option("CASE", options->paths, ctx.tr("ui.check.option.case"))->required();
  add_output_option(app, "--html", options->html, ctx.tr("ui.timeline.option.html"));
  app.add_option("--templates", options->templates, ctx.tr("ui.timeline.option.templates"))
      ->type_name("DIR");
  app.add_flag("--force", options->force, ctx.tr("ui.option.force"));
  add_rules_option(app, ctx, options->rules);
  app.callback([options, &ctx] { ctx.raise_exit(run_timeline(*options, ctx)); });
}

}  // namespace

const ToolInfo timeline_tool{"timeline", "ui.timeline.summary", setup_timeline};

}  // namespace procure::cli
