#include "rule_tables_option.hpp"

#include <CLI/CLI.hpp>

#include "procure/rules/rule_tables_loader.hpp"

namespace procure::cli {

void add_rules_option(CLI::App& app, const ToolContext& ctx, std::string& folder) {
  app.add_option("--rules", folder, ctx.tr("ui.option.rules"));
}

std::optional<RuleTables> load_rules(const ToolContext& ctx, const std::string& folder,
                                     Diagnostics& diagnostics, const yaml::ParseMemo* trees) {
  if (!folder.empty())
    return load_rule_tables(folder, folder, diagnostics, trees);
  const auto shipped = ctx.data_dir / "rules";
  return load_rule_tables(shipped, shipped.string(), diagnostics, trees);
}

}  // namespace procure::cli
