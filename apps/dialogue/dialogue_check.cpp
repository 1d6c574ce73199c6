// procure-dialogue check: the equal-treatment check, with the shipped rule
// tables' time limits. Exit 1 when a finding breaks equal treatment (an
// error); warnings alone leave exit 0.
#include <CLI/CLI.hpp>

#include "common/app_catalog.hpp"
#include "common/count_phrase.hpp"
#include "common/diagnostic_output.hpp"
#include "common/json_output.hpp"
#include "common/rule_tables_option.hpp"
#include "dialogue_subcommands.hpp"
#include "procure/dialogue/equal_treatment.hpp"

namespace procure::cli {
namespace {

int run_check(const CaseWithDialogue& loaded, ToolContext& ctx) {
  Diagnostics problems;
  const auto tables = load_rules(ctx, "", problems);
  if (!tables)
    return ctx.fail(problems, exit_internal);
  const Diagnostics findings =
      check_equal_treatment(loaded.kase.value, loaded.dialogue.value, *tables);
  const auto count = [&](std::string_view key, std::size_t n) { return count_phrase(ctx, key, n); };
  const MessageArgs counts{
      {"errors", count("ui.count.problems", static_cast<std::size_t>(findings.error_count()))},
      {"warnings", count("ui.count.warnings", static_cast<std::size_t>(findings.warning_count()))},
      {"questions", count("ui.count.dialogue-questions", loaded.dialogue.value.questions.size())},
      {"inputs", count("ui.count.inputs", loaded.dialogue.value.inputs.size())}};
  if (ctx.json) {
    print_json(ctx, {{"tool", "dialogue"},
                     {"command", "check"},
                     {"errors", findings.error_count()},
                     {"warnings", findings.warning_count()},
                     {"diagnostics", diagnostics_to_json(findings, app_catalog(), ctx.lang)}});
  } else {
    ctx.print_diagnostics(findings);
    *ctx.out << ctx.tr(findings.has_errors() ? "ui.dialogue.check.failed" : "ui.dialogue.check.ok",
                       counts)
             << "\n";
  }
  return findings.has_errors() ? exit_found : exit_ok;
}

}  // namespace

void setup_dialogue_check(CLI::App& app, ToolContext& ctx) {
  setup_case_command(app, ctx, run_check);
}

}  // namespace procure::cli
