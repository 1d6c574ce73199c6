#pragma once
// The subcommands of procure-dialogue, one per file, and what they share.

#include <CLI/CLI.hpp>

#include "common/tool.hpp"
#include "procure/time/oslo_time.hpp"

namespace procure::cli {

void setup_dialogue_participants(CLI::App& app, ToolContext& ctx);
void setup_dialogue_slots(CLI::App& app, ToolContext& ctx);
void setup_dialogue_inputs(CLI::App& app, ToolContext& ctx);
void setup_dialogue_qa(CLI::App& app, ToolContext& ctx);
void setup_dialogue_check(CLI::App& app, ToolContext& ctx);

// "2018-03-19 14:02:00": a receipt stamp in Oslo local time, for tables.
std::string oslo_stamp(Instant at);

}  // namespace procure::cli
