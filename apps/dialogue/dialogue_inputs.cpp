// procure-dialogue inputs: the written inputs received, late ones flagged.
#include <CLI/CLI.hpp>

#include "common/json_output.hpp"
#include "common/table.hpp"
#include "dialogue_subcommands.hpp"
#include "procure/dialogue/equal_treatment.hpp"

namespace procure::cli {
namespace {

int run_inputs(const CaseWithDialogue& loaded, ToolContext& ctx) {
  const Case& kase = loaded.kase.value;
  const auto& record = loaded.dialogue.value;
  const auto deadline = written_input_deadline(kase);
  Table table({ctx.tr("ui.dialogue.participant"), ctx.tr("ui.dialogue.received"),
               ctx.tr("ui.dialogue.answers"), ctx.tr("ui.dialogue.trade-secrets")});
  table.align_right(2);
  table.align_right(3);
  nlohmann::json list = nlohmann::json::array();
  for (const auto& input : record.inputs) {
    const bool late = deadline && is_late(input.received, *deadline);
    std::size_t secrets = 0;
    for (const auto& a : input.answers)
      secrets += a.trade_secret ? 1u : 0u;
    const Participant* p = record.find_participant(input.participant);
    table.add_row({p->name,
                   oslo_local(input.received.at).iso() +
                       (late ? " (" + ctx.tr("ui.dialogue.late") + ")" : ""),
                   std::to_string(input.answers.size()), std::to_string(secrets)});
    list.push_back({{"participant", input.participant},
                    {"received", iso_oslo(input.received.at)},
                    {"late", late},
                    {"answers", input.answers.size()},
                    {"trade_secrets", secrets}});
  }
  if (ctx.json) {
    print_json(ctx,
               {{"tool", "dialogue"},
                {"command", "inputs"},
                {"deadline", deadline ? nlohmann::json(deadline->iso()) : nlohmann::json(nullptr)},
                {"inputs", list}});
  } else if (record.inputs.empty()) {
    *ctx.out << ctx.tr("ui.dialogue.no-inputs") << "\n";
  } else {
    if (deadline)
      *ctx.out << ctx.tr("ui.dialogue.deadline", {{"deadline", deadline->iso()}}) << "\n";
    *ctx.out << table.render();
  }
  return exit_ok;
}

}  // namespace

void setup_dialogue_inputs(CLI::App& app, ToolContext& ctx) {
  setup_case_command(app, ctx, run_inputs);
}

}  // namespace procure::cli
