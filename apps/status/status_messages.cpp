// Labels of procure-status.
#include "common/app_catalog.hpp"

namespace procure::cli {
namespace {

constexpr MessageDef table[] = {
    {"ui.status.summary",
     {"Where each case stands: its phase, what is overdue or missing, and the next step",
      "Hvor hver sak står: fasen, hva som er forfalt eller mangler, og neste steg",
      "Kvar kvar sak står: fasen, kva som er forfalle eller manglar, og neste steg"}},
    {"ui.status.exit-codes",
     {"Exit codes:\n  0  every case is on track\n  1  something is overdue or missing in a case, "
      "or a record disagrees with the case's files\n  2  bad input or usage (a case or one of its "
      "files that cannot be read)\n  3  internal error in procure",
      "Avslutningskoder:\n  0  alle sakene er i rute\n  1  noe er forfalt eller mangler i en sak, "
      "eller en registrering stemmer ikke med filene i saken\n  2  feil i inndata eller bruk (en "
      "sak eller en av filene dens som ikke kan leses)\n  3  intern feil i procure",
      "Avslutningskodar:\n  0  alle sakene er i rute\n  1  noko er forfalle eller manglar i ei "
      "sak, eller ei registrering stemmer ikkje med filene i saka\n  2  feil i inndata eller bruk "
      "(ei sak eller ei av filene hennar som ikkje kan lesast)\n  3  intern feil i procure"}},
    {"ui.status.heading",
     {"Status at {now} (Oslo time)", "Status {now} (norsk tid)", "Status {now} (norsk tid)"}},
    {"ui.status.column.case", {"Case", "Sak", "Sak"}},
    {"ui.status.column.phase", {"Phase", "Fase", "Fase"}},
    {"ui.status.column.plan", {"By the plan", "Etter planen", "Etter planen"}},
    {"ui.status.column.next", {"Next step", "Neste steg", "Neste steg"}},
    {"ui.status.column.when", {"When", "Når", "Når"}},
    {"ui.status.column.left", {"Time left", "Tid igjen", "Tid att"}},
    {"ui.status.all-done", {"all done", "alt ferdig", "alt ferdig"}},
    {"ui.status.nothing-ahead",
     {"nothing ahead in the timeline", "ingenting mer i tidslinjen", "ingenting meir i tidslinja"}},
    {"ui.status.missing", {"MISSING", "MANGLER", "MANGLAR"}},
    {"ui.status.missing-needs",
     {"the needs are not described: add 'needs'", "behovene er ikke beskrevet: legg inn «needs»",
      "behova er ikkje skildra: legg inn «needs»"}},
    {"ui.status.missing-milestone",
     {"the timeline has no '{milestone}'", "tidslinjen har ingen «{milestone}»",
      "tidslinja har ingen «{milestone}»"}},
};

}  // namespace

const MessageTable status_ui_messages{table};

}  // namespace procure::cli
