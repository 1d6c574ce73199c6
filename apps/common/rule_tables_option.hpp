#pragma once
// The rule tables every rule-aware tool reads: share/procure/rules, or the
// folder given with --rules (a maintainer's updated tables, or a test's).

#include <CLI/CLI.hpp>

#include <filesystem>
#include <optional>
#include <string>

#include "procure/rules/rule_tables.hpp"
#include "procure/yaml/parse_memo.hpp"
#include "tool.hpp"

namespace procure::cli {

// Adds --rules DIR to the tool; `folder` stays empty when it is not given.
void add_rules_option(CLI::App& app, const ToolContext& ctx, std::string& folder);

// The folder the tables are read from: `folder`, or the shipped tables'
// when it is empty.
std::filesystem::path rules_folder(const ToolContext& ctx, const std::string& folder);

// Loads the tables from `folder`, or from the shipped ones when it is
// empty; problems go to `diagnostics`. Their YAML trees are taken from
// `trees` when it holds them.
std::optional<RuleTables> load_rules(const ToolContext& ctx, const std::string& folder,
                                     Diagnostics& diagnostics,
                                     const yaml::ParseMemo* trees = nullptr);

}  // namespace procure::cli
