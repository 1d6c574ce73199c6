#pragma once
// What remind, status and calendar read a portfolio with: the rule tables,
// and the caches of this build in the user's cache folder (none with
// --no-cache) that keep each case's outline and the tables' YAML trees
// between runs (case_set.hpp).

#include <optional>
#include <string>

#include "common/case_set.hpp"
#include "common/evidence_cache.hpp"
#include "common/rule_tables_option.hpp"
#include "common/yaml_tree_cache.hpp"

namespace procure::cli {

struct PortfolioCaches {
  std::optional<YamlTreeCache> trees;
  // The tables' files, stated before the tables were read: a table changed
  // meanwhile shows to the next run.
  std::optional<CaseFiles> rule_files;
  std::optional<RuleTables> tables;
  std::optional<EvidenceCache> evidence;

  CaseSetCaches caches() const {
    return {evidence ? &*evidence : nullptr, trees ? &*trees : nullptr,
            rule_files ? &*rule_files : nullptr};
  }
};

// Reads the rule tables from `rules` (the shipped ones when empty) and opens
// the caches unless `no_cache`. Problems go to `diagnostics`; with any
// there, earlier ones included, no evidence cache is opened.
PortfolioCaches open_portfolio_caches(const ToolContext& ctx, const std::string& rules,
                                      bool no_cache, Diagnostics& diagnostics);

}  // namespace procure::cli
