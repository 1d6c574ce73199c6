// Labels and messages of procure-record.
#include "common/app_catalog.hpp"

namespace procure::cli {
namespace {

constexpr MessageDef table[] = {
    {"ui.record.summary",
     {"Record in case.yaml that a step was done: the notice published, the notifications of the "
      "award decision sent, the contract signed, ...",
      "Registrer i case.yaml at et steg er gjort: kunngjøringen publisert, meddelelsene om valg av "
      "leverandør sendt, kontrakten signert, ...",
      "Registrer i case.yaml at eit steg er gjort: kunngjeringa publisert, meldingane om val av "
      "leverandør sende, kontrakten signert, ..."}},
    {"ui.record.option.event",
     {"What was done: a key of records: (dialogue_held, written_inputs_received, "
      "notice_published, tenders_received, tenders_opened, scores_agreed, award_notices_sent, "
      "contract_signed, winner_size)",
      "Hva som er gjort: en nøkkel under records: (dialogue_held, written_inputs_received, "
      "notice_published, tenders_received, tenders_opened, scores_agreed, award_notices_sent, "
      "contract_signed, winner_size)",
      "Kva som er gjort: ein nøkkel under records: (dialogue_held, written_inputs_received, "
      "notice_published, tenders_received, tenders_opened, scores_agreed, award_notices_sent, "
      "contract_signed, winner_size)"}},
    {"ui.record.option.at",
     {"When it was done: a date (tenders_opened: a date, optionally with a time of day); "
      "default today in Oslo",
      "Når det ble gjort: en dato (tenders_opened: en dato, eventuelt med klokkeslett); "
      "standard er i dag i Oslo",
      "Når det vart gjort: ein dato (tenders_opened: ein dato, eventuelt med klokkeslett); "
      "standard er i dag i Oslo"}},
    {"ui.record.option.value",
     {"The value of a count or a size: written_inputs_received and tenders_received a whole "
      "number, winner_size micro, small, medium or large",
      "Verdien for et antall eller en størrelse: written_inputs_received og tenders_received et "
      "heltall, winner_size micro, small, medium eller large",
      "Verdien for eit tal eller ein storleik: written_inputs_received og tenders_received eit "
      "heiltal, winner_size micro, small, medium eller large"}},
    {"record.at-for-value",
     {"{event} is a count or a size, given with --value: --at does not apply to it",
      "{event} er et antall eller en størrelse, som oppgis med --value: --at gjelder ikke",
      "{event} er eit tal eller ein storleik, som blir oppgjeve med --value: --at gjeld ikkje"},
     {"leave out --at", "utelat --at", "utelat --at"}},
    {"record.value-for-date",
     {"{event} is recorded as a date, given with --at: --value does not apply to it",
      "{event} registreres som en dato, som oppgis med --at: --value gjelder ikke",
      "{event} blir registrert som ein dato, som blir oppgjeven med --at: --value gjeld ikkje"},
     {"give the day with --at, or leave it out for today",
      "oppgi dagen med --at, eller utelat den for i dag",
      "oppgje dagen med --at, eller utelat han for i dag"}},
    {"record.signed-during-standstill",
     {"recorded as it happened, but the contract was signed within the standstill period "
      "({signature_at}): {days} days after '{award}' ({award_at}) it ended at the end of {last}",
      "registrert slik det skjedde, men kontrakten ble signert innenfor karensperioden "
      "({signature_at}): {days} dager etter «{award}» ({award_at}) løp den ut ved slutten av "
      "{last}",
      "registrert slik det skjedde, men kontrakten vart signert innanfor karensperioden "
      "({signature_at}): {days} dagar etter «{award}» ({award_at}) gjekk han ut ved slutten av "
      "{last}"},
     {"a court can declare a contract signed within the standstill period ineffective (\"uten "
      "virkning\"), or shorten it and fine the contracting authority (anskaffelsesloven §§ 13 "
      "and 14); if the date is wrong, correct it in case.yaml",
      "en kontrakt signert innenfor karensperioden kan retten kjenne uten virkning, eller avkorte "
      "den og ilegge oppdragsgiveren overtredelsesgebyr (anskaffelsesloven §§ 13 og 14); er datoen "
      "feil, rett den i case.yaml",
      "ein kontrakt signert innanfor karensperioden kan retten kjenne utan verknad, eller avkorte "
      "han og ileggje oppdragsgjevaren overtredingsgebyr (anskaffelseslova §§ 13 og 14); er "
      "datoen feil, rett han i case.yaml"}},
    {"record.signed-before-award-notices",
     {"recorded as it happened, but no notification of the award decision is recorded as sent "
      "before the signature ({signature_at}): the standstill period runs from them, so it is "
      "assumed not to have ended",
      "registrert slik det skjedde, men ingen meddelelse om valg av leverandør er registrert "
      "sendt før signeringen ({signature_at}): karensperioden løper fra dem, så den antas ikke å "
      "ha løpt ut",
      "registrert slik det skjedde, men inga melding om val av leverandør er registrert send før "
      "signeringa ({signature_at}): karensperioden går frå dei, så han er rekna for ikkje å ha "
      "gått ut"},
     {"if they were sent, record the day with 'procure record award_notices_sent'; a contract "
      "signed before the standstill period ends can be declared ineffective (\"uten virkning\") "
      "by a court (anskaffelsesloven § 13)",
      "om de ble sendt, registrer dagen med «procure record award_notices_sent»; en kontrakt "
      "signert før karensperioden er ute, kan kjennes uten virkning av retten "
      "(anskaffelsesloven § 13)",
      "om dei vart sende, registrer dagen med «procure record award_notices_sent»; ein kontrakt "
      "signert før karensperioden er ute, kan kjennast utan verknad av retten "
      "(anskaffelseslova § 13)"}},
};

}  // namespace

const MessageTable record_ui_messages{table};

}  // namespace procure::cli
