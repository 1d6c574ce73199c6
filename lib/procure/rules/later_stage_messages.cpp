// Messages about the later stages of a procedure (docs/procedures.md): a
// competitive dialogue's close, and an innovation partnership's phases after
// the award. A rule finding's rule and source come with it as the
// arguments `rule` and `source`.
#include "procure/message_tables.hpp"

namespace procure {
namespace {

constexpr MessageDef table[] = {
    // Reading `stages: dialogue_closing`.
    {"dialogue.closing-not-dialogue",
     {"'dialogue_closing' is the close of a competitive dialogue, but the procedure is "
      "'{procedure}'",
      "«dialogue_closing» er avslutningen av en konkurransepreget dialog, men prosedyren er "
      "«{procedure}»",
      "«dialogue_closing» er avslutninga av ein konkurranseprega dialog, men prosedyren er "
      "«{procedure}»"},
     {"write 'procedure: competitive-dialogue' if that is the procedure; otherwise remove the "
      "section",
      "skriv «procedure: competitive-dialogue» hvis det er prosedyren; ellers fjern delen",
      "skriv «procedure: competitive-dialogue» dersom det er prosedyren; elles fjern delen"}},

    // Rule findings about the close of a competitive dialogue.
    {"dialogue.final-before-closing",
     {"the final tender deadline of round {round} ({deadline}) is not after the dialogue was "
      "declared concluded ({closed})",
      "fristen for endelige tilbud i runde {round} ({deadline}) er ikke etter at dialogen ble "
      "erklært avsluttet ({closed})",
      "fristen for endelege tilbod i runde {round} ({deadline}) er ikkje etter at dialogen vart "
      "erklært avslutta ({closed})"},
     {"declare the dialogue concluded and tell the participants first, then ask for the final "
      "tenders with a deadline after that",
      "erklær dialogen avsluttet og gi beskjed til deltakerne først, og be så om endelige tilbud "
      "med en frist etter det",
      "erklær dialogen avslutta og gje melding til deltakarane først, og be så om endelege tilbod "
      "med ein frist etter det"}},
    {"dialogue.final-invitation-missing",
     {"not invited to submit a final tender although still in the dialogue: {missing}",
      "ikke invitert til å gi endelig tilbud, selv om de fortsatt er med i dialogen: {missing}",
      "ikkje inviterte til å gje endeleg tilbod, sjølv om dei framleis er med i dialogen: "
      "{missing}"},
     {"every participant still in the dialogue is invited to submit its final tender: add the "
      "ids to 'invited', or write 'invited: all' once all are invited",
      "alle deltakere som fortsatt er med i dialogen, skal inviteres til å gi endelig tilbud: legg "
      "id-ene til i «invited», eller skriv «invited: all» når alle er invitert",
      "alle deltakarar som framleis er med i dialogen, skal inviterast til å gje endeleg tilbod: "
      "legg id-ane til i «invited», eller skriv «invited: all» når alle er inviterte"}},

    // Reading `stages: partnership`.
    {"partnership.not-innovation-partnership",
     {"'partnership' holds the phases of an innovation partnership, but the procedure is "
      "'{procedure}'",
      "«partnership» inneholder fasene i et innovasjonspartnerskap, men prosedyren er "
      "«{procedure}»",
      "«partnership» inneheld fasane i eit innovasjonspartnarskap, men prosedyren er "
      "«{procedure}»"},
     {"write 'procedure: innovation-partnership' if that is the procedure; otherwise remove the "
      "section",
      "skriv «procedure: innovation-partnership» hvis det er prosedyren; ellers fjern delen",
      "skriv «procedure: innovation-partnership» dersom det er prosedyren; elles fjern delen"}},
    {"partnership.unknown-partner",
     {"'{id}' is not one of the partnership's partners",
      "«{id}» er ikke en av partnerne i partnerskapet",
      "«{id}» er ikkje ein av partnarane i partnarskapet"},
     {"write the id of a partner as it stands in 'partners'",
      "skriv id-en til en partner slik den står i «partners»",
      "skriv id-en til ein partnar slik han står i «partners»"}},
    {"partnership.partner-not-invited",
     {"the partner '{id}' was not invited to tender",
      "partneren «{id}» ble ikke invitert til å gi tilbud",
      "partnaren «{id}» vart ikkje invitert til å gje tilbod"},
     {"a partnership is set up with tenderers invited after the prequalification: correct the id, "
      "or add '{id}' to 'invited'",
      "et partnerskap inngås med leverandører som ble invitert etter prekvalifiseringen: rett "
      "id-en, eller legg «{id}» til i «invited»",
      "eit partnarskap blir inngått med leverandørar som vart inviterte etter prekvalifiseringa: "
      "rett id-en, eller legg «{id}» til i «invited»"}},

    // Rule findings about the partnership.
    {"partnership.end-not-reserved",
     {"the partnership with {partner} is ended after R&D phase {phase} ({date}), but the "
      "procurement documents did not reserve ending it",
      "partnerskapet med {partner} avsluttes etter FoU-fase {phase} ({date}), men "
      "anskaffelsesdokumentene tok ikke forbehold om å avslutte det",
      "partnarskapet med {partner} blir avslutta etter FoU-fase {phase} ({date}), men "
      "anskaffingsdokumenta tok ikkje atterhald om å avslutte det"},
     {"write 'termination_reserved: true' if the procurement documents reserved ending the "
      "partnership or reducing the partners after a phase, and said on what conditions; otherwise "
      "the partnership goes on",
      "skriv «termination_reserved: true» hvis anskaffelsesdokumentene tok forbehold om å avslutte "
      "partnerskapet eller redusere antall partnere etter en fase, og sa på hvilke vilkår; ellers "
      "fortsetter partnerskapet",
      "skriv «termination_reserved: true» dersom anskaffingsdokumenta tok atterhald om å avslutte "
      "partnarskapet eller redusere talet på partnarar etter ein fase, og sa på kva vilkår; elles "
      "held partnarskapet fram"}},
    {"partnership.decision-before-phase-end",
     {"the decision for {partner} after R&D phase {phase} is dated {date}, before the phase ends "
      "({end})",
      "beslutningen for {partner} etter FoU-fase {phase} er datert {date}, før fasen slutter "
      "({end})",
      "avgjerda for {partner} etter FoU-fase {phase} er datert {date}, før fasen sluttar ({end})"},
     {"the decision rests on the intermediate targets the phase was to attain: date it on or after "
      "the phase's end, or move the end if the plan has changed",
      "beslutningen bygger på delmålene fasen skulle nå: dater den på eller etter at fasen "
      "slutter, eller flytt slutten hvis planen er endret",
      "avgjerda byggjer på delmåla fasen skulle nå: dater ho på eller etter at fasen sluttar, "
      "eller flytt slutten dersom planen er endra"}},
    {"partnership.decision-after-end",
     {"R&D phase {phase} has a decision for {partner} ({date}), whose partnership ended after R&D "
      "phase {ended}",
      "FoU-fase {phase} har en beslutning for {partner} ({date}), men partnerskapet med {partner} "
      "ble avsluttet etter FoU-fase {ended}",
      "FoU-fase {phase} har ei avgjerd for {partner} ({date}), men partnarskapet med {partner} "
      "vart avslutta etter FoU-fase {ended}"},
     {"a partnership that has ended does not go on: remove the decision, or correct the earlier "
      "one",
      "et partnerskap som er avsluttet, fortsetter ikke: fjern beslutningen, eller rett den "
      "tidligere",
      "eit partnarskap som er avslutta, held ikkje fram: fjern avgjerda, eller rett den "
      "tidlegare"}},
    {"partnership.acquisition-from-ended",
     {"the result is bought from {partner}, whose partnership ended after R&D phase {ended}",
      "resultatet kjøpes fra {partner}, men partnerskapet med {partner} ble avsluttet etter "
      "FoU-fase {ended}",
      "resultatet blir kjøpt frå {partner}, men partnarskapet med {partner} vart avslutta etter "
      "FoU-fase {ended}"},
     {"buy the result only from partners still in the partnership after the last phase",
      "kjøp resultatet bare fra partnere som fortsatt er med i partnerskapet etter siste fase",
      "kjøp resultatet berre frå partnarar som framleis er med i partnarskapet etter siste fase"}},

    // The phases of the flow a competitive dialogue and an innovation partnership add.
    {"name.phase.dialogue", {"dialogue", "dialog", "dialog"}},
    {"name.phase.development", {"R&D phase {number}", "FoU-fase {number}", "FoU-fase {number}"}},
    {"name.phase.acquisition",
     {"acquisition of the result", "kjøp av resultatet", "kjøp av resultatet"}},
};

}  // namespace

const MessageTable later_stage_messages{table};

}  // namespace procure
