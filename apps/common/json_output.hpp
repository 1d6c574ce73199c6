#pragma once
// JSON documents on standard output: two-space indented, UTF-8, one per run.

#include <nlohmann/json.hpp>

#include "tool.hpp"

namespace procure::cli {

// The tool's input warnings (ToolContext::report_input_warnings) lead the
// document's "diagnostics".
void print_json(const ToolContext& context, const nlohmann::json& document);

}  // namespace procure::cli
