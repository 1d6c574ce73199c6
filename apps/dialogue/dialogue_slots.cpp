// procure-dialogue slots: the one-to-one meetings cut into slots, and who
// has which (first registered, first served); with --round, a negotiation
// round's meetings: booked, proposed and free slots.
#include <memory>

#include <CLI/CLI.hpp>

#include "common/json_output.hpp"
#include "common/table.hpp"
#include "dialogue_subcommands.hpp"
#include "procure/dialogue/slot_schedule.hpp"
#include "procure/model/negotiation_meetings.hpp"
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
    // A late registration is marked wherever its participant is shown.
    const auto shown_name = [&](const std::string& id) {
      const Participant* p = record.find_participant(id);
      std::string name = p != nullptr ? p->name : id;
      if (schedule->registered_late(id))
        name += " (" + ctx.tr("ui.dialogue.registered-late") + ")";
      return name;
    };
    nlohmann::json slots = nlohmann::json::array();
    Table table({ctx.tr("ui.dialogue.slot"), ctx.tr("ui.dialogue.participant")});
    for (const auto& slot : schedule->slots) {
      table.add_row(
          {format_time_span(slot.start, slot.end, ctx.lang),
           slot.participant.empty() ? ctx.tr("ui.dialogue.free") : shown_name(slot.participant)});
      slots.push_back({{"start", slot.start.iso()},
                       {"end", slot.end.iso()},
                       {"participant", slot.participant.empty() ? nlohmann::json(nullptr)
                                                                : nlohmann::json(slot.participant)},
                       {"registered_late", schedule->registered_late(slot.participant)}});
    }
    text += visible_controls(schedule->meeting->title.in(ctx.lang, kase.primary_language())) +
            " (" + visible_controls(plan.meeting) + ")\n" + table.render("  ");
    for (const auto& id : schedule->unplaced) {
      text += "  " +
              ctx.tr("ui.dialogue.unplaced", {{"participant", visible_controls(shown_name(id))}}) +
              "\n";
    }
    nlohmann::json late = nlohmann::json::array();
    for (const auto& r : schedule->late) {
      const Participant* p = record.find_participant(r.participant);
      text += "  " +
              ctx.tr("ui.dialogue.late-registration",
                     {{"participant", visible_controls(p != nullptr ? p->name : r.participant)},
                      {"received", oslo_local(r.received).iso()},
                      {"deadline", r.deadline.iso()}}) +
              "\n";
      late.push_back({{"participant", r.participant},
                      {"received", iso_oslo(r.received)},
                      {"deadline", r.deadline.iso()}});
    }
    meetings.push_back({{"meeting", plan.meeting},
                        {"slots", slots},
                        {"unplaced", schedule->unplaced},
                        {"late_registrations", late}});
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

nlohmann::json optional_id(const std::string& id) {
  return id.empty() ? nlohmann::json(nullptr) : nlohmann::json(id);
}

int run_round_slots(const CaseWithDialogue& loaded, ToolContext& ctx, int number) {
  const Case& kase = loaded.kase.value;
  const NegotiationRound* round = kase.stages.round(number);
  if (round == nullptr) {
    Diagnostics problems;
    const auto rounds = kase.stages.negotiation ? kase.stages.negotiation->rounds.size() : 0;
    problems.error("score.no-such-round",
                   {{"round", std::to_string(number)}, {"rounds", std::to_string(rounds)}});
    return ctx.fail(problems, exit_bad_input);
  }
  const auto schedule = negotiation_slots(kase, *round);
  if (!schedule) {
    Diagnostics problems;
    problems.error(schedule.problem().code, schedule.problem().args,
                   round->meetings ? round->meetings->where : round->where);
    return ctx.fail(problems, exit_bad_input);
  }
  nlohmann::json slots = nlohmann::json::array();
  nlohmann::json off_slots = nlohmann::json::array();
  Table table(
      {ctx.tr("ui.dialogue.slot"), ctx.tr("ui.dialogue.tenderer"), ctx.tr("ui.dialogue.meeting")});
  for (const auto& slot : schedule->slots) {
    const std::string state = slot.tenderer.empty() ? ""
                              : slot.booked         ? ctx.tr("ui.dialogue.booked")
                                                    : ctx.tr("ui.dialogue.proposed");
    table.add_row({format_time_span(slot.time.start, slot.time.end, ctx.lang),
                   slot.tenderer.empty() ? ctx.tr("ui.dialogue.free") : slot.tenderer, state});
    slots.push_back({{"start", slot.time.start.iso()},
                     {"end", slot.time.end.iso()},
                     {"tenderer", optional_id(slot.tenderer)},
                     {"booked", slot.booked}});
  }
  std::string text;
  if (round->meetings) {
    const auto window = negotiation_window(kase, *round);
    text = ctx.tr("ui.dialogue.round-meetings", {{"round", std::to_string(number)},
                                                 {"from", window->start.iso()},
                                                 {"until", window->end.iso()}}) +
           "\n" + table.render("  ");
  } else {
    text = ctx.tr("ui.dialogue.no-round-meetings", {{"round", std::to_string(number)}}) + "\n";
  }
  for (const auto& meeting : schedule->off_slots) {
    text += "  " +
            ctx.tr("ui.dialogue.off-slot",
                   {{"tenderer", meeting.booking->tenderer},
                    {"time", format_time_span(meeting.start, meeting.end, ctx.lang)}}) +
            "\n";
    off_slots.push_back({{"tenderer", meeting.booking->tenderer},
                         {"start", meeting.start.iso()},
                         {"end", meeting.end.iso()}});
  }
  for (const auto& id : schedule->unplaced)
    text += "  " + ctx.tr("ui.dialogue.unplaced", {{"participant", id}}) + "\n";
  if (ctx.json) {
    print_json(ctx, {{"tool", "dialogue"},
                     {"command", "slots"},
                     {"round", number},
                     {"slots", slots},
                     {"off_slots", off_slots},
                     {"unplaced", schedule->unplaced}});
  } else {
    *ctx.out << text;
  }
  return exit_ok;
}

}  // namespace

void setup_dialogue_slots(CLI::App& app, ToolContext& ctx) {
  auto round = std::make_shared<int>(0);
  app.add_option("--round", *round, ctx.tr("ui.dialogue.option.round"))
      ->type_name("N")
      ->check(CLI::PositiveNumber);
  setup_case_command(app, ctx, [round](const CaseWithDialogue& loaded, ToolContext& tool) {
    return *round > 0 ? run_round_slots(loaded, tool, *round) : run_slots(loaded, tool);
  });
}

}  // namespace procure::cli
