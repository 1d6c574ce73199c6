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
};

}  // namespace

const MessageTable record_ui_messages{table};

}  // namespace procure::cli
