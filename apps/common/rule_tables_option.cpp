#include "rule_tables_option.hpp"

#include <CLI/CLI.hpp>

#include "procure/rules/rule_tables_loader.hpp"

namespace procure::cli {

void add_rules_option(CLI::App& app, const ToolContext& ctx, std::string& folder) {
  app.add_option("--rules", folder, ctx.tr("ui.option.rules"));
}

std::filesystem::path rules_folder(const ToolContext& ctx, const std::string& folder) {
  return folder.empty() ? ctx.data_dir / "rules" : std::filesystem::path(folder);
}

std::optional<RuleTables> load_rules(const ToolContext& ctx, const std::string& folder,
                                     Diagnostics& diagnostics, const yaml::ParseMemo* trees) {
  const auto from = rules_folder(ctx, folder);
  return load_rule_tables(from, folder.empty() ? from.string() : folder, diagnostics, ctx.lang,
                          trees);
}

}  // namespace procure::cli
