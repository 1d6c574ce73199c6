#pragma once
// The commands of procure-score, one file each.

#include <CLI/CLI.hpp>

#include "common/tool.hpp"

namespace procure::cli {

void setup_score_open(CLI::App& app, ToolContext& ctx);
void setup_score_rank(CLI::App& app, ToolContext& ctx);
void setup_score_sheet(CLI::App& app, ToolContext& ctx);
void setup_score_import(CLI::App& app, ToolContext& ctx);

}  // namespace procure::cli
