// procure-dialogue qa: the register of questions and answers, and who had
// each answer when.
#include <CLI/CLI.hpp>

#include "common/json_output.hpp"
#include "common/table.hpp"
#include "dialogue_subcommands.hpp"

namespace procure::cli {
namespace {

int run_qa(const CaseWithDialogue& loaded, ToolContext& ctx) {
  const auto& record = loaded.dialogue.value;
  Table table({ctx.tr("ui.dialogue.question"), ctx.tr("ui.dialogue.received"),
               ctx.tr("ui.dialogue.answered"), ctx.tr("ui.dialogue.answered-to"),
               ctx.tr("ui.dialogue.published")});
  nlohmann::json list = nlohmann::json::array();
  for (const auto& q : record.questions) {
    std::string to = q.is_answered() && q.answered_to_all() ? ctx.tr("ui.dialogue.all") : "";
    for (const auto& id : q.answered_to)
      to += (to.empty() ? "" : ", ") + record.find_participant(id)->name;
    table.add_row({q.id, oslo_local(q.received.at).iso(), q.answered ? q.answered->iso() : "–",
                   to.empty() ? "–" : to, q.published ? q.published->iso() : "–"});
    list.push_back({{"id", q.id},
                    {"participant", q.participant.empty() ? nlohmann::json(nullptr)
                                                          : nlohmann::json(q.participant)},
                    {"received", iso_oslo(q.received.at)},
                    {"answered", q.answered ? nlohmann::json(q.answered->iso()) : nullptr},
                    {"answered_to",
                     q.answered_to_all() ? nlohmann::json("all") : nlohmann::json(q.answered_to)},
                    {"published", q.published ? nlohmann::json(q.published->iso()) : nullptr}});
  }
  if (ctx.json) {
    print_json(ctx, {{"tool", "dialogue"}, {"command", "qa"}, {"questions", list}});
  } else if (record.questions.empty()) {
    *ctx.out << ctx.tr("ui.dialogue.no-questions") << "\n";
  } else {
    *ctx.out << table.render();
  }
  return exit_ok;
}

}  // namespace

void setup_dialogue_qa(CLI::App& app, ToolContext& ctx) {
  setup_case_command(app, ctx, run_qa);
}

}  // namespace procure::cli
