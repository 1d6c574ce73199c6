// Labels, help texts and messages of procure-score sheet and import, and of
// the CSV dialects of procure-score rank.
#include "common/app_catalog.hpp"

namespace procure::cli {
namespace {

constexpr MessageDef table[] = {
    {"ui.score.sheet.summary",
     {"Write each evaluator's scoring sheet, an Excel workbook to fill in",
      "Skriv poengarket til hver evaluator, en Excel-arbeidsbok som fylles ut",
      "Skriv poengarket til kvar evaluator, ei Excel-arbeidsbok som skal fyllast ut"}},
    {"ui.score.import.summary",
     {"Read filled scoring sheets into the case's evaluation/ folder",
      "Les utfylte poengark inn i mappen evaluation/ i saken",
      "Les utfylte poengark inn i mappa evaluation/ i saka"}},
    {"ui.score.option.csv-dialect",
     {"CSV as Norwegian Excel opens it (excel-nb: ';', decimal comma, byte order mark; the "
      "default with --lang nb or nn) or RFC 4180 (',' and '.'; the default with --lang en)",
      "CSV slik norsk Excel åpner den (excel-nb: «;», desimalkomma, byte order mark; standard "
      "med --lang nb eller nn) eller RFC 4180 («,» og «.»; standard med --lang en)",
      "CSV slik norsk Excel opnar han (excel-nb: «;», desimalkomma, byte order mark; standard "
      "med --lang nb eller nn) eller RFC 4180 («,» og «.»; standard med --lang en)"}},
    {"ui.score.option.evaluator",
     {"Only the sheet of this evaluator (an id under evaluators:, or consensus)",
      "Bare arket til denne evaluatoren (en id under evaluators:, eller consensus)",
      "Berre arket til denne evaluatoren (ein id under evaluators:, eller consensus)"}},
    {"ui.score.option.sheet-out",
     {"Write the one sheet to FILE (with --evaluator, or a case with one evaluator)",
      "Skriv det ene arket til FIL (med --evaluator, eller en sak med én evaluator)",
      "Skriv det eine arket til FIL (med --evaluator, eller ei sak med éin evaluator)"}},
    {"ui.score.option.sheet-out-dir",
     {"Write the sheets into DIR as score-sheet-<evaluator>.xlsx, a lot's as "
      "score-sheet-lot<N>-<lot>-<evaluator>.xlsx (default: the current folder)",
      "Skriv arkene i MAPPE som score-sheet-<evaluator>.xlsx, en delkontrakts som "
      "score-sheet-lot<N>-<lot>-<evaluator>.xlsx (standard: gjeldende mappe)",
      "Skriv arka i MAPPE som score-sheet-<evaluator>.xlsx, ein delkontrakts som "
      "score-sheet-lot<N>-<lot>-<evaluator>.xlsx (standard: gjeldande mappe)"}},
    {"ui.score.option.qualification",
     {"Add the qualification requirements, for this evaluator's verdicts",
      "Ta med kvalifikasjonskravene, for denne evaluatorens vurderinger",
      "Ta med kvalifikasjonskrava, for vurderingane til denne evaluatoren"}},
    {"ui.score.option.import-files",
     {"The filled sheets (.xlsx)", "De utfylte arkene (.xlsx)", "Dei utfylte arka (.xlsx)"}},
    {"ui.score.option.sheet-lot",
     {"Write the sheets of this lot of a case divided into lots (without it: of every lot)",
      "Skriv arkene for denne delkontrakten i en sak som er delt i delkontrakter (uten: for hver "
      "delkontrakt)",
      "Skriv arka for denne delkontrakten i ei sak som er delt i delkontraktar (utan: for kvar "
      "delkontrakt)"}},
    {"ui.score.option.import-lot",
     {"The lot the sheets are for, checked against each sheet (a lot's sheet names its lot)",
      "Delkontrakten arkene gjelder, kontrollert mot hvert ark (arket for en delkontrakt "
      "oppgir den)",
      "Delkontrakten arka gjeld, kontrollert mot kvart ark (arket for ein delkontrakt "
      "oppgjev han)"}},
    {"ui.score.sheet.scores-sheet", {"Scores", "Poeng", "Poeng"}},
    {"ui.score.sheet.qualification-sheet", {"Qualification", "Kvalifikasjon", "Kvalifikasjon"}},
    {"ui.score.sheet.case", {"Case", "Sak", "Sak"}},
    {"ui.score.sheet.evaluator", {"Evaluator", "Evaluator", "Evaluator"}},
    {"ui.score.sheet.consensus",
     {"Consensus (the agreed scores)", "Omforent (de omforente poengene)",
      "Omforeint (dei omforeinte poenga)"}},
    {"ui.score.sheet.scale", {"Scale", "Skala", "Skala"}},
    {"ui.score.sheet.instructions",
     {"Fill in the shaded cells: a score and its reason for every tender and criterion.",
      "Fyll ut de fargede cellene: poeng og begrunnelse for hvert tilbud og kriterium.",
      "Fyll ut dei farga cellene: poeng og grunngjeving for kvart tilbod og kriterium."}},
    {"ui.score.sheet.verdict-instructions",
     {"Fill in the shaded cells: a verdict, pass or fail, and its reason for every tender and "
      "requirement.",
      "Fyll ut de fargede cellene: vurdering, pass (oppfylt) eller fail (ikke oppfylt), og "
      "begrunnelse for hvert tilbud og krav.",
      "Fyll ut dei farga cellene: vurdering, pass (oppfylt) eller fail (ikkje oppfylt), og "
      "grunngjeving for kvart tilbod og krav."}},
    {"ui.score.sheet.reason", {"Reason", "Begrunnelse", "Grunngjeving"}},
    // A spreadsheet's validation title holds at most 32 characters, its message 255.
    {"ui.score.sheet.score-title", {"Score", "Poeng", "Poeng"}},
    {"ui.score.sheet.score-message",
     {"A score on the scale {scale}.", "En poengsum på skalaen {scale}.",
      "Ein poengsum på skalaen {scale}."}},
    {"ui.score.sheet.verdict-title", {"Verdict", "Vurdering", "Vurdering"}},
    {"ui.score.sheet.verdict-message",
     {"pass or fail; a fail needs its reason.",
      "pass (oppfylt) eller fail (ikke oppfylt); fail trenger begrunnelse.",
      "pass (oppfylt) eller fail (ikkje oppfylt); fail treng grunngjeving."}},
    {"ui.score.sheet.written",
     {"wrote {path}: the sheet of {evaluator}, {tenders} × {criteria}",
      "skrev {path}: arket til {evaluator}, {tenders} × {criteria}",
      "skreiv {path}: arket til {evaluator}, {tenders} × {criteria}"}},
    {"ui.score.sheet.written-lot",
     {"wrote {path}: the sheet of {evaluator} for lot {number} ({title}), {tenders} × {criteria}",
      "skrev {path}: arket til {evaluator} for delkontrakt {number} ({title}), {tenders} × "
      "{criteria}",
      "skreiv {path}: arket til {evaluator} for delkontrakt {number} ({title}), {tenders} × "
      "{criteria}"}},
    {"ui.count.sheet-tenders.one", {"{n} tender", "{n} tilbud", "{n} tilbod"}},
    {"ui.count.sheet-tenders.many", {"{n} tenders", "{n} tilbud", "{n} tilbod"}},
    {"ui.count.sheet-criteria.one", {"{n} criterion", "{n} kriterium", "{n} kriterium"}},
    {"ui.count.sheet-criteria.many", {"{n} criteria", "{n} kriterier", "{n} kriterium"}},
    {"ui.count.sheet-scores.one", {"{n} score", "{n} poengsum", "{n} poengsum"}},
    {"ui.count.sheet-scores.many", {"{n} scores", "{n} poengsummer", "{n} poengsummar"}},
    {"ui.count.sheet-verdicts.one", {"{n} verdict", "{n} vurdering", "{n} vurdering"}},
    {"ui.count.sheet-verdicts.many", {"{n} verdicts", "{n} vurderinger", "{n} vurderingar"}},
    {"ui.score.import.wrote",
     {"wrote {path} from {file}: {count}", "skrev {path} fra {file}: {count}",
      "skreiv {path} frå {file}: {count}"}},
    {"score.unknown-csv-dialect",
     {"'{value}' is not a CSV dialect", "«{value}» er ikke en CSV-dialekt",
      "«{value}» er ikkje ein CSV-dialekt"},
     {"use excel-nb (Norwegian Excel) or rfc4180", "bruk excel-nb (norsk Excel) eller rfc4180",
      "bruk excel-nb (norsk Excel) eller rfc4180"}},
    {"score.sheet-unknown-evaluator",
     {"'{evaluator}' does not score in this case", "«{evaluator}» gir ikke poeng i denne saken",
      "«{evaluator}» gjev ikkje poeng i denne saka"},
     {"the sheets are for: {evaluators}", "arkene er for: {evaluators}",
      "arka er for: {evaluators}"}},
    {"score.sheet-to-standard-output",
     {"a scoring sheet is a workbook: it is written to a file, not to standard output",
      "et poengark er en arbeidsbok: det skrives til en fil, ikke til standard utdata",
      "eit poengark er ei arbeidsbok: det blir skrive til ei fil, ikkje til standard utdata"},
     {"name the file: -o score-sheet.xlsx", "oppgi filen: -o score-sheet.xlsx",
      "oppgje fila: -o score-sheet.xlsx"}},
    {"score.sheet-one-file",
     {"--output names one file, but the case has {count} sheets to write",
      "--output gir ett filnavn, men saken har {count} ark å skrive",
      "--output gjev eitt filnamn, men saka har {count} ark å skrive"},
     {"choose one with --evaluator, or write them all with --out-dir",
      "velg ett med --evaluator, eller skriv alle med --out-dir",
      "vel eitt med --evaluator, eller skriv alle med --out-dir"}},
    {"score.sheet-not-written",
     {"the sheet could not be written in {path}: {system_reason}",
      "arket kunne ikke skrives i {path}: {system_reason}",
      "arket kunne ikkje skrivast i {path}: {system_reason}"},
     {"check that the folder exists and can be written to",
      "kontroller at mappen finnes og kan skrives til",
      "kontroller at mappa finst og kan skrivast til"}},
    {"score.import-not-a-sheet",
     {"{path} is not a scoring sheet (.xlsx)", "{path} er ikke et poengark (.xlsx)",
      "{path} er ikkje eit poengark (.xlsx)"},
     {"import the workbooks procure-score sheet wrote; a CSV table goes into evaluation/ as it is",
      "importer arbeidsbøkene procure-score sheet skrev; en CSV-tabell legges i evaluation/ som "
      "den er",
      "importer arbeidsbøkene procure-score sheet skreiv; ein CSV-tabell blir lagd i evaluation/ "
      "som han er"}},
    {"score.import-scored-already",
     {"{path} scores '{criterion}' for '{tender}' by '{evaluator}', who scored it already at "
      "{first}: nothing is written",
      "{path} gir poeng på «{criterion}» for «{tender}» fra «{evaluator}», som allerede har gitt "
      "poeng i {first}: ingenting skrives",
      "{path} gjev poeng på «{criterion}» for «{tender}» frå «{evaluator}», som alt har gjeve "
      "poeng i {first}: ingenting blir skrive"},
     {"keep one of the two: remove the score from {first}, or clear its cell in the sheet",
      "behold én av de to: fjern poengene fra {first}, eller tøm cellen i arket",
      "behald éin av dei to: fjern poenga frå {first}, eller tøm cella i arket"}},
    {"score.import-judged-already",
     {"{path} gives a verdict on '{requirement}' for '{tender}', which has one already at "
      "{first}: nothing is written",
      "{path} gir en vurdering av «{requirement}» for «{tender}», som allerede har en i {first}: "
      "ingenting skrives",
      "{path} gjev ei vurdering av «{requirement}» for «{tender}», som alt har ei i {first}: "
      "ingenting blir skrive"},
     {"keep one of the two: remove the verdict from {first}, or clear its cell in the sheet",
      "behold én av de to: fjern vurderingen fra {first}, eller tøm cellen i arket",
      "behald éi av dei to: fjern vurderinga frå {first}, eller tøm cella i arket"}},
    {"score.import-same-evaluator",
     {"{path} and {first} are both sheets of '{evaluator}': nothing is written",
      "{path} og {first} er begge arkene til «{evaluator}»: ingenting skrives",
      "{path} og {first} er begge arka til «{evaluator}»: ingenting blir skrive"},
     {"import one sheet for each evaluator; put the scores of both into one of them",
      "importer ett ark for hver evaluator; før poengene fra begge inn i ett av dem",
      "importer eitt ark for kvar evaluator; før poenga frå begge inn i eitt av dei"}},
    {"score.import-empty",
     {"{path} has no score and no verdict filled in: nothing is written",
      "{path} har ingen poeng og ingen vurderinger fylt ut: ingenting skrives",
      "{path} har ingen poeng og ingen vurderingar fylte ut: ingenting blir skrive"},
     {"have the evaluator fill in the sheet and save it",
      "få evaluatoren til å fylle ut arket og lagre det",
      "få evaluatoren til å fylle ut arket og lagre det"}},
};

}  // namespace

const MessageTable score_sheet_ui_messages{table};

}  // namespace procure::cli
