// Labels of procure-init.
#include "common/app_catalog.hpp"

namespace procure::cli {
namespace {

constexpr MessageDef table[] = {
    {"ui.init.summary",
     {"Start a new case: write FOLDER/case.yaml from a template that explains each field",
      "Start en ny sak: skriv MAPPE/case.yaml fra en mal som forklarer hvert felt",
      "Start ei ny sak: skriv MAPPE/case.yaml frå ein mal som forklarer kvart felt"}},
    {"ui.init.option.folder",
     {"The case folder to create (it may exist, but not hold a case.yaml)",
      "Saksmappen som skal lages (den kan finnes, men ikke ha en case.yaml)",
      "Saksmappa som skal lagast (ho kan finnast, men ikkje ha noka case.yaml)"}},
    {"ui.init.option.reference",
     {"The case reference (default: the folder's name)", "Saksreferansen (standard: mappens navn)",
      "Saksreferansen (standard: namnet på mappa)"}},
    {"ui.init.option.today",
     {"Count the template's timeline from this date (YYYY-MM-DD; default: today)",
      "Regn malens tidslinje fra denne datoen (ÅÅÅÅ-MM-DD; standard: i dag)",
      "Rekn tidslinja i malen frå denne datoen (ÅÅÅÅ-MM-DD; standard: i dag)"}},
    {"ui.init.created",
     {"Created {path}. Fill it in, then run: procure check {folder}",
      "Laget {path}. Fyll den ut, og kjør så: procure check {folder}",
      "Laga {path}. Fyll ho ut, og køyr så: procure check {folder}"}},
    {"ui.init.template-unusable",
     {"the shipped case template cannot be used: the installation is incomplete or damaged",
      "den medfølgende saksmalen kan ikke brukes: installasjonen er ufullstendig eller skadet",
      "saksmalen som følgjer med, kan ikkje brukast: installasjonen er ufullstendig eller "
      "skadd"}},
    {"ui.init.template-invalid",
     {"the template {path} does not give a valid case", "malen {path} gir ikke en gyldig sak",
      "malen {path} gjev ikkje ei gyldig sak"}},
};

}  // namespace

const MessageTable init_ui_messages{table};

}  // namespace procure::cli
