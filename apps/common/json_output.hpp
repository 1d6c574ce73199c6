#pragma once
// JSON documents on standard output: two-space indented, UTF-8, one per run.

#include <nlohmann/json.hpp>

#include <functional>
#include <string_view>

#include "json_writer.hpp"
#include "tool.hpp"

namespace procure::cli {

// The tool's input warnings (ToolContext::report_input_warnings) lead the
// document's "diagnostics".
void print_json(const ToolContext& context, const nlohmann::json& document);

// A document of a portfolio's cases as print_json writes one: {"cases": [...],
// "diagnostics": [...], the `fields` (each key before "tool"), "tool":
// `tool`}. The cases' items are written by `write_cases`, each a part made
// on the thread that read its case (JsonWriter::dumped_value): a document
// of 10 000 cases is never one tree.
void print_cases_json(const ToolContext& context, std::string_view tool,
                      const std::function<void(JsonWriter&)>& write_cases,
                      const Diagnostics& diagnostics, const nlohmann::json& fields);

}  // namespace procure::cli
