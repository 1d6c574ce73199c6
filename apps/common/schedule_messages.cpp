// Labels the schedule-based tools share (remind, status, timeline, calendar).
#include "app_catalog.hpp"

namespace procure::cli {
namespace {

constexpr MessageDef table[] = {
    {"ui.option.rules",
     {"Folder of rule tables to use instead of the shipped ones",
      "Mappe med regeltabeller som skal brukes i stedet for de medfølgende",
      "Mappe med regeltabellar som skal brukast i staden for dei som følgjer med"}},
    {"ui.option.now",
     {"The time to compare with (2018-05-20 09:00 in Oslo, or with Z or an offset); default: now",
      "Tidspunktet det sammenlignes med (2018-05-20 09:00 norsk tid, eller med Z eller "
      "tidsforskyvning); standard: nå",
      "Tidspunktet det blir samanlikna med (2018-05-20 09:00 norsk tid, eller med Z eller "
      "tidsforskyving); standard: no"}},
    {"ui.option.no-cache",
     {"Read every file of the cases again, neither using nor keeping what earlier runs found in "
      "them (kept in $XDG_CACHE_HOME/procure, else ~/.cache/procure)",
      "Les alle filene i sakene på nytt, uten å bruke eller ta vare på det tidligere kjøringer "
      "fant i dem (lagret i $XDG_CACHE_HOME/procure, ellers ~/.cache/procure)",
      "Les alle filene i sakene på nytt, utan å bruke eller ta vare på det tidlegare køyringar "
      "fann i dei (lagra i $XDG_CACHE_HOME/procure, elles ~/.cache/procure)"}},
    {"ui.schedule.negotiation-meeting",
     {"Negotiation meeting with {tenderer} (round {round})",
      "Forhandlingsmøte med {tenderer} (runde {round})",
      "Forhandlingsmøte med {tenderer} (runde {round})"}},
    {"ui.time.now", {"now", "nå", "no"}},
    {"ui.time.in", {"in {span}", "om {span}", "om {span}"}},
    {"ui.time.ago", {"{span} ago", "for {span} siden", "for {span} sidan"}},
    {"ui.count.days.one", {"{n} day", "{n} dag", "{n} dag"}},
    {"ui.count.days.many", {"{n} days", "{n} dager", "{n} dagar"}},
    {"ui.count.hours.one", {"{n} hour", "{n} time", "{n} time"}},
    {"ui.count.hours.many", {"{n} hours", "{n} timer", "{n} timar"}},
    {"ui.count.minutes.one", {"{n} minute", "{n} minutt", "{n} minutt"}},
    {"ui.count.minutes.many", {"{n} minutes", "{n} minutter", "{n} minutt"}},
    {"ui.schedule.computed",
     {"counted by the rules from {from}", "regnet ut etter reglene fra {from}",
      "rekna ut etter reglane frå {from}"}},
    {"ui.schedule.contract-terms",
     {"counted by the contract's terms from {from}",
      "regnet ut etter kontraktens vilkår fra {from}",
      "rekna ut etter vilkåra i kontrakten frå {from}"}},
    {"ui.schedule.counted-from",
     {"{day} ({milestone})", "{day} ({milestone})", "{day} ({milestone})"}},
    {"ui.schedule.counted-from-record",
     {"{day} ({milestone}, as recorded)", "{day} ({milestone}, som registrert)",
      "{day} ({milestone}, som registrert)"}},
    {"ui.schedule.counted-from-held",
     {"{day} ({milestone}, the first day the standstill period allows; planned for {planned})",
      "{day} ({milestone}, første dag karensperioden tillater; planlagt {planned})",
      "{day} ({milestone}, første dagen karensperioden tillèt; planlagt {planned})"}},
    {"ui.schedule.unconfirmed",
     {"a default, not confirmed", "en standard, ikke bekreftet", "ein standard, ikkje stadfesta"}},
    {"ui.schedule.held-by-standstill",
     {"not before {first}: the standstill period counted from the notifications of the award "
      "decision sent on {sent} ends at the end of {end}",
      "ikke før {first}: karensperioden regnet fra meddelelsene om valg av leverandør sendt "
      "{sent} løper ut ved slutten av {end}",
      "ikkje før {first}: karensperioden rekna frå meldingane om val av leverandør sende {sent} "
      "går ut ved slutten av {end}"}},
    {"ui.schedule.held-by-planned-notices",
     {"not before {first}: the standstill period counted from the notifications of the award "
      "decision planned for {sent} ends at the end of {end}",
      "ikke før {first}: karensperioden regnet fra meddelelsene om valg av leverandør planlagt "
      "sendt {sent} løper ut ved slutten av {end}",
      "ikkje før {first}: karensperioden rekna frå meldingane om val av leverandør planlagt "
      "sende {sent} går ut ved slutten av {end}"}},
    {"ui.schedule.held-by-planned-standstill",
     {"not before {first}: the standstill period ends {end}, as the timeline plans it",
      "ikke før {first}: karensperioden løper ut {end}, slik tidslinjen planlegger den",
      "ikkje før {first}: karensperioden går ut {end}, slik tidslinja planlegg han"}},
    {"ui.schedule.planned-for",
     {"planned for {planned}", "planlagt {planned}", "planlagt {planned}"}},
    {"ui.schedule.overdue", {"OVERDUE", "FORFALT", "FORFALLEN"}},
    {"ui.schedule.record-missing",
     {"not recorded: add {record}", "ikke registrert: legg inn {record}",
      "ikkje registrert: legg inn {record}"}},
    {"ui.schedule.record-missing-inputs",
     {"not recorded: register the inputs in dialogue/inputs.yaml, or add {record}",
      "ikke registrert: før innspillene inn i dialogue/inputs.yaml, eller legg inn {record}",
      "ikkje registrert: før innspela inn i dialogue/inputs.yaml, eller legg inn {record}"}},
    {"ui.schedule.record-missing-opening",
     {"not recorded: open the tenders with procure-score open, or add {record}",
      "ikke registrert: åpne tilbudene med procure-score open, eller legg inn {record}",
      "ikkje registrert: opne tilboda med procure-score open, eller legg inn {record}"}},
    {"ui.schedule.done", {"Done ({source})", "Gjort ({source})", "Gjort ({source})"}},
};

}  // namespace

const MessageTable schedule_ui_messages{table};

}  // namespace procure::cli
