// procure-dialogue participants: who takes part, and their registrations.
#include <memory>

#include "common/case_argument.hpp"
#include "common/json_output.hpp"
#include "common/table.hpp"
#include "dialogue_subcommands.hpp"
#include "procure/dialogue/equal_treatment.hpp"

namespace procure::cli {
namespace {

int run_participants(const std::string& case_path, ToolContext& ctx) {
  int exit = exit_ok;
  const auto loaded = load_case_argument(case_path, ctx, exit);
  if (!loaded)
    return exit;
  const Case& kase = loaded->kase.value;
  const auto& record = loaded->dialogue.value;
  nlohmann::json list = nlohmann::json::array();
  Table table({ctx.tr("ui.dialogue.participant"), ctx.tr("ui.dialogue.orgnr"),
               ctx.tr("ui.dialogue.meeting"), ctx.tr("ui.dialogue.registered")});
  for (const auto& p : record.participants) {
    const std::string orgnr = p.organisation_number ? p.organisation_number->grouped() : "–";
    nlohmann::json registrations = nlohmann::json::array();
    if (p.registrations.empty())
      table.add_row({p.name, orgnr, "–", "–"});
    for (std::size_t i = 0; i < p.registrations.size(); ++i) {
      const auto& r = p.registrations[i];
      bool late = false;
      for (const auto& m : kase.market_dialogue.meetings) {
        if (m.id == r.meeting && m.registration_deadline) {
          const auto deadline = kase.timeline.resolve(*m.registration_deadline);
          late = deadline && is_late(r.received, *deadline);
        }
      }
      std::string stamp = oslo_stamp(r.received.at);
      if (late)
        stamp += " (" + ctx.tr("ui.dialogue.late") + ")";
      table.add_row({i == 0 ? p.name : "", i == 0 ? orgnr : "", r.meeting, stamp});
      registrations.push_back(
          {{"meeting", r.meeting}, {"received", iso_oslo(r.received.at)}, {"late", late}});
    }
    list.push_back({{"id", p.id},
                    {"name", p.name},
                    {"organisation_number", p.organisation_number
                                                ? nlohmann::json(p.organisation_number->digits())
                                                : nlohmann::json(nullptr)},
                    {"registrations", registrations}});
  }
  if (ctx.json) {
    print_json(ctx, {{"tool", "dialogue"}, {"command", "participants"}, {"participants", list}});
  } else if (record.participants.empty()) {
    *ctx.out << ctx.tr("ui.dialogue.no-participants") << "\n";
  } else {
    *ctx.out << table.render();
  }
  return exit_ok;
}

}  // namespace

void setup_dialogue_participants(CLI::App& app, ToolContext& ctx) {
  auto case_path = std::make_shared<std::string>();
  app.add_option("CASE", *case_path, ctx.tr("ui.render.option.case"))->required();
  app.callback([case_path, &ctx] { ctx.raise_exit(run_participants(*case_path, ctx)); });
}

}  // namespace procure::cli
