#pragma once
// Every tool of the toolkit. Each is defined in its own folder by a
// setup_<name>(CLI::App&, ToolContext&) and listed in procure/tool_table.cpp.

#include <span>

#include "common/tool.hpp"

namespace procure::cli {

extern const ToolInfo check_tool;
extern const ToolInfo init_tool;
extern const ToolInfo status_tool;
extern const ToolInfo timeline_tool;
extern const ToolInfo dates_tool;
extern const ToolInfo remind_tool;
extern const ToolInfo calendar_tool;
extern const ToolInfo dialogue_tool;
extern const ToolInfo render_tool;
extern const ToolInfo score_tool;
extern const ToolInfo notice_tool;
extern const ToolInfo export_tool;
extern const ToolInfo record_tool;

// All tools, in the order `procure --help` lists them.
std::span<const ToolInfo* const> all_tools();

}  // namespace procure::cli
