#include "manual_messages.hpp"

namespace procure::manual {
namespace {

// The manual pages' own sentences. Everything about the tools themselves (what
// each does, its options, the exit codes) comes from the tools' catalog.
constexpr MessageDef table[] = {
    {"man.title", {"Procure manual", "Procure-håndbok", "Procure-handbok"}},
    {"man.section.name", {"NAME", "NAVN", "NAMN"}},
    {"man.section.synopsis", {"SYNOPSIS", "BRUK", "BRUK"}},
    {"man.section.description", {"DESCRIPTION", "BESKRIVELSE", "SKILDRING"}},
    {"man.section.environment", {"ENVIRONMENT", "MILJØ", "MILJØ"}},
    {"man.section.files", {"FILES", "FILER", "FILER"}},
    {"man.section.see-also", {"SEE ALSO", "SE OGSÅ", "SJÅ OGSÅ"}},
    {"man.also-run-as",
     {"The same tool runs as {command}.", "Det samme verktøyet kan også kjøres som {command}.",
      "Det same verktøyet kan òg køyrast som {command}."}},
    {"man.default", {"default: {value}", "standard: {value}", "standard: {value}"}},
    {"man.procure.messages",
     {"List every message the tools can print, with its code; with --json, in all three "
      "languages with hints and rules.",
      "Vis alle meldingene verktøyene kan skrive, med kode; med --json på alle tre språk med "
      "tips og regler.",
      "Vis alle meldingane verktøya kan skrive, med kode; med --json på alle tre språka med "
      "tips og reglar."}},
    {"man.env.procure-lang",
     {"The language of the output when --lang is not given: en, nb or nn.",
      "Språk for utdata når --lang ikke er gitt: en, nb eller nn.",
      "Språk for utdata når --lang ikkje er gitt: en, nb eller nn."}},
    {"man.env.locale",
     {"Without --lang or PROCURE_LANG, the first of these that is set chooses: a locale "
      "starting with nb or no gives Bokmål, nn Nynorsk, anything else English.",
      "Uten --lang eller PROCURE_LANG avgjør den første av disse som er satt: en "
      "språkinnstilling (locale) som begynner med nb eller no gir bokmål, nn gir nynorsk, alt "
      "annet engelsk.",
      "Utan --lang eller PROCURE_LANG avgjer den første av desse som er sett: ei "
      "språkinnstilling (locale) som byrjar med nb eller no gir bokmål, nn gir nynorsk, alt "
      "anna engelsk."}},
    {"man.files.templates",
     {"The document templates, one folder a language (--templates uses your own).",
      "Dokumentmalene, én mappe per språk (--templates bruker dine egne).",
      "Dokumentmalane, éi mappe per språk (--templates bruker dine eigne)."}},
    {"man.files.rules",
     {"The rule tables: thresholds, minimum time limits, standstill, each row with the date it "
      "took effect and its source (--rules uses another folder).",
      "Regeltabellene: terskelverdier, minstefrister, karensperiode, hver rad med datoen den "
      "gjelder fra og kilden (--rules bruker en annen mappe).",
      "Regeltabellane: terskelverdiar, minstefristar, karensperiode, kvar rad med datoen ho "
      "gjeld frå og kjelda (--rules bruker ei anna mappe)."}},
    {"man.files.relative",
     {"The tools find these folders from where they are themselves: "
      "<prefix>/bin/../share/procure, so an installed tree can be moved as a whole.",
      "Verktøyene finner disse mappene ut fra hvor de selv ligger: "
      "<prefix>/bin/../share/procure, så et installert tre kan flyttes i sin helhet.",
      "Verktøya finn desse mappene ut frå kvar dei sjølve ligg: "
      "<prefix>/bin/../share/procure, så eit installert tre kan flyttast i heilskap."}},
    {"man.see-also.docs",
     {"The guide and the case format in {docdir}: README.md, {docs}; worked examples in "
      "{docdir}/examples.",
      "Veiledningen og saksformatet i {docdir}: README.md, {docs}; eksempelsaker i "
      "{docdir}/examples.",
      "Rettleiinga og saksformatet i {docdir}: README.md, {docs}; eksempelsaker i "
      "{docdir}/examples."}},
};

}  // namespace

const MessageTable manual_messages{table};

}  // namespace procure::manual
