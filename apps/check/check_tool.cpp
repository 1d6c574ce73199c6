// procure-check: loads case folders and reports every problem, with a short
// summary of each case that could be read.
#include <memory>
#include <ostream>

#include <nlohmann/json.hpp>

#include <CLI/CLI.hpp>

#include "check/shown_cases.hpp"
#include "common/app_catalog.hpp"
#include "common/count_phrase.hpp"
#include "common/diagnostic_output.hpp"
#include "common/json_writer.hpp"
#include "common/kept_to_exit.hpp"
#include "common/rule_tables_option.hpp"
#include "common/yaml_tree_cache.hpp"
#include "tools.hpp"

namespace procure::cli {
namespace {

struct CheckOptions {
  std::vector<std::string> paths;
  std::string rules;
  bool no_cache = false;
};

// How many cases were checked, and how many of them could not be read or broke rules.
struct CheckTally {
  std::size_t cases = 0;
  std::size_t with_errors = 0;
  std::size_t breaking_rules = 0;

  void add(bool has_errors, bool breaks_rules) {
    ++cases;
    with_errors += has_errors ? 1u : 0u;
    breaking_rules += !has_errors && breaks_rules ? 1u : 0u;
  }
  std::size_t ok() const { return cases - with_errors - breaking_rules; }
};

CheckTally print_json_document(ToolContext& ctx, const Diagnostics& discovery,
                               const std::vector<ShownCase>& cases) {
  CheckTally tally;
  for (const auto& c : cases)
    tally.add(c.has_errors, c.breaks_rules);
  print_items_json(ctx, "check", "cases",
                   [&](JsonWriter& w) {
                     for (const auto& c : cases)
                       w.dumped_value(c.json);
                   },
                   discovery,
                   {{"summary",
                     {{"cases", tally.cases},
                      {"ok", tally.ok()},
                      {"with_errors", tally.with_errors},
                      {"breaking_rules", tally.breaking_rules}}}});
  return tally;
}

CheckTally print_text(const ToolContext& ctx, const Diagnostics& discovery,
                      const std::vector<ShownCase>& cases) {
  CheckTally tally;
  ctx.print_diagnostics(discovery);
  for (const auto& c : cases) {
    if (tally.cases > 0)
      *ctx.out << "\n";
    tally.add(c.has_errors, c.breaks_rules);
    if (!c.problems.empty()) {
      // Keep what was printed so far ahead of the problems on a shared terminal.
      ctx.out->flush();
      *ctx.err << c.problems;
    }
    *ctx.out << c.summary;
  }
  if (tally.cases > 1) {
    *ctx.out << "\n"
             << ctx.tr("ui.check.tally",
                       {{"cases", count_phrase(ctx, "ui.count.cases", tally.cases)},
                        {"ok", std::to_string(tally.ok())},
                        {"failed", std::to_string(tally.with_errors)},
                        {"breaking", std::to_string(tally.breaking_rules)}})
             << "\n";
  }
  return tally;
}

int run_check(const CheckOptions& options, ToolContext& ctx) {
  Diagnostics discovery;
  const auto cache = open_user_yaml_tree_cache(options.no_cache);
  const yaml::ParseMemo* trees = cache ? &*cache : nullptr;
  const auto evidence = open_user_evidence_cache(options.no_cache);
  // Stated before the tables and templates are read: one changed meanwhile shows to the next run.
  const auto inputs =
      evidence ? check_input_files(ctx, rules_folder(ctx, options.rules)) : std::nullopt;
  const auto tables = load_rules(ctx, options.rules, discovery, trees);
  if (!tables)
    return ctx.fail(discovery, exit_bad_input);
  const std::vector<Case> blanks = blank_cases(ctx, trees);
  // The folders of a folder of cases are asked about their case.yaml on the
  // checking threads, or answered by the cache, not one by one here.
  const std::vector<CaseCandidate> candidates = find_case_candidates(options.paths, discovery);
  const std::vector<ShownCase>& shown = kept_to_exit(std::make_unique<const std::vector<ShownCase>>(
      shown_cases(ctx, options.paths, candidates, *tables, blanks, trees,
                  evidence ? &*evidence : nullptr, inputs ? &*inputs : nullptr)));
  const CheckTally tally =
      ctx.json ? print_json_document(ctx, discovery, shown) : print_text(ctx, discovery, shown);
  // Input errors first: a case that cannot be read cannot be judged by the rules.
  if (discovery.has_errors() || tally.with_errors > 0)
    return exit_bad_input;
  return tally.breaking_rules > 0 ? exit_found : exit_ok;
}

void setup_check(CLI::App& app, ToolContext& ctx) {
  auto options = std::make_shared<CheckOptions>();
  app.add_option("CASE", options->paths, ctx.tr("ui.check.option.case"))->required();
  add_rules_option(app, ctx, options->rules);
  app.add_flag("--no-cache", options->no_cache, ctx.tr("ui.option.no-cache"));
  app.callback([options, &ctx] { ctx.raise_exit(run_check(*options, ctx)); });
}

}  // namespace

const ToolInfo check_tool{"check", "ui.check.summary", setup_check};

}  // namespace procure::cli
