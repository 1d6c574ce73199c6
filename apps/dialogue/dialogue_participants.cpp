// procure-dialogue participants: who takes part, and their registrations.
#include <CLI/CLI.hpp>

#include "common/json_output.hpp"
#include "common/table.hpp"
#include "dialogue_subcommands.hpp"
#include "procure/dialogue/equal_treatment.hpp"

namespace procure::cli {
namespace {

int run_participants(const CaseWithDialogue& loaded, ToolContext& ctx) {
  const Case& kase = loaded.kase.value;
  const auto& record = loaded.dialogue.value;
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
      const auto deadline = registration_deadline(kase, r);
      const bool late = deadline && is_late(r.received, *deadline);
      std::string stamp = oslo_local(r.received.at).iso();
      if (late)
        stamp += " (" + ctx.tr("ui.dialogue.late") + ")";
      table.add_row({i == 0 ? p.name : "", i == 0 ? orgnr : "", r.meeting, stamp});
      registrations.push_back(
          {{"meeting", r.meeting}, {"received", iso_oslo(r.received.at)}, {"late", late}});
    }
    list.push_back(
        {{"id", p.id},
         {"name", p.name},
         {"contact", p.contact.empty() ? nlohmann::json(nullptr) : nlohmann::json(p.contact)},
         {"email", p.email.empty() ? nlohmann::json(nullptr) : nlohmann::json(p.email)},
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
  setup_case_command(app, ctx, run_participants);
}

}  // namespace procure::cli
