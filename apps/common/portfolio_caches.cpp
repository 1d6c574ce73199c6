#include "portfolio_caches.hpp"

namespace procure::cli {

PortfolioCaches open_portfolio_caches(const ToolContext& ctx, const std::string& rules,
                                      bool no_cache, Diagnostics& diagnostics) {
  PortfolioCaches opened;
  opened.trees = open_user_yaml_tree_cache(no_cache);
  if (!no_cache)
    opened.rule_files = folder_files(rules_folder(ctx, rules));
  opened.tables = load_rules(ctx, rules, diagnostics, opened.trees ? &*opened.trees : nullptr);
  if (!diagnostics.has_errors())
    opened.evidence = open_user_evidence_cache(no_cache);
  return opened;
}

}  // namespace procure::cli
