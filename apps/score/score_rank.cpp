// procure-score rank: checks the tenders against the opening protocol,
// evaluates and ranks them, and writes the result as a table, JSON, CSV, or
// the evaluation report (Markdown, HTML) that procure-render writes too.
#include <algorithm>
#include <memory>
#include <ostream>

#include <CLI/CLI.hpp>

#include "common/app_catalog.hpp"
#include "common/diagnostic_output.hpp"
#include "common/json_output.hpp"
#include "common/kept_to_exit.hpp"
#include "common/now_option.hpp"
#include "common/output_file.hpp"
#include "common/output_option.hpp"
#include "common/task_threads.hpp"
#include "procure/documents/document_kind.hpp"
#include "procure/evaluation/tender_lots.hpp"
#include "procure/model/lot_view.hpp"
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
  std::string lot;
  bool force = false;
  int round = 0;
};

// Which round a ranking is of, and whether it decides the award.
std::string round_line(const ScoreCase& score_case, const ToolContext& ctx) {
  const MessageArgs args{{"round", std::to_string(score_case.round)},
                         {"rounds", std::to_string(score_case.rounds)}};
  return ctx.tr(score_case.round == score_case.rounds ? "ui.score.round-decides"
                                                      : "ui.score.round-provisional",
                args) +
         "\n";
}

// The evaluation report, through the documents layer with the shipped templates.
std::optional<RenderedDocument> evaluation_report(const RankedCase& ranked, Date today,
                                                  const ToolContext& ctx,
                                                  Diagnostics& diagnostics) {
  static const DialogueRecord no_dialogue;
  const DocumentSources sources{
      ranked.kase(),     no_dialogue, today, false, "procure " PROCURE_VERSION,
      &ranked.evaluated, nullptr,     {}};
  TemplateSet templates(template_folders({}, ctx.data_dir, "templates"), ctx.lang);
  constexpr bool with_html = true;
  return render_document(*find_document_kind("evaluation-report"), sources, ctx.lang, templates,
                         diagnostics, with_html, task_threads());
}

// A case divided into lots, every lot ranked: the table (or JSON) of each
// lot in the case's order, and whether a tenderer ranks first in more lots
// than the notice allows it to be awarded.
int rank_each_lot(const ScoreCase& score_case, const RankOptions& options, ToolContext& ctx,
                  Diagnostics diagnostics) {
  const Case& kase = score_case.kase();
  const auto& lots =
      kept_to_exit(std::make_unique<const std::vector<std::unique_ptr<CaseEvaluation>>>(
          CaseEvaluation::each_lot(kase, score_case.location.folder, score_case.location.display,
                                   EvaluationOptions{options.what_if, task_threads()})));
  for (const auto& evaluated : lots)
    diagnostics.append_unseen(evaluated->diagnostics());
  if (diagnostics.has_errors())
    return ctx.fail(diagnostics, exit_bad_input);
  std::vector<LotWinner> winners;
  for (const auto& evaluated : lots) {
    const Evaluation& e = evaluated->evaluation();
    winners.push_back({evaluated->lot()->id, e.winner ? e.tenders[*e.winner].tender : nullptr});
  }
  check_lots_awarded(kase, winners, diagnostics);
  if (ctx.json) {
    std::string out;
    std::size_t size = 0;
    for (const auto& evaluated : lots)
      size += evaluation_json_size({score_case, *evaluated, evaluated->diagnostics()});
    out.reserve(size);
    JsonWriter w(out);
    w.begin_object();
    w.key("command");
    w.value("rank");
    w.key("diagnostics");
    w.value(diagnostics_to_json(diagnostics, app_catalog(), ctx.lang));
    w.key("lots");
    w.begin_array();
    for (const auto& evaluated : lots) {
      w.begin_object();
      w.key("evaluation");
      write_evaluation_json(w, {score_case, *evaluated, evaluated->diagnostics()}, ctx);
      w.key("lot");
      w.value(evaluated->lot()->id);
      w.end_object();
    }
    w.end_array();
    w.key("tool");
    w.value("score");
    w.end_object();
    *ctx.out << out << '\n';
  } else {
    ctx.print_diagnostics(diagnostics);
    if (score_case.round > 0)
      *ctx.out << round_line(score_case, ctx);
    for (std::size_t i = 0; i < lots.size(); ++i) {
      const RankedCase ranked{score_case, *lots[i], lots[i]->diagnostics()};
      *ctx.out << (i == 0 ? "" : "\n") << render_text(evaluation_summary(ranked, ctx));
    }
  }
  return diagnostics.warning_count() > 0 ? exit_found : exit_ok;
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
  auto score_case = load_score_case(options.folder, options.round, diagnostics);
  if (!score_case || !today)
    return ctx.fail(diagnostics, exit_bad_input);
  const Case& kase = score_case->kase();
  const Lot* lot = nullptr;
  if (!options.lot.empty()) {
    lot = find_lot(kase, options.lot, diagnostics);
    if (lot == nullptr)
      return ctx.fail(diagnostics, exit_bad_input);
  } else if (kase.lots.divided() &&
             std::all_of(paths.begin(), paths.end(), [](const auto* p) { return p->empty(); })) {
    return rank_each_lot(*score_case, options, ctx, std::move(diagnostics));
  }
  const CaseEvaluation& evaluated = kept_to_exit(std::make_unique<const CaseEvaluation>(
      kase, score_case->location.folder, score_case->location.display,
      EvaluationOptions{options.what_if, task_threads()}, lot));
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

  const WriteRules rules{options.force, {}, {score_case->location.folder, score_case->case_folder}};
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
    print_evaluation_json(*ctx.out, ranked, ctx);
  } else {
    ctx.print_diagnostics(diagnostics);
    if (score_case->round > 0 && stdout_content == nullptr)
      *ctx.out << round_line(*score_case, ctx);
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
  app.add_option("--lot", options->lot, ctx.tr("ui.score.option.lot"))->type_name("LOT");
  app.add_flag("--force", options->force, ctx.tr("ui.option.force"));
  app.add_option("--round", options->round, ctx.tr("ui.score.option.round"))
      ->type_name("N")
      ->check(CLI::PositiveNumber);
  app.callback([options, &ctx] { ctx.raise_exit(run_rank(*options, ctx)); });
}

}  // namespace procure::cli
