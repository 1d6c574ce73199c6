// procure-init: writes a new case folder from the shipped template in the
// chosen language, with a timeline counted from --today that passes check.
#include <memory>

#include <CLI/CLI.hpp>

#include "common/app_catalog.hpp"
#include "common/case_template.hpp"
#include "common/json_output.hpp"
#include "common/now_option.hpp"
#include "common/output_file.hpp"
#include "common/output_option.hpp"
#include "common/rule_tables_option.hpp"
#include "procure/documents/template_set.hpp"
#include "procure/load/case_loader.hpp"
#include "procure/rules/rule_check.hpp"
#include "tools.hpp"

namespace procure::cli {
namespace {

struct InitOptions {
  std::string folder;
  std::string reference;
  std::string today;
};

// A shipped template that cannot be used is a damaged installation or our
// bug, not a problem with the user's input.
int internal_error(ToolContext& ctx, const std::string& message, const Diagnostics& problems) {
  if (!ctx.json)
    *ctx.err << "procure: " << ctx.tr("ui.severity.internal") << ": " << message << "\n";
  return ctx.fail(problems, exit_internal);
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
  TemplateSet templates(template_folders({}, ctx.data_dir, "templates/init"), ctx.lang,
                        ".yaml.mustache");
  const auto text = templates.render("case", case_template_values(options.reference, *today),
                                     inside_double_quotes, diagnostics);
  if (!text)
    return internal_error(ctx, ctx.tr("ui.init.template-unusable"), diagnostics);
  // The template must always give a case that passes check, rules included;
  // a failure here is our bug.
  const CaseLoad check = load_case_text("case.yaml", *text);
  const auto tables = load_rules(ctx, "", diagnostics);
  if (!tables)
    return ctx.fail(diagnostics, exit_internal);
  if (!check.ok()) {
    const std::string path = templates.find("case.yaml.mustache").string();
    return internal_error(ctx, ctx.tr("ui.init.template-invalid", {{"path", path}}),
                          check.diagnostics);
  }
  const auto rules = check_rules(check.value, *tables);
  // Warnings about the tables themselves (thresholds not yet confirmed) are
  // for procure check to show; a finding of severity error is our bug.
  if (!rules.problems.empty() || rules.findings.has_errors()) {
    Diagnostics all = rules.problems;
    all.append(rules.findings);
    const std::string path = templates.find("case.yaml.mustache").string();
    return internal_error(ctx, ctx.tr("ui.init.template-invalid", {{"path", path}}), all);
  }
  // case.yaml is the case's own file: made here once, never replaced.
  const fs::path target = folder / case_file_name;
  if (!make_output_folder(folder, {}, diagnostics) ||
      !create_case_file(target, *text, diagnostics)) {
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
  add_output_option(app, "FOLDER", options->folder, ctx.tr("ui.init.option.folder"))->required();
  app.add_option("--reference", options->reference, ctx.tr("ui.init.option.reference"));
  app.add_option("--today", options->today, ctx.tr("ui.init.option.today"));
  app.callback([options, &ctx] { ctx.raise_exit(run_init(*options, ctx)); });
}

}  // namespace

const ToolInfo init_tool{"init", "ui.init.summary", setup_init};

}  // namespace procure::cli
