// procure-score rank: checks the tenders against the opening protocol,
// evaluates and ranks them, and writes the result as a table, JSON, CSV,
// Markdown or HTML.
#include <memory>
#include <ostream>

#include "common/app_catalog.hpp"
#include "common/json_output.hpp"
#include "common/output_file.hpp"
#include "score_commands.hpp"
#include "score_outputs.hpp"
#include "score_report.hpp"

namespace procure::cli {
namespace {

struct RankOptions {
  std::string folder;
  bool what_if = false;
  std::string csv;
  std::string markdown;
  std::string html;
  bool force = false;
};

struct Output {
  const std::string* path;
  std::string (*render)(const RankedCase&, const ToolContext&);
};

std::string markdown_of(const RankedCase& ranked, const ToolContext& ctx) {
  return render_markdown(evaluation_report(ranked, ctx, ReportDetail::full));
}

std::string html_of(const RankedCase& ranked, const ToolContext& ctx) {
  return render_html(evaluation_report(ranked, ctx, ReportDetail::full));
}

int run_rank(const RankOptions& options, ToolContext& ctx) {
  Diagnostics diagnostics;
  const std::vector<Output> outputs{
      {&options.csv, evaluation_csv}, {&options.markdown, markdown_of}, {&options.html, html_of}};
  const auto to_stdout =
      std::count_if(outputs.begin(), outputs.end(), [](const Output& o) { return *o.path == "-"; });
  if (to_stdout > 1 || (to_stdout == 1 && ctx.json)) {
    diagnostics.error("score.one-stdout");
    return ctx.fail(diagnostics, exit_bad_input);
  }
  auto score_case = load_score_case(options.folder, diagnostics);
  if (!score_case)
    return ctx.fail(diagnostics, exit_bad_input);
  const Case& kase = score_case->kase();
  const std::string& shown_folder = score_case->location.display;
  check_method(kase, diagnostics);
  if (diagnostics.has_errors())
    return ctx.fail(diagnostics, exit_bad_input);
  // Everything that is wrong is reported together: tenders, assessments and the seal.
  const TenderLoad tenders = load_tenders(kase, score_case->location.folder, shown_folder, true);
  diagnostics.append(tenders.diagnostics);
  const auto protocol_path = score_case->location.folder / opening_protocol_file;
  const std::string protocol_shown = display_join(shown_folder, std::string(opening_protocol_file));
  std::optional<OpeningProtocol> protocol;
  std::error_code ec;
  if (!std::filesystem::exists(protocol_path, ec)) {
    diagnostics.error("opening.missing", {{"path", protocol_shown}});
  } else {
    protocol = read_opening_protocol(protocol_path, protocol_shown, diagnostics);
    if (protocol) {
      const auto now = seal_bids(score_case->location.folder, shown_folder, diagnostics);
      verify_opening(*protocol, now, score_case->deadline, shown_folder, diagnostics);
    }
  }
  if (diagnostics.has_errors() || !protocol)
    return ctx.fail(diagnostics, exit_bad_input);

  const Evaluation evaluation =
      evaluate(kase, tenders, score_case->deadline, EvaluationOptions{options.what_if});
  diagnostics.append(evaluation.diagnostics);
  if (!evaluation.complete())
    return ctx.fail(diagnostics, exit_bad_input);
  const RankedCase ranked{*score_case, tenders, *protocol, protocol_shown, evaluation, diagnostics};

  WriteRules rules{options.force, tenders.inputs};
  rules.inputs.push_back(score_case->location.folder / case_file_name);
  rules.inputs.push_back(protocol_path);
  Diagnostics written;
  const Output* stdout_output = nullptr;
  for (const auto& output : outputs) {
    if (output.path->empty())
      continue;
    if (*output.path == "-") {
      stdout_output = &output;
      continue;
    }
    write_file_atomically(*output.path, output.render(ranked, ctx), rules, written);
  }
  if (written.has_errors())
    return ctx.fail(written, exit_bad_input);

  if (ctx.json) {
    *ctx.out << evaluation_json(ranked, ctx);
  } else {
    ctx.print_diagnostics(diagnostics);
    if (stdout_output != nullptr)
      *ctx.out << stdout_output->render(ranked, ctx);
    else
      *ctx.out << render_text(evaluation_report(ranked, ctx, ReportDetail::summary));
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
  app.add_option("--csv", options->csv, ctx.tr("ui.score.option.csv"))->type_name("FILE");
  app.add_option("--markdown", options->markdown, ctx.tr("ui.score.option.markdown"))
      ->type_name("FILE");
  app.add_option("--html", options->html, ctx.tr("ui.score.option.html"))->type_name("FILE");
  app.add_flag("--force", options->force, ctx.tr("ui.option.force"));
  app.callback([options, &ctx] { ctx.raise_exit(run_rank(*options, ctx)); });
}

}  // namespace procure::cli
