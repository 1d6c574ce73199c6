// Labels and messages of procure-timeline.
#include "common/app_catalog.hpp"

namespace procure::cli {
namespace {

constexpr MessageDef table[] = {
    {"ui.timeline.summary",
     {"A case's timeline as a table, or as an HTML page with a chart of its phases",
      "Tidslinjen til en sak som tabell, eller som HTML-side med et diagram over fasene",
      "Tidslinja til ei sak som tabell, eller som HTML-side med eit diagram over fasane"}},
    {"ui.timeline.option.html",
     {"Also write the timeline as an HTML page to this file",
      "Skriv også tidslinjen som HTML-side til denne filen",
      "Skriv òg tidslinja som HTML-side til denne fila"}},
    {"ui.timeline.option.templates",
     {"A folder of your own templates, searched before the shipped ones "
      "(<folder>/<lang>/timeline.html.mustache or <folder>/timeline.html.mustache)",
      "En mappe med egne maler, som søkes før de medfølgende "
      "(<mappe>/<språk>/timeline.html.mustache eller <mappe>/timeline.html.mustache)",
      "Ei mappe med eigne malar, som blir søkt før dei som følgjer med "
      "(<mappe>/<språk>/timeline.html.mustache eller <mappe>/timeline.html.mustache)"}},
    {"ui.timeline.phases", {"Phases", "Faser", "Fasar"}},
    {"ui.timeline.chart", {"Phases and milestones", "Faser og milepæler", "Fasar og milepælar"}},
    {"ui.timeline.milestones", {"Milestones", "Milepæler", "Milepælar"}},
    {"ui.timeline.column.phase", {"Phase", "Fase", "Fase"}},
    {"ui.timeline.column.from", {"From", "Fra", "Frå"}},
    {"ui.timeline.column.to", {"To", "Til", "Til"}},
    {"ui.timeline.column.days", {"Days after start", "Dager etter start", "Dagar etter start"}},
    {"ui.timeline.column.when", {"When", "Når", "Når"}},
    {"ui.timeline.column.day", {"Day", "Dag", "Dag"}},
    {"ui.timeline.column.milestone", {"Milestone", "Milepæl", "Milepæl"}},
    {"ui.timeline.column.note", {"Note", "Merknad", "Merknad"}},
    {"ui.timeline.written", {"Wrote {path}.", "Skrev {path}.", "Skreiv {path}."}},
    {"timeline.html-one-case",
     {"--html writes one case's timeline, but the arguments name {n} cases",
      "--html skriver tidslinjen til én sak, men argumentene gir {n} saker",
      "--html skriv tidslinja til éi sak, men argumenta gjev {n} saker"},
     {"name one case folder, or run once per case",
      "oppgi én saksmappe, eller kjør én gang per sak",
      "oppgje éi saksmappe, eller køyr éin gong per sak"}},
    {"timeline.no-template-folder",
     {"the template folder {path} does not exist", "malmappen {path} finnes ikke",
      "malmappa {path} finst ikkje"},
     {"give a folder that holds timeline.html.mustache, or leave out --templates to use the "
      "shipped template",
      "oppgi en mappe som har timeline.html.mustache, eller utelat --templates for å bruke den "
      "medfølgende malen",
      "oppgje ei mappe som har timeline.html.mustache, eller utelat --templates for å bruke malen "
      "som følgjer med"}},
};

}  // namespace

const MessageTable timeline_ui_messages{table};

}  // namespace procure::cli
