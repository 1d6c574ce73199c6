// procure-init: writes a new case folder from the shipped template in the
// chosen language, with a plausible timeline counted from --today.
#include <memory>

#include <kainjow/mustache.hpp>

#include "common/app_catalog.hpp"
#include "common/json_output.hpp"
#include "common/now_option.hpp"
#include "common/output_file.hpp"
#include "common/rule_tables_option.hpp"
#include "common/shipped_template.hpp"
#include "procure/flow/planned_timeline.hpp"
#include "procure/load/case_loader.hpp"
#include "procure/rules/rule_check.hpp"
#include "tools.hpp"

namespace procure::cli {
namespace {

struct InitOptions {
  std::string folder;
  std::string reference;
  std::string today;
  bool force = false;
};

std::string yaml_double_quoted(std::string_view text) {
  std::string out;
  for (const char c : text) {
    if (c == '"' || c == '\\')
      out += '\\';
    out += c;
  }
  return out;
}

// The template's timeline avoids weekends, holidays and the closing days,
// and meets the rules' minimum time limits, so that the new case passes
// check at once.
kainjow::mustache::data template_values(const InitOptions& options, Date today) {
  const PlannedTimeline plan = plan_timeline(today);
  std::string closing_text;
  for (const Date day : plan.closing_days)
    closing_text += (closing_text.empty() ? "" : ", ") + day.iso();
  kainjow::mustache::data data;
  data.set("reference", yaml_double_quoted(options.reference));
  data.set("meeting_date", plan.dialogue_meeting.iso());
  data.set("written_input_deadline", plan.written_input_deadline.iso());
  data.set("notice_window", plan.notice_first_week.iso() + ".." + plan.notice_last_week.iso());
  data.set("clarification_deadline", plan.clarification_deadline.iso());
  data.set("tender_deadline", plan.tender_deadline.iso());
  data.set("award_notice", plan.award_notice.iso());
  data.set("standstill_end", plan.standstill_end.iso());
  data.set("contract_signature", plan.contract_signature.iso());
  data.set("tender_validity_end", plan.tender_validity_end.iso());
  data.set("closing_days", closing_text);
  return data;
}

int run_init(InitOptions options, ToolContext& ctx) {
  Diagnostics diagnostics;
  const auto today = resolve_today(options.today, diagnostics);
  if (!today)
    return ctx.fail(diagnostics, exit_bad_input);
  namespace fs = std::filesystem;
  const fs::path folder(options.folder);
  if (options.reference.empty()) {
    options.reference = fs::absolute(folder).lexically_normal().filename().string();
    if (options.reference.empty())
      options.reference = fs::absolute(folder).parent_path().filename().string();
  }
  const std::filesystem::path template_name =
      std::filesystem::path("init") / ("case." + std::string(lang_code(ctx.lang)) + ".yaml");
  const auto template_path = ctx.data_dir / "templates" / template_name;
  const auto template_text = read_shipped_template(ctx, template_name);
  if (!template_text)
    return exit_internal;
  kainjow::mustache::mustache renderer(*template_text);
  const std::string text = renderer.render(template_values(options, *today));
  // The template must always give a case that passes check, rules included;
  // a failure here is our bug.
  const CaseLoad check = load_case_text("case.yaml", text);
  const auto tables = load_rules(ctx, "", diagnostics);
  if (!tables)
    return ctx.fail(diagnostics, exit_internal);
  const auto rules = check.ok() ? std::optional(check_rules(check.value, *tables)) : std::nullopt;
  if (!check.ok() || !rules->problems.empty() || !rules->findings.empty()) {
    *ctx.err << "procure: " << ctx.tr("ui.severity.internal") << ": "
             << ctx.tr("ui.init.template-invalid", {{"path", template_path.string()}}) << "\n";
    ctx.print_diagnostics(check.diagnostics);
    if (rules)
      ctx.print_diagnostics(rules->findings);
    return exit_internal;
  }
  std::error_code ec;
  fs::create_directories(folder, ec);
  const fs::path target = folder / case_file_name;
  if (!write_file_atomically(target, text, {options.force, {}}, diagnostics)) {
    return ctx.fail(diagnostics, exit_bad_input);
  }
  if (ctx.json) {
    print_json(ctx,
               {{"tool", "init"}, {"created", target.string()}, {"reference", options.reference}});
  } else {
    *ctx.out << ctx.tr("ui.init.created", {{"path", target.string()}, {"folder", options.folder}})
             << "\n";
  }
  return exit_ok;
}

void setup_init(CLI::App& app, ToolContext& ctx) {
  auto options = std::make_shared<InitOptions>();
  app.add_option("FOLDER", options->folder, ctx.tr("ui.init.option.folder"))->required();
  app.add_option("--reference", options->reference, ctx.tr("ui.init.option.reference"));
  app.add_option("--today", options->today, ctx.tr("ui.init.option.today"));
  app.add_flag("--force", options->force, ctx.tr("ui.option.force"));
  app.callback([options, &ctx] { ctx.raise_exit(run_init(*options, ctx)); });
}

}  // namespace

const ToolInfo init_tool{"init", "ui.init.summary", setup_init};

}  // namespace procure::cli
