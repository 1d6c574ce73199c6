// procure-dialogue: the market dialogue of a case: participants and their
// registrations, one-to-one slots, written inputs, the Q&A register, and the
// equal-treatment check.
#include <memory>

#include <CLI/CLI.hpp>

#include "dialogue_subcommands.hpp"
#include "tools.hpp"

namespace procure::cli {

void setup_case_command(CLI::App& app, ToolContext& ctx, DialogueCommand command) {
  auto case_path = std::make_shared<std::string>();
  app.add_option("CASE", *case_path, ctx.tr("ui.render.option.case"))->required();
  app.callback([case_path, &ctx, command] {
    int exit = exit_ok;
    const auto loaded = load_case_argument(*case_path, ctx, exit);
    if (loaded)
      ctx.report_input_warnings(load_warnings(*loaded));
    ctx.raise_exit(loaded ? command(*loaded, ctx) : exit);
  });
}

void add_subcommands(CLI::App& app, ToolContext& ctx, std::span<const ToolInfo> subcommands) {
  app.require_subcommand(1);
  for (const auto& [name, key, setup] : subcommands) {
    CLI::App* sub = app.add_subcommand(std::string(name), ctx.tr(key));
    // --json and --lang may come after the subcommand as well.
    sub->fallthrough();
    setup(*sub, ctx);
  }
}

namespace {

void setup_dialogue(CLI::App& app, ToolContext& ctx) {
  static constexpr ToolInfo subcommands[] = {
      {"participants", "ui.dialogue.participants.summary", setup_dialogue_participants},
      {"slots", "ui.dialogue.slots.summary", setup_dialogue_slots},
      {"inputs", "ui.dialogue.inputs.summary", setup_dialogue_inputs},
      {"qa", "ui.dialogue.qa.summary", setup_dialogue_qa},
      {"check", "ui.dialogue.check.summary", setup_dialogue_check},
      {"add", "ui.dialogue.add.summary", setup_dialogue_add},
  };
  add_subcommands(app, ctx, subcommands);
}

}  // namespace

const ToolInfo dialogue_tool{"dialogue", "ui.dialogue.summary", setup_dialogue};

}  // namespace procure::cli
