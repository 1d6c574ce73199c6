// Labels, help texts and report wording of procure-score.
#include "common/app_catalog.hpp"

namespace procure::cli {
namespace {

constexpr MessageDef table[] = {
    {"ui.score.summary",
     {"Open the tenders of a case, then evaluate and rank them by the published criteria",
      "Åpne tilbudene i en sak, og evaluer og ranger dem etter de kunngjorte kriteriene",
      "Opne tilboda i ei sak, og evaluer og ranger dei etter dei kunngjorde kriteria"}},
    {"ui.score.open.summary",
     {"Seal the tenders in bids/ in an opening protocol; late tenders are rejected",
      "Forsegl tilbudene i bids/ i en åpningsprotokoll; for sene tilbud avvises",
      "Forsegl tilboda i bids/ i ein opningsprotokoll; for seine tilbod blir avviste"}},
    {"ui.score.rank.summary",
     {"Evaluate and rank the tenders, checked against the opening protocol",
      "Evaluer og ranger tilbudene, kontrollert mot åpningsprotokollen",
      "Evaluer og ranger tilboda, kontrollert mot opningsprotokollen"}},
    {"ui.score.option.case",
     {"The case folder (or its case.yaml)", "Saksmappen (eller case.yaml i den)",
      "Saksmappa (eller case.yaml i ho)"}},
    {"ui.score.option.now",
     {"Time of opening: 2018-05-31T12:30:00+02:00, or Oslo local time 2018-05-31 12:30 "
      "(default: now)",
      "Tidspunkt for åpning: 2018-05-31T12:30:00+02:00, eller norsk tid 2018-05-31 12:30 "
      "(standard: nå)",
      "Tidspunkt for opning: 2018-05-31T12:30:00+02:00, eller norsk tid 2018-05-31 12:30 "
      "(standard: no)"}},
    {"ui.score.option.what-if",
     {"Also rank under every price model, side by side (a what-if, not the result)",
      "Ranger også etter hver prismodell, side om side (et tenkt eksempel, ikke resultatet)",
      "Ranger òg etter kvar prismodell, side om side (eit tenkt døme, ikkje resultatet)"}},
    {"ui.score.option.csv",
     {"Write one row a tender to FILE as CSV ('-': standard output)",
      "Skriv én rad per tilbud til FIL som CSV («-»: standard utdata)",
      "Skriv éi rad per tilbod til FIL som CSV («-»: standard utdata)"}},
    {"ui.score.option.markdown",
     {"Write the evaluation report to FILE as Markdown ('-': standard output)",
      "Skriv evalueringsrapporten til FIL som Markdown («-»: standard utdata)",
      "Skriv evalueringsrapporten til FIL som Markdown («-»: standard utdata)"}},
    {"ui.score.option.html",
     {"Write the evaluation report to FILE as HTML with a chart ('-': standard output)",
      "Skriv evalueringsrapporten til FIL som HTML med diagram («-»: standard utdata)",
      "Skriv evalueringsrapporten til FIL som HTML med diagram («-»: standard utdata)"}},
    {"ui.score.option.lot",
     {"Rank this lot of a case divided into lots (without it: every lot, as a table or JSON)",
      "Ranger denne delkontrakten i en sak som er delt i delkontrakter (uten: hver "
      "delkontrakt, som tabell eller JSON)",
      "Ranger denne delkontrakten i ei sak som er delt i delkontraktar (utan: kvar "
      "delkontrakt, som tabell eller JSON)"}},
    {"ui.score.option.today",
     {"The evaluation report's date (default: today)",
      "Datoen på evalueringsrapporten (standard: i dag)",
      "Datoen på evalueringsrapporten (standard: i dag)"}},
    {"score.no-such-round",
     {"there is no round {round}: the case has {rounds} negotiation rounds",
      "det finnes ingen runde {round}: saken har {rounds} forhandlingsrunder",
      "det finst ingen runde {round}: saka har {rounds} forhandlingsrundar"},
     {"the rounds are listed under 'stages: negotiation: rounds:' in case.yaml, numbered from 1",
      "rundene står under «stages: negotiation: rounds:» i case.yaml, nummerert fra 1",
      "rundane står under «stages: negotiation: rounds:» i case.yaml, nummererte frå 1"}},
    {"ui.score.option.round",
     {"The negotiation round, for a case in rounds: 1, 2, ... (default: the last, which decides)",
      "Forhandlingsrunden, for en sak i runder: 1, 2, ... (standard: den siste, som avgjør)",
      "Forhandlingsrunden, for ei sak i rundar: 1, 2, ... (standard: den siste, som avgjer)"}},
    {"ui.score.round-provisional",
     {"Round {round} of {rounds}: a provisional ranking; the final tenders of round {rounds} "
      "decide the award.",
      "Runde {round} av {rounds}: en foreløpig rangering; de endelige tilbudene i runde {rounds} "
      "avgjør tildelingen.",
      "Runde {round} av {rounds}: ei førebels rangering; dei endelege tilboda i runde {rounds} "
      "avgjer tildelinga."}},
    {"ui.score.round-decides",
     {"Round {round} of {rounds}: the final tenders; this ranking decides the award.",
      "Runde {round} av {rounds}: de endelige tilbudene; denne rangeringen avgjør tildelingen.",
      "Runde {round} av {rounds}: dei endelege tilboda; denne rangeringa avgjer tildelinga."}},
    {"score.several-cases",
     {"{path} holds {count} cases; name the folder of one",
      "{path} inneholder {count} saker; oppgi mappen til én av dem",
      "{path} inneheld {count} saker; oppgje mappa til éi av dei"}},
    {"score.one-stdout",
     {"only one output can go to standard output ('-'), and none with --json",
      "bare ett resultat kan gå til standard utdata («-»), og ingen sammen med --json",
      "berre eitt resultat kan gå til standard utdata («-»), og ingen saman med --json"},
     {"write the others to files", "skriv de andre til filer", "skriv dei andre til filer"}},
    {"ui.score.protocol-comment",
     {"Opening protocol, written by procure-score open. Every later run checks the files\n"
      "in bids/ against these SHA-256 digests: do not edit this file.",
      "Åpningsprotokoll, skrevet av procure-score open. Hver senere kjøring kontrollerer\n"
      "filene i bids/ mot disse SHA-256-sjekksummene: ikke rediger denne filen.",
      "Opningsprotokoll, skriven av procure-score open. Kvar seinare køyring kontrollerer\n"
      "filene i bids/ mot desse SHA-256-sjekksummane: ikkje rediger denne fila."}},
    {"ui.score.open.written",
     {"Opening protocol written: {path}", "Åpningsprotokoll skrevet: {path}",
      "Opningsprotokoll skriven: {path}"}},
    {"ui.score.deadline", {"Tender deadline", "Tilbudsfrist", "Tilbodsfrist"}},
    {"ui.score.opened-at", {"Opened", "Åpnet", "Opna"}},
    {"ui.score.sealed", {"Sealed", "Forseglet", "Forsegla"}},
    {"ui.count.files.one", {"{n} file", "{n} fil", "{n} fil"}},
    {"ui.count.files.many", {"{n} files", "{n} filer", "{n} filer"}},
    {"ui.score.tender", {"Tender", "Tilbud", "Tilbod"}},
    {"ui.score.supplier", {"Supplier", "Leverandør", "Leverandør"}},
    {"ui.score.orgnr", {"Org. no.", "Org.nr.", "Org.nr."}},
    {"ui.score.received", {"Received", "Mottatt", "Motteke"}},
    {"ui.score.price", {"Price", "Pris", "Pris"}},
    {"ui.score.status", {"Status", "Status", "Status"}},
    {"ui.score.status.on-time", {"on time", "i tide", "i tide"}},
    {"ui.score.status.late", {"late: rejected", "for sent: avvist", "for seint: avvist"}},
    {"ui.score.rejected-tender",
     {"Tender '{id}' rejected", "Tilbud «{id}» avvist", "Tilbod «{id}» avvist"}},
    {"ui.score.option.requests",
     {"Open the requests to participate in requests/ instead, against the participation deadline",
      "Åpne i stedet forespørslene om å delta i requests/, mot fristen for dem",
      "Opne i staden førespurnadene om å delta i requests/, mot fristen for dei"}},
    {"ui.score.requests-protocol-comment",
     {"Opening protocol of the requests to participate, written by procure-score open\n"
      "--requests. Every later run checks the files in requests/ against these SHA-256\n"
      "digests: do not edit this file.",
      "Åpningsprotokoll for forespørslene om å delta, skrevet av procure-score open\n"
      "--requests. Hver senere kjøring kontrollerer filene i requests/ mot disse\n"
      "SHA-256-sjekksummene: ikke rediger denne filen.",
      "Opningsprotokoll for førespurnadene om å delta, skriven av procure-score open\n"
      "--requests. Kvar seinare køyring kontrollerer filene i requests/ mot desse\n"
      "SHA-256-sjekksummane: ikkje rediger denne fila."}},
    {"ui.score.participation-deadline",
     {"Deadline for requests", "Frist for forespørsler om å delta",
      "Frist for førespurnader om å delta"}},
    {"ui.score.request", {"Request", "Forespørsel", "Førespurnad"}},
    {"ui.score.rejected-request",
     {"Request '{id}' rejected", "Forespørsel «{id}» avvist", "Førespurnad «{id}» avvist"}},
    {"ui.score.rank", {"Rank", "Plass", "Plass"}},
    {"ui.score.total", {"Total", "Sum", "Sum"}},
    {"ui.score.quality", {"Quality", "Kvalitet", "Kvalitet"}},
    {"ui.score.adjusted-price", {"Adjusted price", "Justert pris", "Justert pris"}},
    {"ui.score.reason", {"Reason", "Begrunnelse", "Grunngjeving"}},
    {"ui.score.ranking", {"Ranking", "Rangering", "Rangering"}},
    {"ui.score.rejected", {"Rejected", "Avvist", "Avvist"}},
    {"ui.score.method", {"Method", "Metode", "Metode"}},
    {"ui.score.price-model", {"price model", "prismodell", "prismodell"}},
    {"ui.score.evaluator-scores",
     {"evaluators' scores", "evaluatorenes poeng", "poenga til evaluatorane"}},
    {"ui.score.scale", {"scale", "skala", "skala"}},
    {"ui.score.value-per-point",
     {"{amount} a quality point", "{amount} per kvalitetspoeng", "{amount} per kvalitetspoeng"}},
    {"ui.score.opening-line",
     {"Tender deadline {deadline}; opened {opened}; {files} unchanged since opening ({protocol})",
      "Tilbudsfrist {deadline}; åpnet {opened}; {files} uendret siden åpningen ({protocol})",
      "Tilbodsfrist {deadline}; opna {opened}; {files} uendra sidan opninga ({protocol})"}},
    {"ui.score.decided-by",
     {"'{id}' is ranked below an equal total by the tie-break rule: {rule}",
      "«{id}» er rangert under en lik poengsum etter regelen for like tilbud: {rule}",
      "«{id}» er rangert under ein lik poengsum etter regelen for like tilbod: {rule}"}},
    {"ui.score.points-note",
     {"Each criterion column is the points it gives: score × its share of the total; "
      "= after a rank marks a tie.",
      "Hver kriteriekolonne er poengene kriteriet gir: poengsum × andelen av totalen; "
      "= etter en plass markerer likhet.",
      "Kvar kriteriekolonne er poenga kriteriet gjev: poengsum × delen av totalen; "
      "= etter ein plass markerer likskap."}},
    {"ui.score.points-note-price-quality",
     {"Quality columns are points (score × share); the lowest adjusted price (price plus the "
      "value of the quality points missing) wins.",
      "Kvalitetskolonnene er poeng (poengsum × andel); lavest justert pris (pris pluss verdien "
      "av kvalitetspoengene som mangler) vinner.",
      "Kvalitetskolonnane er poeng (poengsum × del); lågast justert pris (pris pluss verdien "
      "av kvalitetspoenga som manglar) vinn."}},
    {"ui.score.winner",
     {"Most economically advantageous tender: '{id}' ({supplier}), {total} points",
      "Beste tilbud etter tildelingskriteriene: «{id}» ({supplier}), {total} poeng",
      "Beste tilbod etter tildelingskriteria: «{id}» ({supplier}), {total} poeng"}},
    {"ui.score.winner-prize",
     {"Winner: '{id}' ({supplier}), {total} points", "Vinner: «{id}» ({supplier}), {total} poeng",
      "Vinnar: «{id}» ({supplier}), {total} poeng"}},
    {"ui.score.winner-price-quality",
     {"Most economically advantageous tender: '{id}' ({supplier}), adjusted price {total}",
      "Beste tilbud etter tildelingskriteriene: «{id}» ({supplier}), justert pris {total}",
      "Beste tilbod etter tildelingskriteria: «{id}» ({supplier}), justert pris {total}"}},
    {"ui.score.no-winner-tie",
     {"No winner yet: the first place is tied after every tie-break rule",
      "Ingen vinner ennå: førsteplassen er delt etter alle reglene for like tilbud",
      "Ingen vinnar enno: førsteplassen er delt etter alle reglane for like tilbod"}},
    {"ui.score.no-winner-none",
     {"No winner: every tender is rejected", "Ingen vinner: alle tilbudene er avvist",
      "Ingen vinnar: alle tilboda er avviste"}},
    {"ui.score.robustness", {"Robustness", "Robusthet", "Robustheit"}},
    {"ui.score.what-if.title",
     {"What-if: the ranking under every price model",
      "Tenkt eksempel: rangeringen etter hver prismodell",
      "Tenkt døme: rangeringa etter kvar prismodell"}},
    {"ui.score.what-if.note",
     {"A what-if, not the result: the price model published in the tender documents is the one "
      "applied.",
      "Et tenkt eksempel, ikke resultatet: prismodellen som er kunngjort i "
      "konkurransegrunnlaget, er den som brukes.",
      "Eit tenkt døme, ikkje resultatet: prismodellen som er kunngjord i "
      "konkurransegrunnlaget, er den som blir brukt."}},
    {"ui.score.rounding",
     {"Scores are shown to two decimals, rounded half away from zero; totals and the ranking "
      "use the unrounded values.",
      "Poeng vises med to desimaler, avrundet halvt bort fra null; summer og rangering bruker "
      "uavrundede verdier.",
      "Poeng blir viste med to desimalar, avrunda halvt bort frå null; summar og rangering "
      "bruker uavrunda verdiar."}},
};

}  // namespace

const MessageTable score_ui_messages{table};

}  // namespace procure::cli
