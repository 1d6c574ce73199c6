// Labels of procure-calendar.
#include "common/app_catalog.hpp"

namespace procure::cli {
namespace {

constexpr MessageDef table[] = {
    {"ui.calendar.summary",
     {"Write an iCalendar file of every milestone, with alarms, for calendar programs",
      "Skriv en iCalendar-fil med alle milepæler og varsler, for kalenderprogrammer",
      "Skriv ei iCalendar-fil med alle milepælar og varsel, for kalenderprogram"}},
    {"ui.calendar.option.output",
     {"Write the calendar to this file; - or none: standard output",
      "Skriv kalenderen til denne filen; - eller ingen: standard utdata",
      "Skriv kalenderen til denne fila; - eller inga: standard utdata"}},
    {"ui.calendar.option.alarm",
     {"An alarm this long before each event: 7d, 2w, 12h (repeatable; default: the case's "
      "reminders.alarms, else 7d and 1d)",
      "Et varsel så lenge før hver hendelse: 7d, 2w, 12h (kan gjentas; standard: sakens "
      "reminders.alarms, ellers 7d og 1d)",
      "Eit varsel så lenge før kvar hending: 7d, 2w, 12h (kan gjentakast; standard: "
      "reminders.alarms "
      "i saka, elles 7d og 1d)"}},
    {"ui.calendar.option.now",
     {"The time the calendar is made (its DTSTAMP); steps done by then get no alarms; default: "
      "now",
      "Tidspunktet kalenderen lages (DTSTAMP); steg som er gjort innen da, får ingen varsler; "
      "standard: nå",
      "Tidspunktet kalenderen blir laga (DTSTAMP); steg som er gjorde innan då, får ingen varsel; "
      "standard: no"}},
    {"ui.calendar.when",
     {"When: {when} (Oslo time)", "Når: {when} (norsk tid)", "Når: {when} (norsk tid)"}},
    {"ui.calendar.rule",
     {"Rule: {rule} ({source})", "Regel: {rule} ({source})", "Regel: {rule} ({source})"}},
    {"ui.calendar.written",
     {"Wrote {path} with {n} events.", "Skrev {path} med {n} hendelser.",
      "Skreiv {path} med {n} hendingar."}},
};

}  // namespace

const MessageTable calendar_ui_messages{table};

}  // namespace procure::cli
