#pragma once
// What procure-score sheet and import share: the case's tenders as
// received, and how a run ends (its JSON document or its summary).

#include <optional>
#include <string>
#include <string_view>

#include <nlohmann/json.hpp>

#include "common/tool.hpp"
#include "procure/evaluation/tender_loader.hpp"
#include "score_input.hpp"

namespace procure::cli {

// The tenders in bids/ (no assessments); nullopt when they have errors,
// which go into `diagnostics` with the warnings.
std::optional<TenderLoad> tenders_as_received(const ScoreCase& score_case,
                                              Diagnostics& diagnostics);

// Prints {"tool": "score", "command": command, key: value, "diagnostics"}
// with --json, else the diagnostics and `summary`; returns the exit code.
int finish_sheet_command(const ToolContext& ctx, std::string_view command, std::string_view key,
                         const nlohmann::json& value, const std::string& summary,
                         const Diagnostics& diagnostics);

}  // namespace procure::cli
