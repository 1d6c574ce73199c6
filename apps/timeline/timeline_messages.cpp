// Labels and messages of procure-timeline.
#include "common/app_catalog.hpp"

namespace procure::cli {
namespace {

constexpr MessageDef table[] = {
    {"ui.timeline.summary",
     {"A case's timeline as a table, or as an HTML page with a chart of its phases",
      "Tidslinjen til en sak som tabell, eller som HTML-side med et diagram over fasene",
      "Tidslina til ei sak som tabell, eller som HTML-side med eit diagram over fasane"}},
    {"ui.timeline.option.html",
     {"Also write the timeline as an HTML page to this file",
      "Skriv også tidslinjen som HTML-side til denne filen",
      "Skriv òg tidslina som HTML-side til denne fila"}},
    {"ui.timeline.phases", {"Phases", "Faser", "Fasar"}},
    {"ui.timeline.chart",
     {"Phases and milestones", "Faser og milepæler", "Fasar og milepælar"}},
    {"ui.timeline.milestones", {"Milestones", "Milepæler", "Milepælar"}},
    {"ui.timeline.column.phase", {"Phase", "Fase", "Fase"}},
    {"ui.timeline.column.from", {"From", "Fra", "Frå"}},
    {"ui.timeline.column.to", {"To", "Til", "Til"}},
    {"ui.timeline.column.days", {"Days", "Dager", "Dagar"}},
    {"ui.timeline.column.when", {"When", "Når", "Når"}},
    {"ui.timeline.column.day", {"Day", "Dag", "Dag"}},
    {"ui.timeline.column.milestone", {"Milestone", "Milepæl", "Milepæl"}},
    {"ui.timeline.column.note", {"Note", "Merknad", "Merknad"}},
    {"ui.timeline.written", {"Wrote {path}.", "Skrev {path}.", "Skreiv {path}."}},
    {"timeline.html-one-case",
     {"--html writes one case's timeline, but the arguments name {n} cases",
      "--html skriver tidslinjen til én sak, men argumentene gir {n} saker",
      "--html skriv tidslina til éi sak, men argumenta gjev {n} saker"},
     {"name one case folder, or run once per case", "oppgi én saksmappe, eller kjør én gang per sak",
      "oppgje éi saksmappe, eller køyr éin gong per sak"}},
};

}  // namespace

const MessageTable timeline_ui_messages{table};

}  // namespace procure::cli
