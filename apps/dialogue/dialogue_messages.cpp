// Labels of procure-dialogue.
#include "common/app_catalog.hpp"

namespace procure::cli {
namespace {

constexpr MessageDef table[] = {
    {"ui.dialogue.summary",
     {"Market dialogue: participants, one-to-one slots, written inputs, questions and answers, "
      "and the equal-treatment check",
      "Markedsdialog: deltakere, en-til-en-tidspunkter, skriftlige innspill, spørsmål og svar, og "
      "kontroll av likebehandling",
      "Marknadsdialog: deltakarar, ein-til-ein-tidspunkt, skriftlege innspel, spørsmål og svar, og "
      "kontroll av likehandsaming"}},
    {"ui.dialogue.participants.summary",
     {"List the participants and their registrations", "Vis deltakerne og påmeldingene deres",
      "Vis deltakarane og påmeldingane deira"}},
    {"ui.dialogue.slots.summary",
     {"Cut the one-to-one meetings into slots, first registered first served",
      "Del en-til-en-møtene i tidspunkter, først påmeldt får først",
      "Del ein-til-ein-møta i tidspunkt, først påmeld får først"}},
    {"ui.dialogue.inputs.summary",
     {"List the written inputs received, late ones flagged",
      "Vis skriftlige innspill som har kommet, med sene innspill merket",
      "Vis skriftlege innspel som har kome, med seine innspel merkte"}},
    {"ui.dialogue.qa.summary",
     {"List the questions and answers and who had each answer when",
      "Vis spørsmål og svar og hvem som fikk hvert svar når",
      "Vis spørsmål og svar og kven som fekk kvart svar når"}},
    {"ui.dialogue.check.summary",
     {"Check equal treatment: every answer to everyone, none to one alone, none private after "
      "the notice",
      "Kontroller likebehandling: hvert svar til alle, ingen til én alene, ingen private etter "
      "kunngjøringen",
      "Kontroller likehandsaming: kvart svar til alle, ingen til éin åleine, ingen private etter "
      "kunngjeringa"}},
    {"ui.dialogue.participant", {"Participant", "Deltaker", "Deltakar"}},
    {"ui.dialogue.orgnr", {"Org. no.", "Org.nr.", "Org.nr."}},
    {"ui.dialogue.meeting", {"Meeting", "Møte", "Møte"}},
    {"ui.dialogue.registered", {"Registered", "Påmeldt", "Påmeld"}},
    {"ui.dialogue.late", {"late", "for sent", "for seint"}},
    {"ui.dialogue.slot", {"Slot", "Tidspunkt", "Tidspunkt"}},
    {"ui.dialogue.free", {"(free)", "(ledig)", "(ledig)"}},
    {"ui.dialogue.unplaced",
     {"no slot left for {participant}", "ingen ledige tidspunkter for {participant}",
      "ingen ledige tidspunkt for {participant}"}},
    {"ui.dialogue.received", {"Received", "Mottatt", "Motteke"}},
    {"ui.dialogue.answers", {"Answers", "Svar", "Svar"}},
    {"ui.dialogue.trade-secrets",
     {"Trade secrets", "Forretningshemmeligheter", "Forretningsløyndomar"}},
    {"ui.dialogue.deadline",
     {"Deadline for written input: {deadline}", "Frist for skriftlige innspill: {deadline}",
      "Frist for skriftlege innspel: {deadline}"}},
    {"ui.dialogue.question", {"Question", "Spørsmål", "Spørsmål"}},
    {"ui.dialogue.answered", {"Answered", "Besvart", "Svara"}},
    {"ui.dialogue.answered-to", {"Answered to", "Besvart til", "Svara til"}},
    {"ui.dialogue.published", {"Published to all", "Publisert til alle", "Publisert til alle"}},
    {"ui.dialogue.all", {"all", "alle", "alle"}},
    {"ui.dialogue.no-participants",
     {"No participants (dialogue/participants.yaml).",
      "Ingen deltakere (dialogue/participants.yaml).",
      "Ingen deltakarar (dialogue/participants.yaml)."}},
    {"ui.dialogue.no-slots",
     {"No slot plans (dialogue/slots.yaml).", "Ingen tidspunktplaner (dialogue/slots.yaml).",
      "Ingen tidspunktplanar (dialogue/slots.yaml)."}},
    {"ui.dialogue.no-inputs",
     {"No written inputs (dialogue/inputs.yaml).",
      "Ingen skriftlige innspill (dialogue/inputs.yaml).",
      "Ingen skriftlege innspel (dialogue/inputs.yaml)."}},
    {"ui.dialogue.no-questions",
     {"No questions (dialogue/questions.yaml).", "Ingen spørsmål (dialogue/questions.yaml).",
      "Ingen spørsmål (dialogue/questions.yaml)."}},
    {"ui.dialogue.check.ok",
     {"Equal treatment: ok ({questions} questions, {inputs} inputs; {warnings} warnings)",
      "Likebehandling: ok ({questions} spørsmål, {inputs} innspill; {warnings} advarsler)",
      "Likehandsaming: ok ({questions} spørsmål, {inputs} innspel; {warnings} åtvaringar)"}},
    {"ui.dialogue.check.failed",
     {"Equal treatment: {errors} problems, {warnings} warnings",
      "Likebehandling: {errors} problemer, {warnings} advarsler",
      "Likehandsaming: {errors} problem, {warnings} åtvaringar"}},
};

}  // namespace

const MessageTable dialogue_ui_messages{table};

}  // namespace procure::cli
