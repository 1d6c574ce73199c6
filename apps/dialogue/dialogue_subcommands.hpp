#pragma once
// The subcommands of procure-dialogue, one per file, and what they share.

#include <functional>
#include <span>

#include <CLI/CLI.hpp>

#include "common/case_argument.hpp"
#include "common/tool.hpp"

namespace procure::cli {

void setup_dialogue_participants(CLI::App& app, ToolContext& ctx);
void setup_dialogue_slots(CLI::App& app, ToolContext& ctx);
void setup_dialogue_inputs(CLI::App& app, ToolContext& ctx);
void setup_dialogue_qa(CLI::App& app, ToolContext& ctx);
void setup_dialogue_check(CLI::App& app, ToolContext& ctx);
void setup_dialogue_add(CLI::App& app, ToolContext& ctx);

// Adds one subcommand per entry (its name, summary and setup, as a tool's),
// of which the command line must name exactly one.
void add_subcommands(CLI::App& app, ToolContext& ctx, std::span<const ToolInfo> subcommands);

// What a subcommand does with the case it names, loaded with its dialogue folder.
using DialogueCommand = std::function<int(const CaseWithDialogue& loaded, ToolContext& ctx)>;

// Adds the CASE argument; runs `command` on the case, or reports why it does not load.
void setup_case_command(CLI::App& app, ToolContext& ctx, DialogueCommand command);

}  // namespace procure::cli
