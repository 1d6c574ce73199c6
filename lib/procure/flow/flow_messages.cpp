// Names of the phases of a procurement and of the steps its milestones ask
// for, and what is said when a record and the case's own files disagree.
#include "procure/message_tables.hpp"

namespace procure {
namespace {

constexpr MessageDef table[] = {
    {"records.inputs-differ",
     {"records.written_inputs_received says {recorded}, but {place} holds {derived} inputs "
      "received by the deadline ({late} late)",
      "records.written_inputs_received sier {recorded}, men {place} har {derived} innspill "
      "mottatt innen fristen ({late} for sent)",
      "records.written_inputs_received seier {recorded}, men {place} har {derived} innspel "
      "mottekne innan fristen ({late} for seint)"},
     {"the entry under records: is used; correct whichever is wrong (the file makes the entry "
      "unnecessary)",
      "oppføringen under records: brukes; rett den som er feil (filen gjør oppføringen unødvendig)",
      "oppføringa under records: blir brukt; rett den som er feil (fila gjer oppføringa "
      "unødvendig)"}},
    {"records.tenders-differ",
     {"records.tenders_received says {recorded}, but the opening protocol {place} lists {derived} "
      "tenders received by the deadline ({late} late)",
      "records.tenders_received sier {recorded}, men åpningsprotokollen {place} viser {derived} "
      "tilbud mottatt innen fristen ({late} for sent)",
      "records.tenders_received seier {recorded}, men opningsprotokollen {place} viser {derived} "
      "tilbod mottekne innan fristen ({late} for seint)"},
     {"the entry under records: is used; the sealed protocol records what was opened, so correct "
      "or remove the entry",
      "oppføringen under records: brukes; den forseglede protokollen viser hva som ble åpnet, så "
      "rett eller fjern oppføringen",
      "oppføringa under records: blir brukt; den forsegla protokollen viser kva som vart opna, så "
      "rett eller fjern oppføringa"}},
    {"records.opening-differs",
     {"records.tenders_opened says {recorded}, but the opening protocol ({place}) says the "
      "tenders were opened {derived}",
      "records.tenders_opened sier {recorded}, men åpningsprotokollen ({place}) sier at tilbudene "
      "ble åpnet {derived}",
      "records.tenders_opened seier {recorded}, men opningsprotokollen ({place}) seier at tilboda "
      "vart opna {derived}"},
     {"the entry under records: is used; the sealed protocol records the opening, so correct or "
      "remove the entry",
      "oppføringen under records: brukes; den forseglede protokollen viser åpningen, så rett eller "
      "fjern oppføringen",
      "oppføringa under records: blir brukt; den forsegla protokollen viser opninga, så rett eller "
      "fjern oppføringa"}},
    {"records.scores-incomplete",
     {"records.scores_agreed says the scores were agreed on {recorded}, but the evaluation in "
      "{place} is incomplete (tenders that lack verdicts or scores: {tenders})",
      "records.scores_agreed sier at poengene ble omforent {recorded}, men evalueringen i {place} "
      "er ufullstendig (tilbud som mangler vurderinger eller poeng: {tenders})",
      "records.scores_agreed seier at ein vart samd om poenga {recorded}, men evalueringa i "
      "{place} er ufullstendig (tilbod som manglar vurderingar eller poeng: {tenders})"},
     {"procure-score rank CASE lists what is missing; the entry under records: is used until then",
      "procure-score rank SAK viser hva som mangler; oppføringen under records: brukes inntil "
      "videre",
      "procure-score rank SAK viser kva som manglar; oppføringa under records: blir brukt inntil "
      "vidare"}},
    {"name.phase.needs", {"needs", "behov", "behov"}},
    {"name.phase.market-dialogue", {"market dialogue", "markedsdialog", "marknadsdialog"}},
    {"name.phase.written-input", {"written input", "skriftlige innspill", "skriftlege innspel"}},
    {"name.phase.notice", {"notice", "kunngjøring", "kunngjering"}},
    {"name.phase.tender-period", {"tender period", "tilbudsperiode", "tilbodsperiode"}},
    {"name.phase.prequalification", {"prequalification", "prekvalifisering", "prekvalifisering"}},
    {"name.phase.negotiation", {"negotiation", "forhandling", "forhandling"}},
    {"name.phase.evaluation", {"evaluation", "evaluering", "evaluering"}},
    {"name.phase.award", {"award", "tildeling", "tildeling"}},
    {"name.phase.standstill", {"standstill", "karensperiode", "karensperiode"}},
    {"name.phase.contract", {"contract", "kontrakt", "kontrakt"}},
    {"name.phase-state.not-applicable",
     {"not part of this case", "ikke del av saken", "ikkje del av saka"}},
    {"name.phase-state.done", {"done", "ferdig", "ferdig"}},
    {"name.phase-state.overdue", {"overdue", "forfalt", "forfallen"}},
    {"name.phase-state.current", {"current", "pågår", "pågår"}},
    {"name.phase-state.upcoming", {"to come", "kommer", "kjem"}},
    {"name.action.prior_information_notice",
     {"Send the prior information notice", "Send den veiledende kunngjøringen",
      "Send den rettleiande kunngjeringa"}},
    {"name.action.dialogue_meeting_start",
     {"Dialogue meeting with suppliers", "Dialogmøte med leverandører",
      "Dialogmøte med leverandørar"}},
    {"name.action.dialogue_meeting_end",
     {"Dialogue meeting ends: record that it was held",
      "Dialogmøtet slutter: registrer at det ble holdt",
      "Dialogmøtet sluttar: registrer at det vart halde"}},
    {"name.action.written_input_deadline",
     {"Written input due from suppliers", "Frist for skriftlige innspill fra leverandørene",
      "Frist for skriftlege innspel frå leverandørane"}},
    {"name.action.notice_sent",
     {"Send the contract notice to Doffin", "Send kunngjøringen til Doffin",
      "Send kunngjeringa til Doffin"}},
    {"name.action.participation_deadline",
     {"Requests to participate due", "Frist for forespørsler om å delta",
      "Frist for førespurnader om å delta"}},
    {"name.action.invitation_sent",
     {"Send invitations to tender to the selected candidates",
      "Send invitasjon til å gi tilbud til de utvalgte kandidatene",
      "Send invitasjon til å gje tilbod til dei utvalde kandidatane"}},
    {"name.action.clarification_deadline",
     {"Last day for suppliers' questions", "Siste frist for spørsmål fra leverandørene",
      "Siste frist for spørsmål frå leverandørane"}},
    {"name.action.registration_deadline",
     {"Registration deadline for the dialogue meeting '{meeting}'",
      "Påmeldingsfrist for dialogmøtet «{meeting}»",
      "Påmeldingsfrist for dialogmøtet «{meeting}»"}},
    {"name.action.answers_due",
     {"Last day to send answers to suppliers' questions",
      "Siste dag for å sende svar på leverandørenes spørsmål",
      "Siste dag for å sende svar på spørsmåla frå leverandørane"}},
    {"name.action.tender_deadline",
     {"Tender deadline: tenders received later must be rejected",
      "Tilbudsfrist: tilbud som kommer senere, skal avvises",
      "Tilbodsfrist: tilbod som kjem seinare, skal avvisast"}},
    {"name.action.tender_opening", {"Open the tenders", "Åpne tilbudene", "Opne tilboda"}},
    {"name.action.award_notice",
     {"Send the notifications of the award decision to all tenderers at the same time",
      "Send meddelelse om valg av leverandør til alle leverandørene samtidig",
      "Send melding om val av leverandør til alle leverandørane samstundes"}},
    {"name.action.standstill_end",
     {"Standstill ends: the contract may be signed",
      "Karensperioden er ute: kontrakten kan signeres",
      "Karensperioden er ute: kontrakten kan signerast"}},
    {"name.action.contract_signature",
     {"Sign the contract", "Signer kontrakten", "Signer kontrakten"}},
    {"name.action.tender_validity_end",
     {"Tender validity expires: tenders stop binding",
      "Vedståelsesfristen går ut: tilbudene er ikke lenger bindende",
      "Vedståingsfristen går ut: tilboda er ikkje lenger bindande"}},
};

}  // namespace

const MessageTable flow_messages{table};

}  // namespace procure
