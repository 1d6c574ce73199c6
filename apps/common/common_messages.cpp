// Labels and help texts every tool shares.
#include "app_catalog.hpp"

namespace procure::cli {
namespace {

constexpr MessageDef table[] = {
    {"ui.help.usage", {"Usage", "Bruk", "Bruk"}},
    {"ui.help.options", {"Options", "Valg", "Val"}},
    {"ui.help.options-placeholder", {"OPTIONS", "VALG", "VAL"}},
    {"ui.help.positionals", {"Arguments", "Argumenter", "Argument"}},
    {"ui.help.subcommands", {"Commands", "Kommandoer", "Kommandoar"}},
    {"ui.help.subcommand-placeholder", {"COMMAND", "KOMMANDO", "KOMMANDO"}},
    {"ui.help.required", {"REQUIRED", "PÅKREVD", "PÅKRAVD"}},
    {"ui.help.help",
     {"Print this help and exit", "Vis denne hjelpen og avslutt", "Vis denne hjelpa og avslutt"}},
    {"ui.help.try-help",
     {"Run {tool} --help for the options.", "Kjør {tool} --help for å se valgene.",
      "Køyr {tool} --help for å sjå vala."}},
    {"ui.help.exit-codes",
     {"Exit codes:\n  0  ran fine, nothing to report\n  1  ran fine and found what you asked about "
      "(failed checks, something due)\n  2  bad input or usage\n  3  internal error in procure",
      "Avslutningskoder:\n  0  gikk bra, ingenting å melde\n  1  gikk bra og fant det du spurte om "
      "(feilede kontroller, noe som forfaller)\n  2  feil i inndata eller bruk\n  3  intern feil i "
      "procure",
      "Avslutningskodar:\n  0  gjekk bra, ingenting å melde\n  1  gjekk bra og fann det du spurde "
      "om "
      "(kontrollar som feila, noko som forfell)\n  2  feil i inndata eller bruk\n  3  intern feil "
      "i procure"}},
    {"ui.option.lang",
     {"Language of the output: en, nb or nn", "Språk for utdata: en, nb eller nn",
      "Språk for utdata: en, nb eller nn"}},
    {"ui.option.json",
     {"Print one JSON document instead of text (for scripts)",
      "Skriv ett JSON-dokument i stedet for tekst (for skript)",
      "Skriv eitt JSON-dokument i staden for tekst (for skript)"}},
    {"ui.option.version",
     {"Print the version and exit", "Vis versjonen og avslutt", "Vis versjonen og avslutt"}},
    {"ui.option.force",
     {"Replace output files that exist", "Erstatt utdatafiler som finnes",
      "Erstatt utdatafiler som finst"}},
    {"ui.severity.error", {"error", "feil", "feil"}},
    {"ui.severity.warning", {"warning", "advarsel", "åtvaring"}},
    {"ui.severity.internal", {"internal error", "intern feil", "intern feil"}},
    {"ui.internal-error-hint",
     {"This is a bug in procure. Please report it with the command you ran.",
      "Dette er en feil i procure. Meld den gjerne, med kommandoen du kjørte.",
      "Dette er ein feil i procure. Meld han gjerne, med kommandoen du køyrde."}},
    {"ui.label.hint", {"hint", "tips", "tips"}},
    {"ui.label.rule", {"rule", "regel", "regel"}},
    {"ui.label.source", {"source", "kilde", "kjelde"}},
    {"ui.label.unconfirmed", {"unconfirmed", "ikke bekreftet", "ikkje stadfesta"}},
    {"ui.label.shortened",
     {"a value above is shortened: it has {length} characters",
      "en verdi over er forkortet: den har {length} tegn",
      "ein verdi over er forkorta: han har {length} teikn"}},
    {"output.exists",
     {"{path} exists; it is left as it is", "{path} finnes allerede; den blir stående",
      "{path} finst alt; ho blir ståande"},
     {"add --force to replace it", "legg til --force for å erstatte den",
      "legg til --force for å erstatte henne"}},
    {"output.is-input",
     {"{path} is one of the input files; it is never overwritten",
      "{path} er en av inndatafilene; den blir aldri overskrevet",
      "{path} er ei av inndatafilene; ho blir aldri skriven over"},
     {"write the output to another file", "skriv utdata til en annen fil",
      "skriv utdata til ei anna fil"}},
    {"output.no-folder",
     {"cannot write {path}: the folder {folder} does not exist",
      "kan ikke skrive {path}: mappen {folder} finnes ikke",
      "kan ikkje skrive {path}: mappa {folder} finst ikkje"}},
    {"output.write-failed",
     {"cannot write {path}: {reason}", "kan ikke skrive {path}: {reason}",
      "kan ikkje skrive {path}: {reason}"}},
    {"ui.procure.summary",
     {"procure: a toolkit for innovation-friendly public procurement",
      "procure: verktøy for innovasjonsvennlige offentlige anskaffelser",
      "procure: verktøy for innovasjonsvenlege offentlege anskaffingar"}},
    {"ui.procure.usage",
     {"TOOL [ARGUMENTS...]", "VERKTØY [ARGUMENTER...]", "VERKTØY [ARGUMENT...]"}},
    {"ui.procure.tools", {"Tools", "Verktøy", "Verktøy"}},
    {"ui.procure.more",
     {"Each tool is also a command of its own (procure-check, ...). procure TOOL --help shows its "
      "options.",
      "Hvert verktøy er også en egen kommando (procure-check, ...). procure VERKTØY --help viser "
      "valgene.",
      "Kvart verktøy er òg ein eigen kommando (procure-check, ...). procure VERKTØY --help viser "
      "vala."}},
    {"ui.procure.unknown-tool",
     {"'{tool}' is not a procure tool", "«{tool}» er ikke et procure-verktøy",
      "«{tool}» er ikkje eit procure-verktøy"}},
    {"ui.procure.unknown-tool-suggest",
     {"'{tool}' is not a procure tool; did you mean '{suggestion}'?",
      "«{tool}» er ikke et procure-verktøy; mente du «{suggestion}»?",
      "«{tool}» er ikkje eit procure-verktøy; meinte du «{suggestion}»?"}},
};

}  // namespace

const MessageTable common_ui_messages{table};

}  // namespace procure::cli
