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

// A document as print_json writes one whose value at `key` is too large
// to be a tree (a portfolio's items, an export's text): written by
// `write_value` in its place among the keys, which are "diagnostics" (the
// input warnings first), the `fields` and "tool": `tool`.
void print_json_writing(const ToolContext& context, std::string_view tool, std::string_view key,
                        const std::function<void(JsonWriter&)>& write_value,
                        const Diagnostics& diagnostics, nlohmann::json fields);

// print_json_writing with an array at `items_key`, whose items `write_items`
// writes, each a part made on the thread that read its case
// (JsonWriter::dumped_value): a document of 10 000 cases is never one tree.
void print_items_json(const ToolContext& context, std::string_view tool, std::string_view items_key,
                      const std::function<void(JsonWriter&)>& write_items,
                      const Diagnostics& diagnostics, nlohmann::json fields);

}  // namespace procure::cli
