// procure-score rank: checks the tenders against the opening protocol,
// evaluates and ranks them, and writes the result as a table, JSON, CSV, or
// the evaluation report (Markdown, HTML) that procure-render writes too.
#include <algorithm>
#include <memory>
#include <ostream>

#include <CLI/CLI.hpp>

#include "common/app_catalog.hpp"
#include "common/json_output.hpp"
#include "common/now_option.hpp"
#include "common/output_file.hpp"
#include "common/output_option.hpp"
#include "procure/documents/document_kind.hpp"
#include "score_commands.hpp"
#include "score_outputs.hpp"
#include "score_report.hpp"

namespace procure::cli {
namespace {

struct RankOptions {
  std::string folder;
  bool what_if = false;
  std::string csv;
  std::string csv_dialect;
  std::string markdown;
  std::string html;
  std::string today;
  bool force = false;
};

// The evaluation report, through the documents layer with the shipped templates.
std::optional<RenderedDocument> evaluation_report(const RankedCase& ranked, Date today,
                                                  const ToolContext& ctx,
                                                  Diagnostics& diagnostics) {
  static const DialogueRecord no_dialogue;
  const DocumentSources sources{
      ranked.kase(),     no_dialogue, today, false, "procure " PROCURE_VERSION,
      &ranked.evaluated, nullptr,     {}};
  TemplateSet templates(template_folders({}, ctx.data_dir, "templates"), ctx.lang);
  return render_document(*find_document_kind("evaluation-report"), sources, ctx.lang, templates,
                         diagnostics);
}

int run_rank(const RankOptions& options, ToolContext& ctx) {
  Diagnostics diagnostics;
  const std::vector<const std::string*> paths{&options.csv, &options.markdown, &options.html};
  const auto to_stdout =
      std::count_if(paths.begin(), paths.end(), [](const std::string* p) { return *p == "-"; });
  if (to_stdout > 1 || (to_stdout == 1 && ctx.json)) {
    diagnostics.error("score.one-stdout");
    return ctx.fail(diagnostics, exit_bad_input);
  }
  // Norwegian Excel opens ';' and decimal commas in columns; other readers RFC 4180.
  auto dialect = ctx.lang == Lang::en ? CsvDialect::rfc4180 : CsvDialect::excel_nb;
  if (!options.csv_dialect.empty()) {
    const auto chosen = parse_csv_dialect(options.csv_dialect);
    if (!chosen) {
      diagnostics.error("score.unknown-csv-dialect", {{"value", options.csv_dialect}});
      return ctx.fail(diagnostics, exit_bad_input);
    }
    dialect = *chosen;
  }
  const auto today = resolve_today(options.today, diagnostics);
  auto score_case = load_score_case(options.folder, diagnostics);
  if (!score_case || !today)
    return ctx.fail(diagnostics, exit_bad_input);
  const CaseEvaluation evaluated(score_case->kase(), score_case->location.folder,
                                 score_case->location.display, EvaluationOptions{options.what_if});
  diagnostics.append(evaluated.diagnostics());
  if (!evaluated.ok())
    return ctx.fail(diagnostics, exit_bad_input);
  const RankedCase ranked{*score_case, evaluated, diagnostics};

  std::optional<RenderedDocument> report;
  if (!options.markdown.empty() || !options.html.empty()) {
    Diagnostics problems;
    report = evaluation_report(ranked, *today, ctx, problems);
    if (!report)
      return ctx.fail(problems, exit_bad_input);
  }
  const std::vector<std::pair<const std::string*, std::string>> outputs{
      {&options.csv, options.csv.empty() ? "" : evaluation_csv(ranked, ctx, dialect)},
      {&options.markdown, report ? report->markdown : ""},
      {&options.html, report ? report->html : ""}};

  const WriteRules rules{options.force, {}, {score_case->location.folder}};
  Diagnostics written;
  const std::string* stdout_content = nullptr;
  for (const auto& [path, content] : outputs) {
    if (path->empty())
      continue;
    if (*path == "-")
      stdout_content = &content;
    else
      write_file_atomically(*path, content, rules, written);
  }
  if (written.has_errors())
    return ctx.fail(written, exit_bad_input);

  if (ctx.json) {
    *ctx.out << evaluation_json(ranked, ctx);
  } else {
    ctx.print_diagnostics(diagnostics);
    *ctx.out << (stdout_content != nullptr ? *stdout_content
                                           : render_text(evaluation_summary(ranked, ctx)));
  }
  return diagnostics.warning_count() > 0 ? exit_found : exit_ok;
}

}  // namespace

void setup_score_rank(CLI::App& app, ToolContext& ctx) {
  auto options = std::make_shared<RankOptions>();
  app.add_option("CASE", options->folder, ctx.tr("ui.score.option.case"))
      ->required()
      ->type_name("");
  app.add_flag("--what-if", options->what_if, ctx.tr("ui.score.option.what-if"));
  add_output_option(app, "--csv", options->csv, ctx.tr("ui.score.option.csv"))->type_name("FILE");
  app.add_option("--csv-dialect", options->csv_dialect, ctx.tr("ui.score.option.csv-dialect"))
      ->type_name("excel-nb|rfc4180");
  add_output_option(app, "--markdown", options->markdown, ctx.tr("ui.score.option.markdown"))
      ->type_name("FILE");
  add_output_option(app, "--html", options->html, ctx.tr("ui.score.option.html"))
      ->type_name("FILE");
  app.add_option("--today", options->today, ctx.tr("ui.score.option.today"))
      ->type_name("YYYY-MM-DD");
  app.add_flag("--force", options->force, ctx.tr("ui.option.force"));
  app.callback([options, &ctx] { ctx.raise_exit(run_rank(*options, ctx)); });
}

}  // namespace procure::cli
