// Labels and diagnostics of procure-render.
#include "common/app_catalog.hpp"

namespace procure::cli {
namespace {

constexpr MessageDef table[] = {
    {"ui.render.summary",
     {"Write a document of a case (dialogue invitation, request for input, summary of inputs, "
      "Q&A log, tender documents, evaluation report, notifications of the award decision, "
      "rejection letters) as "
      "Markdown, HTML, DOCX or PDF",
      "Skriv et dokument for en sak (invitasjon til dialog, forespørsel om innspill, "
      "oppsummering av innspill, spørsmål og svar, konkurransegrunnlag, evalueringsrapport, "
      "meddelelser om valg av leverandør, avvisningsbrev) som Markdown, HTML, DOCX eller PDF",
      "Skriv eit dokument for ei sak (invitasjon til dialog, førespurnad om innspel, "
      "oppsummering av innspel, spørsmål og svar, konkurransegrunnlag, evalueringsrapport, "
      "meldingar om val av leverandør, avvisingsbrev) som Markdown, HTML, DOCX eller PDF"}},
    {"ui.render.option.document",
     {"The document to write (--list shows them)", "Dokumentet som skal skrives (--list viser dem)",
      "Dokumentet som skal skrivast (--list viser dei)"}},
    {"ui.render.option.case",
     {"The case folder (or its case.yaml)", "Saksmappen (eller case.yaml i den)",
      "Saksmappa (eller case.yaml i ho)"}},
    {"ui.render.option.format",
     {"Output format: md, html, docx or pdf (repeat for several; default md, or from --out)",
      "Utdataformat: md, html, docx eller pdf (gjenta for flere; standard md, eller fra --out)",
      "Utdataformat: md, html, docx eller pdf (gjenta for fleire; standard md, eller frå --out)"}},
    {"ui.render.option.out",
     {"Write to this file; - or none: standard output (md and html)",
      "Skriv til denne filen; - eller ingen: standard utdata (md og html)",
      "Skriv til denne fila; - eller inga: standard utdata (md og html)"}},
    {"ui.render.option.out-dir",
     {"Write DOCUMENT.LANG.FORMAT files into this folder",
      "Skriv filer DOKUMENT.SPRÅK.FORMAT i denne mappen",
      "Skriv filer DOKUMENT.SPRÅK.FORMAT i denne mappa"}},
    {"ui.render.option.lot",
     {"Render the document for this lot of a case divided into lots",
      "Lag dokumentet for denne delkontrakten i en sak som er delt i delkontrakter",
      "Lag dokumentet for denne delkontrakten i ei sak som er delt i delkontraktar"}},
    {"ui.render.option.tenderer",
     {"The tender a letter is written to (award-notice, rejection-letter); without it, "
      "--out-dir writes one file a tender",
      "Tilbudet et brev skrives til (award-notice, rejection-letter); uten det skriver "
      "--out-dir én fil per tilbud",
      "Tilbodet eit brev blir skrive til (award-notice, rejection-letter); utan det skriv "
      "--out-dir éi fil per tilbod"}},
    {"ui.render.option.templates",
     {"Your template folder: its LANG/ files override the shipped templates",
      "Din malmappe: filene i SPRÅK/ går foran de medfølgende malene",
      "Malmappa di: filene i SPRÅK/ går framfor malane som følgjer med"}},
    {"ui.render.option.reference-doc",
     {"A Word document (.docx) whose styles, page, header and footer DOCX and PDF take",
      "Et Word-dokument (.docx) som DOCX og PDF tar stiler, side, topptekst og bunntekst fra",
      "Eit Word-dokument (.docx) som DOCX og PDF tek stilar, side, topptekst og botntekst frå"}},
    {"ui.render.docx-reference",
     {"Our reference {reference}", "Vår referanse {reference}", "Vår referanse {reference}"}},
    {"ui.render.docx-page",
     {"Page {page} of {pages}", "Side {page} av {pages}", "Side {page} av {pages}"}},
    {"ui.render.option.today",
     {"The document's date (YYYY-MM-DD; default: today)",
      "Dokumentets dato (ÅÅÅÅ-MM-DD; standard: i dag)",
      "Datoen på dokumentet (ÅÅÅÅ-MM-DD; standard: i dag)"}},
    {"ui.render.option.anonymise",
     {"Name suppliers Supplier A, B, ... instead of by name",
      "Kall leverandørene Leverandør A, B, ... i stedet for ved navn",
      "Kall leverandørane Leverandør A, B, ... i staden for med namn"}},
    {"ui.render.option.data",
     {"Print the data the template sees (JSON), for template authors",
      "Skriv ut dataene malen ser (JSON), for dem som skriver maler",
      "Skriv ut dataa malen ser (JSON), for dei som skriv malar"}},
    {"ui.render.option.list",
     {"List the documents and exit", "Vis dokumentene og avslutt", "Vis dokumenta og avslutt"}},
    {"ui.render.document", {"Document", "Dokument", "Dokument"}},
    {"ui.render.description", {"What it is", "Hva det er", "Kva det er"}},
    {"ui.render.about.dialogue-invitation",
     {"Invitation to the dialogue meetings: agenda, place, time, registration",
      "Invitasjon til dialogmøtene: agenda, sted, tid, påmelding",
      "Invitasjon til dialogmøta: agenda, stad, tid, påmelding"}},
    {"ui.render.about.input-request",
     {"Request for written input: the questions, the deadline, how to submit, trade secrets",
      "Forespørsel om skriftlige innspill: spørsmålene, fristen, innsending, "
      "forretningshemmeligheter",
      "Førespurnad om skriftlege innspel: spørsmåla, fristen, innsending, forretningsløyndomar"}},
    {"ui.render.about.input-summary",
     {"Summary of written inputs by question (--anonymise; trade secrets withheld)",
      "Oppsummering av skriftlige innspill per spørsmål (--anonymise; forretningshemmeligheter "
      "unntatt)",
      "Oppsummering av skriftlege innspel per spørsmål (--anonymise; forretningsløyndomar "
      "unnatekne)"}},
    {"ui.render.about.qa-log",
     {"Questions and answers, anonymised, as published to all",
      "Spørsmål og svar, anonymisert, slik de publiseres til alle",
      "Spørsmål og svar, anonymisert, slik dei blir publiserte til alle"}},
    {"ui.render.about.tender-documents",
     {"Tender documents: needs, scope, procedure, timeline, qualification, award criteria and "
      "weights, submission",
      "Konkurransegrunnlag: behov, omfang, prosedyre, tidsplan, kvalifikasjonskrav, "
      "tildelingskriterier og vekter, innlevering",
      "Konkurransegrunnlag: behov, omfang, prosedyre, tidsplan, kvalifikasjonskrav, "
      "tildelingskriterium og vekter, innlevering"}},
    {"ui.render.about.evaluation-report",
     {"Evaluation report: method, opening, qualification, rejections, scores with reasons, "
      "ranking, robustness, result",
      "Evalueringsrapport: metode, åpning, kvalifikasjon, avvisninger, poeng med begrunnelser, "
      "rangering, robusthet, resultat",
      "Evalueringsrapport: metode, opning, kvalifikasjon, avvisingar, poeng med grunngjevingar, "
      "rangering, robustheit, resultat"}},
    {"ui.render.about.award-notice",
     {"Notification of the award decision, one per tender: the chosen tender, the reasons per "
      "criterion, the end of the standstill period",
      "Meddelelse om valg av leverandør, én per tilbud: valgt tilbud, begrunnelse per kriterium, "
      "slutten på karensperioden",
      "Melding om val av leverandør, éi per tilbod: valt tilbod, grunngjeving per kriterium, "
      "slutten på karensperioden"}},
    {"ui.render.about.rejection-letter",
     {"Rejection letter, one per rejected tender: the ground, the reason and the rule",
      "Avvisningsbrev, ett per avvist tilbud: grunnlaget, begrunnelsen og regelen",
      "Avvisingsbrev, eitt per avvist tilbod: grunnlaget, grunngjevinga og regelen"}},
    {"ui.render.about.invitation-to-tender",
     {"Invitation to tender to the selected candidates: time limits, negotiation, award criteria",
      "Invitasjon til å gi tilbud til de utvalgte kandidatene: frister, forhandlinger, "
      "tildelingskriterier",
      "Invitasjon til å gje tilbod til dei utvalde kandidatane: fristar, forhandlingar, "
      "tildelingskriterium"}},
    {"ui.render.about.negotiation-minutes",
     {"Negotiation minutes, round by round: meetings, changes, who was told, who was dropped",
      "Forhandlingsprotokoll, runde for runde: møter, endringer, hvem som fikk beskjed, hvem som "
      "ble tatt ut",
      "Forhandlingsprotokoll, runde for runde: møte, endringar, kven som fekk melding, kven som "
      "vart teken ut"}},
    {"ui.render.about.procurement-record",
     {"Procurement record (FOA § 7-1): contracting authority, subject, value, procedure, notices, "
      "dialogue, tenderers, rejections, evaluation, award and the reasons for key decisions",
      "Anskaffelsesprotokoll (FOA § 7-1): oppdragsgiver, anskaffelsen, verdi, prosedyre, "
      "kunngjøringer, dialog, leverandører, avvisninger, evaluering, valg av leverandør og "
      "begrunnelsen for viktige beslutninger",
      "Anskaffingsprotokoll (FOA § 7-1): oppdragsgjevar, anskaffinga, verdi, prosedyre, "
      "kunngjeringar, dialog, leverandørar, avvisingar, evaluering, val av leverandør og "
      "grunngjevinga for viktige avgjerder"}},
    {"ui.render.wrote", {"Wrote {path}", "Skrev {path}", "Skreiv {path}"}},
    {"render.unknown-document",
     {"'{name}' is not a document procure-render writes",
      "«{name}» er ikke et dokument procure-render skriver",
      "«{name}» er ikkje eit dokument procure-render skriv"},
     {"the documents are: {known}", "dokumentene er: {known}", "dokumenta er: {known}"}},
    {"render.no-case",
     {"which case? Name the case folder after the document",
      "hvilken sak? Oppgi saksmappen etter dokumentet",
      "kva sak? Oppgje saksmappa etter dokumentet"},
     {"procure-render {name} CASE", "procure-render {name} SAK", "procure-render {name} SAK"}},
    {"render.no-template-folder",
     {"the template folder {path} does not exist", "malmappen {path} finnes ikke",
      "malmappa {path} finst ikkje"}},
    {"render.one-format-per-file",
     {"--out {path} takes one format; use --out-dir for several",
      "--out {path} tar ett format; bruk --out-dir for flere",
      "--out {path} tek eitt format; bruk --out-dir for fleire"}},
    {"render.needs-file",
     {"{format} is written to a file, and only one format goes to standard output",
      "{format} skrives til fil, og bare ett format kan gå til standard utdata",
      "{format} blir skrive til fil, og berre eitt format kan gå til standard utdata"},
     {"add --out FILE or --out-dir FOLDER", "legg til --out FIL eller --out-dir MAPPE",
      "legg til --out FIL eller --out-dir MAPPE"}},
    {"render.not-per-tenderer",
     {"{document} is written to all; --tenderer is for the letters (award-notice, "
      "rejection-letter)",
      "{document} skrives til alle; --tenderer gjelder brevene (award-notice, "
      "rejection-letter)",
      "{document} blir skrive til alle; --tenderer gjeld breva (award-notice, "
      "rejection-letter)"}},
    {"render.needs-tenderer",
     {"{document} is one letter a tender: name one with --tenderer ID, or write them all with "
      "--out-dir DIR",
      "{document} er ett brev per tilbud: velg ett med --tenderer ID, eller skriv alle med "
      "--out-dir MAPPE",
      "{document} er eitt brev per tilbod: vel eitt med --tenderer ID, eller skriv alle med "
      "--out-dir MAPPE"},
     {"the tenders it goes to: {known}", "tilbudene det går til: {known}",
      "tilboda det går til: {known}"}},
    {"render.no-rejected-tender",
     {"{document}: no tender was rejected, so there is no letter to write",
      "{document}: ingen tilbud ble avvist, så det er ingen brev å skrive",
      "{document}: ingen tilbod vart avviste, så det er ingen brev å skrive"}},
    {"render.unknown-tenderer",
     {"there is no tender '{id}'", "det finnes ikke noe tilbud «{id}»",
      "det finst ikkje noko tilbod «{id}»"},
     {"the tenders are: {known}", "tilbudene er: {known}", "tilboda er: {known}"}},
    {"render.unknown-tenderer-suggest",
     {"there is no tender '{id}'; did you mean '{suggestion}'?",
      "det finnes ikke noe tilbud «{id}»; mente du «{suggestion}»?",
      "det finst ikkje noko tilbod «{id}»; meinte du «{suggestion}»?"}},
    {"render.no-non-selected",
     {"{document}: every qualified candidate was invited, so there is no letter to write",
      "{document}: alle kvalifiserte kandidater ble invitert, så det er ingen brev å skrive",
      "{document}: alle kvalifiserte kandidatar vart inviterte, så det er ingen brev å skrive"}},
    {"render.candidate-invited",
     {"the candidate '{id}' was invited to tender, so it gets no {document}",
      "kandidaten «{id}» ble invitert til å gi tilbud, så den får ikke noe {document}",
      "kandidaten «{id}» vart invitert til å gje tilbod, så han får ikkje noko {document}"},
     {"it gets the invitation: procure-render invitation-to-tender CASE",
      "den får invitasjonen: procure-render invitation-to-tender SAK",
      "han får invitasjonen: procure-render invitation-to-tender SAK"}},
    {"render.none-dropped",
     {"{document}: no tenderer was dropped between rounds, so there is no letter to write",
      "{document}: ingen leverandører ble tatt ut mellom rundene, så det er ingen brev å skrive",
      "{document}: ingen leverandørar vart tekne ut mellom rundane, så det er ingen brev å "
      "skrive"}},
    {"render.not-dropped",
     {"the tenderer '{id}' was not dropped between rounds, so it gets no {document}",
      "leverandøren «{id}» ble ikke tatt ut mellom rundene, så den får ikke noe {document}",
      "leverandøren «{id}» vart ikkje teken ut mellom rundane, så han får ikkje noko {document}"}},
    {"ui.render.about.final-tender-invitation",
     {"Invitation to submit final tenders once the competitive dialogue is concluded: who is "
      "invited, the deadline, the award criteria",
      "Invitasjon til å gi endelig tilbud når den konkurransepregede dialogen er avsluttet: hvem "
      "som er invitert, fristen, tildelingskriteriene",
      "Invitasjon til å gje endeleg tilbod når den konkurranseprega dialogen er avslutta: kven "
      "som er invitert, fristen, tildelingskriteria"}},
    {"ui.render.about.negotiation-invitation",
     {"Invitation to negotiation: the meetings after each round, who is invited, the next deadline",
      "Invitasjon til forhandlinger: møtene etter hver runde, hvem som er invitert, neste frist",
      "Invitasjon til forhandlingar: møta etter kvar runde, kven som er invitert, neste frist"}},
    {"ui.render.about.reduction-notice",
     {"Notice of reduction, one per tenderer dropped between rounds: the round, the reason, where "
      "to complain",
      "Melding om reduksjon, én per leverandør som er tatt ut mellom rundene: runden, "
      "begrunnelsen, hvor man kan klage",
      "Melding om reduksjon, éi per leverandør som er teken ut mellom rundane: runden, "
      "grunngjevinga, kvar ein kan klage"}},
    {"ui.render.about.non-selection-notice",
     {"Notice of non-selection, one per qualified candidate not invited: the reasons, where to "
      "complain",
      "Melding om at kandidaten ikke er valgt ut, én per kvalifisert kandidat som ikke er "
      "invitert: begrunnelsen, hvor man kan klage",
      "Melding om at kandidaten ikkje er vald ut, éi per kvalifisert kandidat som ikkje er "
      "invitert: grunngjevinga, kvar ein kan klage"}},
    {"render.not-rejected",
     {"the tender '{id}' was not rejected, so it gets no {document}",
      "tilbudet «{id}» ble ikke avvist, så det får ikke noe {document}",
      "tilbodet «{id}» vart ikkje avvist, så det får ikkje noko {document}"},
     {"it gets a notification of the award decision: procure-render award-notice CASE "
      "--tenderer {id}",
      "det får en meddelelse om valg av leverandør: procure-render award-notice SAK --tenderer "
      "{id}",
      "det får ei melding om val av leverandør: procure-render award-notice SAK --tenderer {id}"}},
    {"render.no-pandoc",
     {"DOCX and PDF need pandoc, and {program} is not installed",
      "DOCX og PDF trenger pandoc, og {program} er ikke installert",
      "DOCX og PDF treng pandoc, og {program} er ikkje installert"},
     {"install it (apt-get install pandoc), or write md or html",
      "installer det (apt-get install pandoc), eller skriv md eller html",
      "installer det (apt-get install pandoc), eller skriv md eller html"}},
    {"render.no-pdf-engine",
     {"PDF is made from the DOCX by LibreOffice, and {program} is not installed",
      "PDF lages fra DOCX av LibreOffice, og {program} er ikke installert",
      "PDF blir laga frå DOCX av LibreOffice, og {program} er ikkje installert"},
     {"install it (apt-get install --no-install-recommends libreoffice-writer-nogui), or write "
      "docx or html",
      "installer det (apt-get install --no-install-recommends libreoffice-writer-nogui), eller "
      "skriv docx eller html",
      "installer det (apt-get install --no-install-recommends libreoffice-writer-nogui), eller "
      "skriv docx eller html"}},
    {"render.converter-timed-out",
     {"{program} did not finish within its time limit of {seconds} s and was stopped",
      "{program} ble ikke ferdig innen tidsgrensen på {seconds} s og ble stoppet",
      "{program} vart ikkje ferdig innan tidsgrensa på {seconds} s og vart stoppa"},
     {"try again; a slow machine can allow more time with PROCURE_CONVERT_TIMEOUT=SECONDS",
      "prøv igjen; en treg maskin kan gi mer tid med PROCURE_CONVERT_TIMEOUT=SEKUNDER",
      "prøv igjen; ein treg maskin kan gje meir tid med PROCURE_CONVERT_TIMEOUT=SEKUND"}},
    {"render.docx-unreadable",
     {"what {program} wrote is not a DOCX procure can read ({part})",
      "det {program} skrev, er ikke en DOCX procure kan lese ({part})",
      "det {program} skreiv, er ikkje ein DOCX procure kan lese ({part})"}},
    {"render.no-reference-doc",
     {"the reference document {path} is not a file", "referansedokumentet {path} er ikke en fil",
      "referansedokumentet {path} er ikkje ei fil"}},
    {"render.bad-reference-doc",
     {"the reference document {path} is not a Word document (.docx)",
      "referansedokumentet {path} er ikke et Word-dokument (.docx)",
      "referansedokumentet {path} er ikkje eit Word-dokument (.docx)"},
     {"save your template in Word as a Word document (.docx)",
      "lagre malen i Word som Word-dokument (.docx)",
      "lagre malen i Word som Word-dokument (.docx)"}},
    {"render.pandoc-failed",
     {"{program} failed (exit {status}): {output}",
      "{program} feilet (avslutningskode {status}): {output}",
      "{program} feila (avslutningskode {status}): {output}"}},
};

}  // namespace

const MessageTable render_ui_messages{table};

}  // namespace procure::cli
