// procure-dialogue slots: the one-to-one meetings cut into slots, and who
// has which (first registered, first served).
#include <CLI/CLI.hpp>

#include "common/json_output.hpp"
#include "common/table.hpp"
#include "dialogue_subcommands.hpp"
#include "procure/dialogue/slot_schedule.hpp"
#include "procure/text/formatting.hpp"
#include "procure/text/visible_controls.hpp"

namespace procure::cli {
namespace {

int run_slots(const CaseWithDialogue& loaded, ToolContext& ctx) {
  const Case& kase = loaded.kase.value;
  const auto& record = loaded.dialogue.value;
  Diagnostics problems;
  nlohmann::json meetings = nlohmann::json::array();
  std::string text;
  for (const auto& plan : record.slot_plans) {
    const auto schedule = schedule_slots(kase, record, plan);
    if (!schedule) {
      problems.error(schedule.problem().code, schedule.problem().args, plan.where);
      continue;
    }
    nlohmann::json slots = nlohmann::json::array();
    Table table({ctx.tr("ui.dialogue.slot"), ctx.tr("ui.dialogue.participant")});
    for (const auto& slot : schedule->slots) {
      const Participant* p = record.find_participant(slot.participant);
      table.add_row({format_time_span(slot.start, slot.end, ctx.lang),
                     p != nullptr ? p->name : ctx.tr("ui.dialogue.free")});
      slots.push_back(
          {{"start", slot.start.iso()},
           {"end", slot.end.iso()},
           {"participant", slot.participant.empty() ? nlohmann::json(nullptr)
                                                    : nlohmann::json(slot.participant)}});
    }
    text += visible_controls(schedule->meeting->title.in(ctx.lang, kase.primary_language())) +
            " (" + visible_controls(plan.meeting) + ")\n" + table.render("  ");
    for (const auto& id : schedule->unplaced) {
      const Participant* p = record.find_participant(id);
      text += "  " + ctx.tr("ui.dialogue.unplaced", {{"participant", visible_controls(p->name)}}) +
              "\n";
    }
    meetings.push_back(
        {{"meeting", plan.meeting}, {"slots", slots}, {"unplaced", schedule->unplaced}});
  }
  if (problems.has_errors())
    return ctx.fail(problems, exit_bad_input);
  if (ctx.json) {
    print_json(ctx, {{"tool", "dialogue"}, {"command", "slots"}, {"meetings", meetings}});
  } else {
    *ctx.out << (text.empty() ? ctx.tr("ui.dialogue.no-slots") + "\n" : text);
  }
  return exit_ok;
}

}  // namespace

void setup_dialogue_slots(CLI::App& app, ToolContext& ctx) {
  setup_case_command(app, ctx, run_slots);
}

}  // namespace procure::cli
