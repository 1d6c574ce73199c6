// Labels of procure-export.
#include "common/app_catalog.hpp"

namespace procure::cli {
namespace {

constexpr MessageDef table[] = {
    {"ui.export.summary",
     {"Export cases for other systems: open data (OCDS)",
      "Eksporter saker til andre systemer: åpne data (OCDS)",
      "Eksporter saker til andre system: opne data (OCDS)"}},
    {"ui.export.ocds.summary",
     {"Write the cases as OCDS 1.1.5: a release package, or JSON Lines with --jsonl",
      "Skriv sakene som OCDS 1.1.5: en utgivelsespakke, eller JSON Lines med --jsonl",
      "Skriv sakene som OCDS 1.1.5: ein utgivingspakke, eller JSON Lines med --jsonl"}},
    {"ui.export.option.case",
     {"A case folder, its case.yaml, or a folder of case folders (repeatable)",
      "En saksmappe, dens case.yaml eller en mappe med saksmapper (kan gjentas)",
      "Ei saksmappe, case.yaml i ho eller ei mappe med saksmapper (kan gjentakast)"}},
    {"ui.export.option.output",
     {"Write the export to this file; - or none: standard output",
      "Skriv eksporten til denne filen; - eller ingen: standard utdata",
      "Skriv eksporten til denne fila; - eller inga: standard utdata"}},
    {"ui.export.option.now",
     {"The time of publication (the package's publishedDate); default: now",
      "Publiseringstidspunktet (pakkens publishedDate); standard: nå",
      "Publiseringstidspunktet (publishedDate i pakken); standard: no"}},
    {"ui.export.ocds.option.jsonl",
     {"JSON Lines: one release per line, one line per case",
      "JSON Lines: én utgivelse per linje, én linje per sak",
      "JSON Lines: éi utgiving per linje, éi linje per sak"}},
    {"ui.export.ocds.option.ocid-prefix",
     {"The publisher's registered ocid prefix (ocds-abc123); wins over PROCURE_OCID_PREFIX",
      "Utgiverens registrerte ocid-prefiks (ocds-abc123); går foran PROCURE_OCID_PREFIX",
      "Det registrerte ocid-prefikset til utgivaren (ocds-abc123); går føre PROCURE_OCID_PREFIX"}},
    {"ui.export.ocds.written",
     {"Wrote {path} with {releases}.", "Skrev {path} med {releases}.",
      "Skreiv {path} med {releases}."}},
    {"ui.count.releases.one", {"{n} release", "{n} utgivelse", "{n} utgiving"}},
    {"ui.count.releases.many", {"{n} releases", "{n} utgivelser", "{n} utgivingar"}},
};

}  // namespace

const MessageTable export_ui_messages{table};

}  // namespace procure::cli
