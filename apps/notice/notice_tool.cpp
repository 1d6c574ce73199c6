// procure-notice: the eForms notice of a case, for Doffin (and TED above the
// EEA threshold): the prior information notice, the contract notice or the
// contract award notice, written from case.yaml, the dialogue and the
// evaluation (docs/notices.md).
#include <filesystem>
#include <memory>
#include <optional>
#include <vector>

#include <nlohmann/json.hpp>

#include <CLI/CLI.hpp>

#include "common/app_catalog.hpp"
#include "common/case_argument.hpp"
#include "common/diagnostic_output.hpp"
#include "common/json_output.hpp"
#include "common/now_option.hpp"
#include "common/output_file.hpp"
#include "common/output_option.hpp"
#include "common/rule_tables_option.hpp"
#include "common/task_threads.hpp"
#include "procure/evaluation/case_evaluation.hpp"
#include "procure/evaluation/stage_files.hpp"
#include "procure/evaluation/tender_loader.hpp"
#include "procure/notices/eforms_notice.hpp"
#include "procure/time/oslo_time.hpp"
#include "tools.hpp"

namespace procure::cli {
namespace {

namespace fs = std::filesystem;

struct NoticeOptions {
  std::string kind;
  std::string case_path;
  std::string out;
  std::string now;
  std::string rules;
  std::string customization = "doffin";
  bool force = false;
};

// The day the regime is decided on: the day the contract notice is sent,
// as the timeline plans it, else the notice's own day.
Date regime_day(const Case& kase, Date issued) {
  if (const Milestone* sent = kase.timeline.find(MilestoneKind::notice_sent))
    return sent->earliest_date();
  return issued;
}

int run_notice(const NoticeOptions& options, ToolContext& ctx) {
  Diagnostics problems;
  const auto now = resolve_now(options.now, problems);
  const auto tables = load_rules(ctx, options.rules, problems);
  if (problems.has_errors())
    return ctx.fail(problems, exit_bad_input);
  int exit = exit_ok;
  const auto loaded = load_case_argument(options.case_path, ctx, exit);
  if (!loaded)
    return exit;
  const Case& kase = loaded->kase.value;
  Diagnostics warnings = load_warnings(*loaded);

  NoticeRequest request;
  for (const auto& choice : notice_kind_choices()) {
    if (choice.name == options.kind)
      request.kind = choice.value;
  }
  request.lang = ctx.lang;
  request.issued = oslo_local(*now);
  request.doffin_customization = options.customization == "doffin";
  const auto regime = notice_regime(kase, *tables, regime_day(kase, request.issued.date), problems);
  if (!regime)
    return ctx.fail(problems, exit_bad_input);
  request.regime = *regime;
  if (auto stopping = rule_errors_stopping(kase, *tables, request.kind); stopping.has_errors())
    return ctx.fail(stopping, exit_bad_input);

  const DecidingRound deciding =
      deciding_round(kase, kase.folder, fs::path(kase.case_file).parent_path().string());
  std::optional<CaseEvaluation> evaluated;
  std::vector<std::unique_ptr<CaseEvaluation>> lots;
  TenderLoad requests;
  if (request.kind == NoticeKind::can && kase.stages.prequalification) {
    requests = load_requests(kase, kase.folder, fs::path(kase.case_file).parent_path().string());
    if (requests.diagnostics.has_errors())
      return ctx.fail(requests.diagnostics, exit_bad_input);
    warnings.append(requests.diagnostics);
    request.requests = &requests.tenders;
  }
  if (request.kind == NoticeKind::can && kase.lots.divided()) {
    // Each lot is awarded on its own evaluation, as procure score rank ranks it.
    lots = CaseEvaluation::each_lot(deciding.kase(kase), deciding.folder, deciding.display_folder,
                                    EvaluationOptions{.parallel = task_threads()});
    Diagnostics found;
    for (const auto& lot : lots)
      found.append_unseen(lot->diagnostics());
    if (found.has_errors())
      return ctx.fail(found, exit_bad_input);
    warnings.append(found);
    for (const auto& lot : lots)
      request.lot_evaluations.push_back(&lot->evaluation());
  } else if (request.kind == NoticeKind::can) {
    evaluated.emplace(deciding.kase(kase), deciding.folder, deciding.display_folder,
                      EvaluationOptions{.parallel = task_threads()});
    if (!evaluated->ok())
      return ctx.fail(evaluated->diagnostics(), exit_bad_input);
    warnings.append(evaluated->diagnostics());
    request.evaluation = &evaluated->evaluation();
  }
  ctx.report_input_warnings(warnings);

  const auto notice = write_notice(kase, request, problems);
  if (!notice)
    return ctx.fail(problems, exit_bad_input);
  nlohmann::json summary{
      {"kind", options.kind},
      {"subtype", notice->subtype},
      {"id", notice->id},
      {"version", notice->version},
      {"content", notice->content},
      {"changes_version", notice->changes_version ? nlohmann::json(*notice->changes_version)
                                                  : nlohmann::json(nullptr)}};
  if (options.out.empty()) {
    if (ctx.json) {
      summary["tool"] = "notice";
      summary["xml"] = notice->xml;
      summary["diagnostics"] = nlohmann::json::array();
      print_json(ctx, summary);
    } else {
      *ctx.out << notice->xml;
    }
    return exit_ok;
  }
  if (!write_file_atomically(options.out, notice->xml, {options.force, {}, {kase.folder}},
                             problems))
    return ctx.fail(problems, exit_bad_input);
  if (ctx.json) {
    summary["tool"] = "notice";
    summary["path"] = options.out;
    summary["diagnostics"] = nlohmann::json::array();
    print_json(ctx, summary);
    return exit_ok;
  }
  const MessageArgs args{{"path", options.out},
                         {"kind", options.kind},
                         {"subtype", notice->subtype},
                         {"version", std::to_string(notice->version)},
                         {"content", notice->content}};
  *ctx.out << ctx.tr("ui.notice.wrote", args) << "\n";
  if (notice->changes_version) {
    *ctx.out << ctx.tr("ui.notice.change", {{"version", std::to_string(*notice->changes_version)}})
             << "\n";
  }
  *ctx.out << ctx.tr("ui.notice.record", args) << "\n";
  return exit_ok;
}

void setup_notice(CLI::App& app, ToolContext& ctx) {
  auto options = std::make_shared<NoticeOptions>();
  app.add_option("KIND", options->kind, ctx.tr("ui.notice.option.kind"))
      ->required()
      ->check(CLI::IsMember({"pin", "cn", "can"}));
  app.add_option("CASE", options->case_path, ctx.tr("ui.notice.option.case"))->required();
  add_output_option(app, "--out,-o", options->out, ctx.tr("ui.notice.option.out"));
  app.add_option("--now", options->now, ctx.tr("ui.option.now"));
  app.add_option("--customization", options->customization,
                 ctx.tr("ui.notice.option.customization"))
      ->check(CLI::IsMember({"doffin", "eforms"}));
  add_rules_option(app, ctx, options->rules);
  app.add_flag("--force", options->force, ctx.tr("ui.option.force"));
  app.footer(ctx.tr("ui.notice.exit-codes"));
  app.callback([options, &ctx] {
    // "-" is standard output, as for most command-line tools, never a file named "-".
    if (options->out == "-")
      options->out.clear();
    ctx.raise_exit(run_notice(*options, ctx));
  });
}

}  // namespace

const ToolInfo notice_tool{"notice", "ui.notice.summary", setup_notice};

}  // namespace procure::cli
