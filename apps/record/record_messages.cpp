// Labels of procure-record.
#include "common/app_catalog.hpp"

namespace procure::cli {
namespace {

constexpr MessageDef table[] = {
    {"ui.record.summary",
     {"Record in case.yaml that a step was done: the notice published, the award notices sent, "
      "the contract signed, ...",
      "Registrer i case.yaml at et steg er gjort: kunngjøringen publisert, tildelingsbrevene "
      "sendt, kontrakten signert, ...",
      "Registrer i case.yaml at eit steg er gjort: kunngjeringa publisert, tildelingsbreva "
      "sende, kontrakten signert, ..."}},
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
};

}  // namespace

const MessageTable record_ui_messages{table};

}  // namespace procure::cli
