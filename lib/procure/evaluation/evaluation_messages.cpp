// Messages about tenders, their assessment, the opening and the ranking.
#include "procure/message_tables.hpp"

namespace procure {
namespace {

constexpr std::string_view dfo_guide = "DFØ, «Veileder i evaluering av tilbud»";

constexpr MessageDef table[] = {
    // CSV tables
    {"csv.unclosed-quote",
     {"this quoted field is never closed", "dette feltet i anførselstegn blir aldri avsluttet",
      "dette feltet i hermeteikn blir aldri avslutta"},
     {"end the field with \"; write a quote inside a field as \"\"",
      "avslutt feltet med \"; skriv anførselstegn inne i et felt som \"\"",
      "avslutt feltet med \"; skriv hermeteikn inne i eit felt som \"\""}},
    {"csv.quote-runs-on",
     {"the quote opened here is never closed: the field runs on to the quote on line {line}",
      "anførselstegnet som åpnes her, blir aldri avsluttet: feltet fortsetter til "
      "anførselstegnet på linje {line}",
      "hermeteiknet som blir opna her, blir aldri avslutta: feltet held fram til hermeteiknet "
      "på linje {line}"},
     {"close the field with \" on this line; write a quote inside a field as \"\"",
      "avslutt feltet med \" på denne linjen; skriv anførselstegn inne i et felt som \"\"",
      "avslutt feltet med \" på denne linja; skriv hermeteikn inne i eit felt som \"\""}},
    {"csv.bad-quote",
     {"text follows the closing quote of a field", "det står tekst etter avsluttende anførselstegn",
      "det står tekst etter avsluttande hermeteikn"},
     {"put the whole field in quotes, and write a quote inside it as \"\"",
      "sett hele feltet i anførselstegn, og skriv anførselstegn inne i det som \"\"",
      "set heile feltet i hermeteikn, og skriv hermeteikn inne i det som \"\""}},
    {"csv.field-count",
     {"this row has {count} fields, but the header has {expected}",
      "denne raden har {count} felt, men overskriftsraden har {expected}",
      "denne rada har {count} felt, men overskriftsrada har {expected}"},
     {"a field that holds the delimiter must be quoted: \"Fjord, Lys AS\"",
      "et felt som inneholder skilletegnet må stå i anførselstegn: \"Fjord, Lys AS\"",
      "eit felt som inneheld skiljeteiknet må stå i hermeteikn: \"Fjord, Lys AS\""}},
    {"csv.no-header",
     {"{path} is empty: a table needs a header row",
      "{path} er tom: en tabell trenger en overskriftsrad",
      "{path} er tom: ein tabell treng ei overskriftsrad"}},
    {"csv.duplicate-column",
     {"the column '{column}' is there twice", "kolonnen «{column}» står to ganger",
      "kolonnen «{column}» står to gonger"}},
    {"csv.missing-column",
     {"the table has no column '{column}'", "tabellen har ingen kolonne «{column}»",
      "tabellen har ingen kolonne «{column}»"},
     {"name the columns in the first row; see docs/scoring.md for each table's columns",
      "gi kolonnene navn i første rad; se docs/scoring.md for kolonnene i hver tabell",
      "gje kolonnane namn i første rad; sjå docs/scoring.md for kolonnane i kvar tabell"}},
    {"csv.unknown-column",
     {"unknown column '{column}'", "ukjent kolonne «{column}»", "ukjend kolonne «{column}»"},
     {"the columns of this table are: {columns}", "kolonnene i denne tabellen er: {columns}",
      "kolonnane i denne tabellen er: {columns}"}},
    {"csv.unknown-column-suggest",
     {"unknown column '{column}'; did you mean '{suggestion}'?",
      "ukjent kolonne «{column}»; mente du «{suggestion}»?",
      "ukjend kolonne «{column}»; meinte du «{suggestion}»?"}},
    {"csv.empty-cell",
     {"the '{column}' cell of this row is empty", "cellen «{column}» i denne raden er tom",
      "cella «{column}» i denne rada er tom"}},

    // Import mappings (bids/import.yaml) for e-tendering exports
    {"import.bad-export-name",
     {"'{file}' cannot be the export: it must be a .csv file in this folder other than its own "
      "tables",
      "«{file}» kan ikke være eksporten: den må være en .csv-fil i denne mappen, og ikke en av "
      "mappens egne tabeller",
      "«{file}» kan ikkje vere eksporten: han må vere ei .csv-fil i denne mappa, og ikkje ein av "
      "tabellane til mappa"},
     {"name the export's file as it lies next to import.yaml; tenders.csv, price-schedule.csv "
      "and answers.csv are read as they are",
      "skriv navnet på eksportfilen slik den ligger ved siden av import.yaml; tenders.csv, "
      "price-schedule.csv og answers.csv leses som de er",
      "skriv namnet på eksportfila slik ho ligg ved sida av import.yaml; tenders.csv, "
      "price-schedule.csv og answers.csv blir lesne som dei er"}},
    {"import.no-export",
     {"there is no export '{file}' next to the import mapping",
      "det finnes ingen eksport «{file}» ved siden av importoppsettet",
      "det finst ingen eksport «{file}» ved sida av importoppsettet"},
     {"put the export from the e-tendering system in the same folder as import.yaml",
      "legg eksporten fra konkurransegjennomføringsverktøyet i samme mappe som import.yaml",
      "legg eksporten frå konkurransegjennomføringsverktøyet i same mappe som import.yaml"}},
    {"import.unmapped-field",
     {"the mapping gives no column for '{field}', which every tender needs",
      "oppsettet gir ingen kolonne for «{field}», som hvert tilbud trenger",
      "oppsettet gjev ingen kolonne for «{field}», som kvart tilbod treng"},
     {"add '{field}: <the export's column>' under columns",
      "legg til «{field}: <eksportens kolonne>» under columns",
      "legg til «{field}: <kolonnen i eksporten>» under columns"}},
    {"import.column-not-in-export",
     {"the export {file} has no column '{column}'", "eksporten {file} har ingen kolonne «{column}»",
      "eksporten {file} har ingen kolonne «{column}»"},
     {"write the column's name exactly as the export's first row writes it",
      "skriv kolonnens navn nøyaktig slik det står i eksportens første rad",
      "skriv namnet på kolonnen nøyaktig slik det står i første rad i eksporten"}},
    {"import.column-not-in-export-suggest",
     {"the export {file} has no column '{column}'; did you mean '{suggestion}'?",
      "eksporten {file} har ingen kolonne «{column}»; mente du «{suggestion}»?",
      "eksporten {file} har ingen kolonne «{column}»; meinte du «{suggestion}»?"}},
    {"import.unmapped-column",
     {"the column '{column}' is not read: {mapping} neither maps nor ignores it",
      "kolonnen «{column}» blir ikke lest: {mapping} verken kobler den til et felt eller "
      "ignorerer den",
      "kolonnen «{column}» blir ikkje lesen: {mapping} verken koplar han til eit felt eller "
      "ignorerer han"},
     {"map it under columns, or list it under ignore if it is not needed",
      "koble den til et felt under columns, eller før den opp under ignore hvis den ikke "
      "trengs",
      "kople han til eit felt under columns, eller før han opp under ignore om han ikkje "
      "trengst"}},
    {"import.bad-value",
     {"'{value}' in the column '{column}' is not in the format {mapping} declares: {format}",
      "«{value}» i kolonnen «{column}» er ikke i formatet {mapping} oppgir: {format}",
      "«{value}» i kolonnen «{column}» er ikkje i formatet {mapping} oppgjev: {format}"},
     {"correct the format in the mapping if the export writes the column otherwise",
      "rett formatet i oppsettet hvis eksporten skriver kolonnen på en annen måte",
      "rett formatet i oppsettet om eksporten skriv kolonnen på ein annan måte"}},
    {"import.bad-time-format",
     {"'{format}' is not a date and time format procure can read",
      "«{format}» er ikke et dato- og tidsformat procure kan lese",
      "«{format}» er ikkje eit dato- og tidsformat procure kan lese"},
     {"write it with yyyy, mm, dd, HH and MM (SS for seconds; m, d, H for one or two digits): "
      "dd.mm.yyyy HH:MM; lower-case m is the month, upper-case M the minute",
      "skriv det med yyyy, mm, dd, HH og MM (SS for sekunder; m, d, H for ett eller to sifre): "
      "dd.mm.yyyy HH:MM; liten m er måneden, stor M minuttet",
      "skriv det med yyyy, mm, dd, HH og MM (SS for sekund; m, d, H for eitt eller to siffer): "
      "dd.mm.yyyy HH:MM; liten m er månaden, stor M minuttet"}},
    {"import.same-separator",
     {"'{separator}' cannot separate thousands when it is also the decimal mark",
      "«{separator}» kan ikke skille tusengrupper når det også er desimaltegnet",
      "«{separator}» kan ikkje skilje tusengrupper når det også er desimalteiknet"},
     {"a Norwegian export writes 1 234 567,00 (thousands separated by a space, decimal comma: "
      "write 'thousands: space' and 'decimal: comma' in the settings)",
      "en norsk eksport skriver 1 234 567,00 (tusenskille mellomrom, desimalkomma: skriv "
      "«thousands: space» og «decimal: comma» i oppsettet)",
      "ein norsk eksport skriv 1 234 567,00 (tusenskilje mellomrom, desimalkomma: skriv "
      "«thousands: space» og «decimal: comma» i oppsettet)"}},

    // Tenders as received
    {"tender.no-bids-folder",
     {"there is no folder {path} with the tenders", "det finnes ingen mappe {path} med tilbudene",
      "det finst inga mappe {path} med tilboda"},
     {"put one file a tender there (<id>.yaml), or a table tenders.csv; see docs/scoring.md",
      "legg én fil per tilbud der (<id>.yaml), eller en tabell tenders.csv; se docs/scoring.md",
      "legg éi fil per tilbod der (<id>.yaml), eller ein tabell tenders.csv; sjå "
      "docs/scoring.md"}},
    {"tender.none",
     {"{path} holds no tender", "{path} inneholder ingen tilbud", "{path} inneheld ingen tilbod"},
     {"each tender is a file <id>.yaml or a row of tenders.csv",
      "hvert tilbud er en fil <id>.yaml eller en rad i tenders.csv",
      "kvart tilbod er ei fil <id>.yaml eller ei rad i tenders.csv"}},
    {"tender.empty",
     {"the tender file {path} is empty", "tilbudsfilen {path} er tom", "tilbodsfila {path} er tom"},
     {"a tender needs at least supplier and received",
      "et tilbud trenger minst supplier og received",
      "eit tilbod treng minst supplier og received"}},
    {"tender.bad-file-name",
     {"{path}: '{id}' cannot be a tender id", "{path}: «{id}» kan ikke være en tilbuds-id",
      "{path}: «{id}» kan ikkje vere ein tilbods-id"},
     {"name the file with lower-case letters, digits and '-': fjordlys-prosess.yaml",
      "gi filen et navn med små bokstaver, sifre og '-': fjordlys-prosess.yaml",
      "gje fila eit namn med små bokstavar, siffer og '-': fjordlys-prosess.yaml"}},
    {"tender.unknown-file",
     {"{path} is not read: only {expected} are read here",
      "{path} blir ikke lest: bare {expected} leses her",
      "{path} blir ikkje lesen: berre {expected} blir lesne her"},
     {"put attachments in a sub-folder (bids/<id>/): they are sealed at opening, not read",
      "legg vedlegg i en undermappe (bids/<id>/): de forsegles ved åpning, men leses ikke",
      "legg vedlegg i ei undermappe (bids/<id>/): dei blir forsegla ved opning, men ikkje "
      "lesne"}},
    {"tender.duplicate",
     {"the tender '{id}' is given twice; first at {first}",
      "tilbudet «{id}» er oppgitt to ganger; først i {first}",
      "tilbodet «{id}» er oppgjeve to gonger; først i {first}"}},
    {"tender.unknown",
     {"there is no tender '{id}'", "det finnes ikke noe tilbud «{id}»",
      "det finst ikkje noko tilbod «{id}»"},
     {"each tender is a file bids/<id>.yaml or a row of bids/tenders.csv",
      "hvert tilbud er en fil bids/<id>.yaml eller en rad i bids/tenders.csv",
      "kvart tilbod er ei fil bids/<id>.yaml eller ei rad i bids/tenders.csv"}},
    {"tender.unknown-suggest",
     {"there is no tender '{id}'; did you mean '{suggestion}'?",
      "det finnes ikke noe tilbud «{id}»; mente du «{suggestion}»?",
      "det finst ikkje noko tilbod «{id}»; meinte du «{suggestion}»?"}},
    {"tender.currency",
     {"'{value}' is not in {currency}, the currency of the case",
      "«{value}» er ikke i {currency}, valutaen i saken",
      "«{value}» er ikkje i {currency}, valutaen i saka"},
     {"tenders are compared in the case's currency: convert the price as the tender documents "
      "say",
      "tilbud sammenlignes i sakens valuta: regn om prisen slik konkurransegrunnlaget sier",
      "tilbod blir samanlikna i valutaen i saka: rekn om prisen slik konkurransegrunnlaget seier"}},
    {"tender.negative-quantity",
     {"the quantity '{value}' is negative", "mengden «{value}» er negativ",
      "mengda «{value}» er negativ"}},
    {"tender.price-too-large",
     {"the price schedule of '{id}' adds up to more than can be counted",
      "prisskjemaet til «{id}» summerer seg til mer enn som kan telles",
      "prisskjemaet til «{id}» summerer seg til meir enn det som kan teljast"}},
    {"tender.no-price",
     {"the tender '{id}' has no price", "tilbudet «{id}» har ingen pris",
      "tilbodet «{id}» har ingen pris"},
     {"give 'price' (the total) or 'price_schedule' (lines of quantity × unit price)",
      "oppgi «price» (totalen) eller «price_schedule» (linjer med mengde × enhetspris)",
      "oppgje «price» (totalen) eller «price_schedule» (linjer med mengd × einingspris)"}},
    {"tender.price-mismatch",
     {"the tender '{id}' states {stated}, but its price schedule adds up to {computed}; "
      "{computed} is evaluated",
      "tilbudet «{id}» oppgir {stated}, men prisskjemaet summerer seg til {computed}; "
      "{computed} blir evaluert",
      "tilbodet «{id}» oppgjev {stated}, men prisskjemaet summerer seg til {computed}; "
      "{computed} blir evaluert"},
     {"check the tender for an obvious error and record how it is handled",
      "sjekk tilbudet for åpenbare feil og noter hvordan det håndteres",
      "sjekk tilbodet for openberre feil og noter korleis det blir handtert"}},
    {"tender.same-supplier",
     {"the tender '{id}' comes from the same organisation ({number}) as '{other}'",
      "tilbudet «{id}» kommer fra samme organisasjon ({number}) som «{other}»",
      "tilbodet «{id}» kjem frå same organisasjon ({number}) som «{other}»"},
     {"unless alternative tenders are allowed, a supplier submits one tender",
      "med mindre alternative tilbud er tillatt, leverer en leverandør ett tilbud",
      "med mindre alternative tilbod er tillatne, leverer ein leverandør eitt tilbod"}},
    {"tender.schedule-twice",
     {"the tender '{id}' already has a price schedule, at {first}",
      "tilbudet «{id}» har allerede et prisskjema, i {first}",
      "tilbodet «{id}» har alt eit prisskjema, i {first}"},
     {"give a tender's price schedule in one place", "oppgi prisskjemaet til et tilbud på ett sted",
      "oppgje prisskjemaet til eit tilbod på éin stad"}},
    {"tender.answer-twice",
     {"the tender '{id}' already answers '{requirement}', at {first}",
      "tilbudet «{id}» har allerede svart på «{requirement}», i {first}",
      "tilbodet «{id}» har alt svart på «{requirement}», i {first}"}},

    // Qualification
    {"qualification.unknown-requirement",
     {"the case has no qualification requirement '{id}'",
      "saken har ikke noe kvalifikasjonskrav «{id}»",
      "saka har ikkje noko kvalifikasjonskrav «{id}»"},
     {"the requirements are listed under 'qualification:' in case.yaml",
      "kravene står under «qualification:» i case.yaml",
      "krava står under «qualification:» i case.yaml"}},
    {"qualification.unknown-requirement-suggest",
     {"the case has no qualification requirement '{id}'; did you mean '{suggestion}'?",
      "saken har ikke noe kvalifikasjonskrav «{id}»; mente du «{suggestion}»?",
      "saka har ikkje noko kvalifikasjonskrav «{id}»; meinte du «{suggestion}»?"}},
    {"qualification.no-reason",
     {"the supplier behind tender '{tender}' does not meet '{requirement}', but no reason is "
      "written",
      "leverandøren bak tilbudet «{tender}» oppfyller ikke «{requirement}», men ingen begrunnelse "
      "er skrevet",
      "leverandøren bak tilbodet «{tender}» oppfyller ikkje «{requirement}», men inga grunngjeving "
      "er skriven"},
     {"a rejection must give its reasons: add 'reason'",
      "en avvisning må begrunnes: legg til «reason»",
      "ei avvising må grunngjevast: legg til «reason»"},
     "FOA § 24-2"},
    {"qualification.twice",
     {"'{requirement}' of the tender '{tender}' is assessed twice; first at {first}",
      "«{requirement}» for tilbudet «{tender}» er vurdert to ganger; først i {first}",
      "«{requirement}» for tilbodet «{tender}» er vurdert to gonger; først i {first}"}},
    {"qualification.missing",
     {"the tender '{tender}' has no verdict on the requirement '{requirement}'",
      "tilbudet «{tender}» mangler vurdering av kravet «{requirement}»",
      "tilbodet «{tender}» manglar vurdering av kravet «{requirement}»"},
     {"write '{requirement}: pass', or a 'fail' with a reason, under 'qualification:'",
      "skriv «{requirement}: pass», eller «fail» med begrunnelse, under «qualification:»",
      "skriv «{requirement}: pass», eller «fail» med grunngjeving, under «qualification:»"}},

    // Scores
    {"score.unknown-criterion",
     {"'{id}' is not a criterion that evaluators score",
      "«{id}» er ikke et kriterium som evalueres med poeng",
      "«{id}» er ikkje eit kriterium som blir evaluert med poeng"},
     {"evaluators score the quality criteria that have no sub-criteria",
      "evaluatorene gir poeng på kvalitetskriteriene som ikke har underkriterier",
      "evaluatorane gjev poeng på kvalitetskriteria som ikkje har underkriterium"}},
    {"score.unknown-criterion-suggest",
     {"'{id}' is not a criterion that evaluators score; did you mean '{suggestion}'?",
      "«{id}» er ikke et kriterium som evalueres med poeng; mente du «{suggestion}»?",
      "«{id}» er ikkje eit kriterium som blir evaluert med poeng; meinte du «{suggestion}»?"}},
    {"score.price-not-scored",
     {"'{id}' is the price: the price model scores it, not the evaluators",
      "«{id}» er prisen: prismodellen gir poengene, ikke evaluatorene",
      "«{id}» er prisen: prismodellen gjev poenga, ikkje evaluatorane"}},
    {"score.not-a-leaf",
     {"'{id}' has sub-criteria: score those, and '{id}' is their weighted sum",
      "«{id}» har underkriterier: gi poeng på dem, så blir «{id}» den vektede summen",
      "«{id}» har underkriterium: gje poeng på dei, så blir «{id}» den vekta summen"}},
    {"score.unknown-evaluator",
     {"'{id}' is not an evaluator of the case", "«{id}» er ikke en evaluator i saken",
      "«{id}» er ikkje ein evaluator i saka"},
     {"the evaluators are listed under 'evaluators:' in case.yaml; the agreed score is "
      "'consensus'",
      "evaluatorene står under «evaluators:» i case.yaml; den omforente poengsummen er "
      "«consensus»",
      "evaluatorane står under «evaluators:» i case.yaml; den omforeinte poengsummen er "
      "«consensus»"}},
    {"score.unknown-evaluator-suggest",
     {"'{id}' is not an evaluator of the case; did you mean '{suggestion}'?",
      "«{id}» er ikke en evaluator i saken; mente du «{suggestion}»?",
      "«{id}» er ikkje ein evaluator i saka; meinte du «{suggestion}»?"}},
    {"score.consensus-in-average",
     {"a consensus score for '{tender}', but the case takes the average of the evaluators' scores",
      "en konsensuspoengsum for «{tender}», men saken bruker gjennomsnittet av evaluatorenes "
      "poeng",
      "ein konsensuspoengsum for «{tender}», men saka bruker gjennomsnittet av poenga til "
      "evaluatorane"},
     {"the method is fixed before the tenders are opened: keep to 'evaluator_scores' in case.yaml",
      "metoden ligger fast før tilbudene åpnes: hold deg til «evaluator_scores» i case.yaml",
      "metoden ligg fast før tilboda blir opna: hald deg til «evaluator_scores» i case.yaml"},
     "KOFA 2017/81"},
    {"score.no-score",
     {"'{evaluator}' gives no score on '{criterion}' for '{tender}'",
      "«{evaluator}» gir ingen poengsum på «{criterion}» for «{tender}»",
      "«{evaluator}» gjev ingen poengsum på «{criterion}» for «{tender}»"},
     {"write {score: 7, reason: ...}", "skriv {score: 7, reason: ...}",
      "skriv {score: 7, reason: ...}"}},
    {"score.outside-scale",
     {"the score {score} is outside the scale {min}-{max}",
      "poengsummen {score} er utenfor skalaen {min}-{max}",
      "poengsummen {score} er utanfor skalaen {min}-{max}"}},
    {"score.no-reason",
     {"the score of '{evaluator}' on '{criterion}' for '{tender}' has no written reason",
      "poengsummen fra «{evaluator}» på «{criterion}» for «{tender}» mangler skriftlig "
      "begrunnelse",
      "poengsummen frå «{evaluator}» på «{criterion}» for «{tender}» manglar skriftleg "
      "grunngjeving"},
     {"every score needs its reason: tenderers and complaint boards read them",
      "hver poengsum trenger sin begrunnelse: leverandører og klagenemnda leser dem",
      "kvar poengsum treng grunngjevinga si: leverandørar og klagenemnda les dei"},
     "FOA § 25-1"},
    {"score.twice",
     {"'{evaluator}' scores '{criterion}' for '{tender}' twice; first at {first}",
      "«{evaluator}» gir poeng på «{criterion}» for «{tender}» to ganger; først i {first}",
      "«{evaluator}» gjev poeng på «{criterion}» for «{tender}» to gonger; først i {first}"}},
    {"score.none",
     {"the tender '{tender}' has no scores yet", "tilbudet «{tender}» har ingen poeng ennå",
      "tilbodet «{tender}» har ingen poeng enno"},
     {"write them in evaluation/{tender}.yaml or evaluation/scores.csv",
      "skriv dem i evaluation/{tender}.yaml eller evaluation/scores.csv",
      "skriv dei i evaluation/{tender}.yaml eller evaluation/scores.csv"}},
    {"score.missing",
     {"'{evaluator}' has not scored '{criterion}' for '{tender}'",
      "«{evaluator}» har ikke gitt poeng på «{criterion}» for «{tender}»",
      "«{evaluator}» har ikkje gjeve poeng på «{criterion}» for «{tender}»"},
     {"every evaluator scores every quality criterion, each on their own",
      "hver evaluator gir poeng på hvert kvalitetskriterium, hver for seg",
      "kvar evaluator gjev poeng på kvart kvalitetskriterium, kvar for seg"}},
    {"score.no-consensus",
     {"'{criterion}' for '{tender}' has no consensus score",
      "«{criterion}» for «{tender}» mangler konsensuspoengsum",
      "«{criterion}» for «{tender}» manglar konsensuspoengsum"},
     {"the case scores by consensus: add 'consensus: {score: ..., reason: ...}'",
      "saken bruker konsensus: legg til «consensus: {score: ..., reason: ...}»",
      "saka bruker konsensus: legg til «consensus: {score: ..., reason: ...}»"}},
    {"score.no-evaluators",
     {"the case averages the evaluators' scores, but lists no evaluators",
      "saken bruker gjennomsnittet av evaluatorenes poeng, men oppgir ingen evaluatorer",
      "saka bruker gjennomsnittet av poenga til evaluatorane, men oppgjev ingen evaluatorar"},
     {"list them under 'evaluators:' in case.yaml", "før dem opp under «evaluators:» i case.yaml",
      "før dei opp under «evaluators:» i case.yaml"}},
    {"score.disagreement",
     {"the evaluators' scores on '{criterion}' for '{tender}' lie {spread} apart, more than "
      "{threshold} % of the scale",
      "evaluatorenes poeng på «{criterion}» for «{tender}» ligger {spread} fra hverandre, mer "
      "enn {threshold} % av skalaen",
      "poenga til evaluatorane på «{criterion}» for «{tender}» ligg {spread} frå kvarandre, "
      "meir enn {threshold} % av skalaen"},
     {"discuss the scores and record why they differ; the individual scores are kept",
      "drøft poengene og noter hvorfor de spriker; de individuelle poengene blir bevart",
      "drøft poenga og noter kvifor dei sprikar; dei individuelle poenga blir tekne vare på"},
     dfo_guide},

    // Opening
    {"opening.no-deadline",
     {"the timeline has no tender_deadline", "tidslinjen har ingen tender_deadline",
      "tidslinja har ingen tender_deadline"},
     {"add it with date and time: tender_deadline: 2018-05-31 12:00",
      "legg den til med dato og klokkeslett: tender_deadline: 2018-05-31 12:00",
      "legg han til med dato og klokkeslett: tender_deadline: 2018-05-31 12:00"}},
    {"opening.before-deadline",
     {"the tenders cannot be opened at {now}: the tender deadline is {deadline}",
      "tilbudene kan ikke åpnes {now}: tilbudsfristen er {deadline}",
      "tilboda kan ikkje opnast {now}: tilbodsfristen er {deadline}"},
     {"tenders are opened after the deadline; --now sets the time of opening",
      "tilbud åpnes etter fristen; --now angir tidspunktet for åpningen",
      "tilbod blir opna etter fristen; --now set tidspunktet for opninga"}},
    {"opening.missing",
     {"the tenders have not been opened: there is no {path}",
      "tilbudene er ikke åpnet: det finnes ingen {path}",
      "tilboda er ikkje opna: det finst ingen {path}"},
     {"open them first: procure-score open CASE", "åpne dem først: procure-score open SAK",
      "opne dei først: procure-score open SAK"}},
    {"opening.bad-digest",
     {"'{value}' is not a SHA-256 digest", "«{value}» er ikke en SHA-256-sjekksum",
      "«{value}» er ikkje ein SHA-256-sjekksum"},
     {"the opening protocol is written by procure-score open and is not edited by hand",
      "åpningsprotokollen skrives av procure-score open og redigeres ikke for hånd",
      "opningsprotokollen blir skriven av procure-score open og blir ikkje redigert for hand"}},
    {"opening.deadline-changed",
     {"the tender deadline was {recorded} when the tenders were opened, but the case now says "
      "{now}",
      "tilbudsfristen var {recorded} da tilbudene ble åpnet, men saken sier nå {now}",
      "tilbodsfristen var {recorded} då tilboda vart opna, men saka seier no {now}"},
     {"the deadline cannot move after opening: restore it in case.yaml",
      "fristen kan ikke flyttes etter åpning: sett den tilbake i case.yaml",
      "fristen kan ikkje flyttast etter opning: set han tilbake i case.yaml"}},
    {"opening.file-missing",
     {"{path} was there when the tenders were opened, but is gone",
      "{path} var der da tilbudene ble åpnet, men er borte",
      "{path} var der då tilboda vart opna, men er borte"},
     {"restore the file as it was received", "legg tilbake filen slik den ble mottatt",
      "legg tilbake fila slik ho vart motteken"}},
    {"opening.file-changed",
     {"{path} has changed since the tenders were opened (SHA-256 then {recorded}, now {now})",
      "{path} er endret etter at tilbudene ble åpnet (SHA-256 da {recorded}, nå {now})",
      "{path} er endra etter at tilboda vart opna (SHA-256 då {recorded}, no {now})"},
     {"a tender is evaluated as it was received: restore the file; corrections go in the "
      "evaluation",
      "et tilbud evalueres slik det ble mottatt: legg tilbake filen; rettelser hører hjemme i "
      "evalueringen",
      "eit tilbod blir evaluert slik det vart motteke: legg tilbake fila; rettingar høyrer "
      "heime i evalueringa"}},
    {"opening.not-opened",
     {"{path} was not there when the tenders were opened",
      "{path} var ikke der da tilbudene ble åpnet", "{path} var ikkje der då tilboda vart opna"},
     {"a tender that arrives after opening is late; move the file out of bids/",
      "et tilbud som kommer etter åpningen, er for sent; flytt filen ut av bids/",
      "eit tilbod som kjem etter opninga, er for seint; flytt fila ut av bids/"}},
    {"opening.empty",
     {"the opening protocol {path} is empty", "åpningsprotokollen {path} er tom",
      "opningsprotokollen {path} er tom"},
     {"procure-score open writes it at the opening (of the tenders or of the requests to "
      "participate), and no one edits it: restore it from a backup",
      "procure-score open skriver den ved åpningen (av tilbudene eller av forespørslene om å "
      "delta), og ingen redigerer den: legg den tilbake fra en sikkerhetskopi",
      "procure-score open skriv han ved opninga (av tilboda eller av førespurnadene om å delta), "
      "og ingen redigerer han: legg han tilbake frå ein tryggleikskopi"}},
    {"opening.too-large",
     {"an opening protocol of {tenders} tenders and {files} files would take {bytes} bytes and "
      "{nodes} YAML values, more than the {max_bytes} bytes and {max_nodes} values the tools read "
      "back: it is not written",
      "en åpningsprotokoll med {tenders} tilbud og {files} filer ville ta {bytes} byte og {nodes} "
      "YAML-verdier, mer enn de {max_bytes} bytene og {max_nodes} verdiene verktøyene leser: den "
      "blir ikke skrevet",
      "ein opningsprotokoll med {tenders} tilbod og {files} filer ville ta {bytes} byte og "
      "{nodes} YAML-verdiar, meir enn dei {max_bytes} bytane og {max_nodes} verdiane verktøya les: "
      "han blir ikkje skriven"},
     {"check that bids/ holds only this competition's tenders; tenders in one tenders.csv take "
      "the least room",
      "kontroller at bids/ bare har tilbudene i denne konkurransen; tilbud i én tenders.csv tar "
      "minst plass",
      "kontroller at bids/ berre har tilboda i denne konkurransen; tilbod i éi tenders.csv tek "
      "minst plass"}},
    {"opening.requests-too-large",
     {"an opening protocol of {tenders} requests to participate and {files} files would take "
      "{bytes} bytes and {nodes} YAML values, more than the {max_bytes} bytes and {max_nodes} "
      "values the tools read back: it is not written",
      "en åpningsprotokoll med {tenders} forespørsler om å delta og {files} filer ville ta {bytes} "
      "byte og {nodes} YAML-verdier, mer enn de {max_bytes} bytene og {max_nodes} verdiene "
      "verktøyene leser: den blir ikke skrevet",
      "ein opningsprotokoll med {tenders} førespurnader om å delta og {files} filer ville ta "
      "{bytes} byte og {nodes} YAML-verdiar, meir enn dei {max_bytes} bytane og {max_nodes} "
      "verdiane verktøya les: han blir ikkje skriven"},
     {"check that requests/ holds only this competition's requests to participate, one file a "
      "candidate",
      "kontroller at requests/ bare har forespørslene om å delta i denne konkurransen, én fil per "
      "kandidat",
      "kontroller at requests/ berre har førespurnadene om å delta i denne konkurransen, éi fil "
      "per kandidat"}},
    {"opening.received-after-now",
     {"tender '{id}' says it was received at {received}, after the opening at {opened}",
      "tilbud «{id}» sier at det ble mottatt {received}, etter åpningen {opened}",
      "tilbod «{id}» seier at det vart motteke {received}, etter opninga {opened}"},
     {"no tender can be opened before it arrives: check its time received, or the time of "
      "opening given with --now",
      "ingen tilbud kan åpnes før det kommer: kontroller når det ble mottatt, eller "
      "åpningstidspunktet oppgitt med --now",
      "ingen tilbod kan opnast før det kjem: kontroller når det vart motteke, eller "
      "opningstidspunktet oppgjeve med --now"}},
    {"opening.opened-before-deadline",
     {"the opening protocol says the tenders were opened at {opened}, not after the tender "
      "deadline {deadline}",
      "åpningsprotokollen sier at tilbudene ble åpnet {opened}, ikke etter tilbudsfristen "
      "{deadline}",
      "opningsprotokollen seier at tilboda vart opna {opened}, ikkje etter tilbodsfristen "
      "{deadline}"},
     {"procure-score open never writes this: the protocol has been edited; open the tenders "
      "again after the deadline, or restore the protocol as it was written",
      "procure-score open skriver aldri dette: protokollen er redigert; åpne tilbudene på nytt "
      "etter fristen, eller legg tilbake protokollen slik den ble skrevet",
      "procure-score open skriv aldri dette: protokollen er redigert; opne tilboda på nytt etter "
      "fristen, eller legg tilbake protokollen slik han vart skriven"},
     "2014/24/EU art. 22(3)"},
    {"opening.received-after-opening",
     {"the opening protocol records tender '{id}' as received at {received}, after the opening "
      "at {opened}",
      "åpningsprotokollen oppgir at tilbud «{id}» ble mottatt {received}, etter åpningen {opened}",
      "opningsprotokollen oppgjev at tilbod «{id}» vart motteke {received}, etter opninga "
      "{opened}"},
     {"no tender can be opened before it is received: the protocol has been edited; restore it "
      "as procure-score open wrote it",
      "ingen tilbud kan åpnes før det er mottatt: protokollen er redigert; legg den tilbake slik "
      "procure-score open skrev den",
      "ingen tilbod kan opnast før det er motteke: protokollen er redigert; legg han tilbake slik "
      "procure-score open skreiv han"}},
    {"opening.late-not-marked",
     {"tender '{id}' was received at {received}, after the tender deadline {deadline}, but the "
      "opening protocol marks it on time",
      "tilbud «{id}» ble mottatt {received}, etter tilbudsfristen {deadline}, men "
      "åpningsprotokollen markerer det som rettidig",
      "tilbod «{id}» vart motteke {received}, etter tilbodsfristen {deadline}, men "
      "opningsprotokollen markerer det som rettidig"},
     {"a tender received after the deadline is late and is rejected: the protocol has been "
      "edited; restore it as procure-score open wrote it",
      "et tilbud mottatt etter fristen er for sent og avvises: protokollen er redigert; legg den "
      "tilbake slik procure-score open skrev den",
      "eit tilbod motteke etter fristen er for seint og blir avvist: protokollen er redigert; "
      "legg han tilbake slik procure-score open skreiv han"},
     "FOA § 24-8 (1) a"},
    {"opening.on-time-marked-late",
     {"tender '{id}' was received at {received}, by the tender deadline {deadline}, but the "
      "opening protocol marks it late",
      "tilbud «{id}» ble mottatt {received}, innen tilbudsfristen {deadline}, men "
      "åpningsprotokollen markerer det som for sent",
      "tilbod «{id}» vart motteke {received}, innan tilbodsfristen {deadline}, men "
      "opningsprotokollen markerer det som for seint"},
     {"the protocol has been edited; restore it as procure-score open wrote it",
      "protokollen er redigert; legg den tilbake slik procure-score open skrev den",
      "protokollen er redigert; legg han tilbake slik procure-score open skreiv han"}},
    {"opening.tender-differs",
     {"the opening protocol records {field} '{recorded}' for tender '{id}', but its sealed file "
      "now gives '{now}'",
      "åpningsprotokollen oppgir {field} «{recorded}» for tilbud «{id}», men den forseglede filen "
      "gir nå «{now}»",
      "opningsprotokollen oppgjev {field} «{recorded}» for tilbod «{id}», men den forsegla fila "
      "gjev no «{now}»"},
     {"the files are unchanged, so the protocol has been edited; restore it as procure-score "
      "open wrote it",
      "filene er uendret, så protokollen er redigert; legg den tilbake slik procure-score open "
      "skrev den",
      "filene er uendra, så protokollen er redigert; legg han tilbake slik procure-score open "
      "skreiv han"}},
    {"opening.file-twice",
     {"the opening protocol records {path} twice", "åpningsprotokollen oppgir {path} to ganger",
      "opningsprotokollen oppgjev {path} to gonger"},
     {"the protocol has been edited; restore it as procure-score open wrote it",
      "protokollen er redigert; legg den tilbake slik procure-score open skrev den",
      "protokollen er redigert; legg han tilbake slik procure-score open skreiv han"}},
    {"opening.tender-twice",
     {"the opening protocol records tender '{id}' twice",
      "åpningsprotokollen oppgir tilbud «{id}» to ganger",
      "opningsprotokollen oppgjev tilbod «{id}» to gonger"},
     {"the protocol has been edited; restore it as procure-score open wrote it",
      "protokollen er redigert; legg den tilbake slik procure-score open skrev den",
      "protokollen er redigert; legg han tilbake slik procure-score open skreiv han"}},
    {"opening.tender-not-found",
     {"the opening protocol records tender '{id}', but no sealed file holds it",
      "åpningsprotokollen oppgir tilbud «{id}», men ingen forseglet fil har det",
      "opningsprotokollen oppgjev tilbod «{id}», men inga forsegla fil har det"},
     {"the files are unchanged, so the protocol has been edited; restore it as procure-score "
      "open wrote it",
      "filene er uendret, så protokollen er redigert; legg den tilbake slik procure-score open "
      "skrev den",
      "filene er uendra, så protokollen er redigert; legg han tilbake slik procure-score open "
      "skreiv han"}},
    {"opening.tender-not-recorded",
     {"tender '{id}' is in a sealed file, but the opening protocol does not record it",
      "tilbud «{id}» står i en forseglet fil, men åpningsprotokollen oppgir det ikke",
      "tilbod «{id}» står i ei forsegla fil, men opningsprotokollen oppgjev det ikkje"},
     {"the files are unchanged, so the protocol has been edited; restore it as procure-score "
      "open wrote it",
      "filene er uendret, så protokollen er redigert; legg den tilbake slik procure-score open "
      "skrev den",
      "filene er uendra, så protokollen er redigert; legg han tilbake slik procure-score open "
      "skreiv han"}},
    // Opening the requests to participate (procure-score open --requests)
    {"opening.no-prequalification",
     {"the case has no prequalification (stages: prequalification), so it has no requests to "
      "participate to open",
      "saken har ingen prekvalifisering (stages: prequalification), så den har ingen "
      "forespørsler om å delta å åpne",
      "saka har inga prekvalifisering (stages: prequalification), så ho har ingen "
      "førespurnader om å delta å opne"},
     {"open the tenders without --requests; see docs/procedures.md",
      "åpne tilbudene uten --requests; se docs/procedures.md",
      "opne tilboda utan --requests; sjå docs/procedures.md"}},
    {"opening.no-participation-deadline",
     {"the timeline has no participation_deadline", "tidslinjen har ingen participation_deadline",
      "tidslinja har ingen participation_deadline"},
     {"add it with date and time: participation_deadline: 2025-04-03 12:00",
      "legg den til med dato og klokkeslett: participation_deadline: 2025-04-03 12:00",
      "legg han til med dato og klokkeslett: participation_deadline: 2025-04-03 12:00"}},
    {"opening.no-requests",
     {"there are no requests to participate in {path}",
      "det finnes ingen forespørsler om å delta i {path}",
      "det finst ingen førespurnader om å delta i {path}"},
     {"put one file a candidate there (<id>.yaml); see docs/procedures.md",
      "legg én fil per kandidat der (<id>.yaml); se docs/procedures.md",
      "legg éi fil per kandidat der (<id>.yaml); sjå docs/procedures.md"}},
    {"opening.requests-before-deadline",
     {"the requests to participate cannot be opened at {now}: the deadline for them is "
      "{deadline}",
      "forespørslene om å delta kan ikke åpnes {now}: fristen for dem er {deadline}",
      "førespurnadene om å delta kan ikkje opnast {now}: fristen for dei er {deadline}"},
     {"requests are opened after the deadline; --now sets the time of opening",
      "forespørsler åpnes etter fristen; --now angir tidspunktet for åpningen",
      "førespurnader blir opna etter fristen; --now set tidspunktet for opninga"},
     "2014/24/EU art. 22(3)"},
    {"opening.request-received-after-now",
     {"request to participate '{id}' says it was received at {received}, after the opening at "
      "{opened}",
      "forespørsel om å delta «{id}» sier at den ble mottatt {received}, etter åpningen {opened}",
      "førespurnad om å delta «{id}» seier at han vart motteken {received}, etter opninga "
      "{opened}"},
     {"no request can be opened before it arrives: check its time received, or the time of "
      "opening given with --now",
      "ingen forespørsel kan åpnes før den kommer: kontroller når den ble mottatt, eller "
      "åpningstidspunktet oppgitt med --now",
      "ingen førespurnad kan opnast før han kjem: kontroller når han vart motteken, eller "
      "opningstidspunktet oppgjeve med --now"}},
    {"opening.requests-opened-before-deadline",
     {"the requests' opening protocol says they were opened at {opened}, not after the deadline "
      "{deadline}",
      "åpningsprotokollen for forespørslene sier at de ble åpnet {opened}, ikke etter fristen "
      "{deadline}",
      "opningsprotokollen for førespurnadene seier at dei vart opna {opened}, ikkje etter fristen "
      "{deadline}"},
     {"procure-score open never writes this: the protocol has been edited; restore it as it was "
      "written",
      "procure-score open skriver aldri dette: protokollen er redigert; legg den tilbake slik den "
      "ble skrevet",
      "procure-score open skriv aldri dette: protokollen er redigert; legg han tilbake slik han "
      "vart skriven"},
     "2014/24/EU art. 22(3)"},
    {"opening.request-received-after-opening",
     {"the requests' opening protocol records request '{id}' as received at {received}, after "
      "the opening at {opened}",
      "åpningsprotokollen for forespørslene oppgir at forespørsel «{id}» ble mottatt {received}, "
      "etter åpningen {opened}",
      "opningsprotokollen for førespurnadene oppgjev at førespurnad «{id}» vart motteken "
      "{received}, etter opninga {opened}"},
     {"no request can be opened before it is received: the protocol has been edited; restore it "
      "as procure-score open wrote it",
      "ingen forespørsel kan åpnes før den er mottatt: protokollen er redigert; legg den tilbake "
      "slik procure-score open skrev den",
      "ingen førespurnad kan opnast før han er motteken: protokollen er redigert; legg han "
      "tilbake slik procure-score open skreiv han"}},
    {"opening.request-late-not-marked",
     {"request '{id}' was received at {received}, after the deadline {deadline}, but the "
      "requests' opening protocol marks it on time",
      "forespørsel «{id}» ble mottatt {received}, etter fristen {deadline}, men "
      "åpningsprotokollen for forespørslene markerer den som rettidig",
      "førespurnad «{id}» vart motteken {received}, etter fristen {deadline}, men "
      "opningsprotokollen for førespurnadene markerer han som rettidig"},
     {"a request received after the deadline is late and is rejected: the protocol has been "
      "edited; restore it as procure-score open wrote it",
      "en forespørsel mottatt etter fristen er for sen og avvises: protokollen er redigert; legg "
      "den tilbake slik procure-score open skrev den",
      "ein førespurnad motteken etter fristen er for sein og blir avvist: protokollen er "
      "redigert; legg han tilbake slik procure-score open skreiv han"},
     "2014/24/EU art. 28(1), 29(1)"},
    {"opening.request-on-time-marked-late",
     {"request '{id}' was received at {received}, by the deadline {deadline}, but the requests' "
      "opening protocol marks it late",
      "forespørsel «{id}» ble mottatt {received}, innen fristen {deadline}, men "
      "åpningsprotokollen for forespørslene markerer den som for sen",
      "førespurnad «{id}» vart motteken {received}, innan fristen {deadline}, men "
      "opningsprotokollen for førespurnadene markerer han som for sein"},
     {"the protocol has been edited; restore it as procure-score open wrote it",
      "protokollen er redigert; legg den tilbake slik procure-score open skrev den",
      "protokollen er redigert; legg han tilbake slik procure-score open skreiv han"}},
    {"opening.participation-deadline-changed",
     {"the deadline for requests to participate was {recorded} when they were opened, but the "
      "case now says {now}",
      "fristen for forespørsler om å delta var {recorded} da de ble åpnet, men saken sier nå "
      "{now}",
      "fristen for førespurnader om å delta var {recorded} då dei vart opna, men saka seier no "
      "{now}"},
     {"the deadline cannot move after opening: restore it in case.yaml",
      "fristen kan ikke flyttes etter åpning: sett den tilbake i case.yaml",
      "fristen kan ikkje flyttast etter opning: set han tilbake i case.yaml"}},
    {"opening.request-file-missing",
     {"{path} was there when the requests to participate were opened, but is gone",
      "{path} var der da forespørslene om å delta ble åpnet, men er borte",
      "{path} var der då førespurnadene om å delta vart opna, men er borte"},
     {"restore the file as it was received", "legg tilbake filen slik den ble mottatt",
      "legg tilbake fila slik ho vart motteken"}},
    {"opening.request-file-changed",
     {"{path} has changed since the requests to participate were opened (SHA-256 then "
      "{recorded}, now {now})",
      "{path} er endret etter at forespørslene om å delta ble åpnet (SHA-256 da {recorded}, nå "
      "{now})",
      "{path} er endra etter at førespurnadene om å delta vart opna (SHA-256 då {recorded}, no "
      "{now})"},
     {"a request is qualified as it was received: restore the file; corrections go in the "
      "qualification",
      "en forespørsel kvalifiseres slik den ble mottatt: legg tilbake filen; rettelser hører "
      "hjemme i kvalifiseringen",
      "ein førespurnad blir kvalifisert slik han vart motteken: legg tilbake fila; rettingar "
      "høyrer heime i kvalifiseringa"}},
    {"opening.request-not-opened",
     {"{path} was not there when the requests to participate were opened",
      "{path} var ikke der da forespørslene om å delta ble åpnet",
      "{path} var ikkje der då førespurnadene om å delta vart opna"},
     {"a request that arrives after opening is late; move the file out of requests/",
      "en forespørsel som kommer etter åpningen, er for sen; flytt filen ut av requests/",
      "ein førespurnad som kjem etter opninga, er for sein; flytt fila ut av requests/"}},
    {"opening.request-differs",
     {"the requests' opening protocol records {field} '{recorded}' for request '{id}', but its "
      "sealed file now gives '{now}'",
      "åpningsprotokollen for forespørslene oppgir {field} «{recorded}» for forespørsel «{id}», "
      "men den forseglede filen gir nå «{now}»",
      "opningsprotokollen for førespurnadene oppgjev {field} «{recorded}» for førespurnad "
      "«{id}», men den forsegla fila gjev no «{now}»"},
     {"the files are unchanged, so the protocol has been edited; restore it as procure-score "
      "open wrote it",
      "filene er uendret, så protokollen er redigert; legg den tilbake slik procure-score open "
      "skrev den",
      "filene er uendra, så protokollen er redigert; legg han tilbake slik procure-score open "
      "skreiv han"}},
    {"opening.request-file-twice",
     {"the requests' opening protocol records {path} twice",
      "åpningsprotokollen for forespørslene oppgir {path} to ganger",
      "opningsprotokollen for førespurnadene oppgjev {path} to gonger"},
     {"the protocol has been edited; restore it as procure-score open wrote it",
      "protokollen er redigert; legg den tilbake slik procure-score open skrev den",
      "protokollen er redigert; legg han tilbake slik procure-score open skreiv han"}},
    {"opening.request-twice",
     {"the requests' opening protocol records request '{id}' twice",
      "åpningsprotokollen for forespørslene oppgir forespørsel «{id}» to ganger",
      "opningsprotokollen for førespurnadene oppgjev førespurnad «{id}» to gonger"},
     {"the protocol has been edited; restore it as procure-score open wrote it",
      "protokollen er redigert; legg den tilbake slik procure-score open skrev den",
      "protokollen er redigert; legg han tilbake slik procure-score open skreiv han"}},
    {"opening.request-not-found",
     {"the requests' opening protocol records request '{id}', but no sealed file holds it",
      "åpningsprotokollen for forespørslene oppgir forespørsel «{id}», men ingen forseglet fil "
      "har den",
      "opningsprotokollen for førespurnadene oppgjev førespurnad «{id}», men inga forsegla fil "
      "har han"},
     {"the files are unchanged, so the protocol has been edited; restore it as procure-score "
      "open wrote it",
      "filene er uendret, så protokollen er redigert; legg den tilbake slik procure-score open "
      "skrev den",
      "filene er uendra, så protokollen er redigert; legg han tilbake slik procure-score open "
      "skreiv han"}},
    {"opening.request-not-recorded",
     {"request '{id}' is in a sealed file, but the requests' opening protocol does not record "
      "it",
      "forespørsel «{id}» står i en forseglet fil, men åpningsprotokollen for forespørslene "
      "oppgir den ikke",
      "førespurnad «{id}» står i ei forsegla fil, men opningsprotokollen for førespurnadene "
      "oppgjev han ikkje"},
     {"the files are unchanged, so the protocol has been edited; restore it as procure-score "
      "open wrote it",
      "filene er uendret, så protokollen er redigert; legg den tilbake slik procure-score open "
      "skrev den",
      "filene er uendra, så protokollen er redigert; legg han tilbake slik procure-score open "
      "skreiv han"}},

    // Evaluation and ranking
    {"evaluation.no-award",
     {"{path} has no award criteria to evaluate the tenders by",
      "{path} har ingen tildelingskriterier å evaluere tilbudene etter",
      "{path} har ingen tildelingskriterium å evaluere tilboda etter"},
     {"add an 'award:' section; see docs/case-format.md",
      "legg til en «award:»-del; se docs/case-format.md",
      "legg til ein «award:»-del; sjå docs/case-format.md"}},
    {"evaluation.no-valid-tender",
     {"every tender is rejected: there is no tender to award the contract to",
      "alle tilbudene er avvist: det finnes ikke noe tilbud å tildele kontrakten til",
      "alle tilboda er avviste: det finst ikkje noko tilbod å tildele kontrakten til"}},
    {"tie.unresolved",
     {"the tenders {tenders} are tied for rank {rank} after every tie-break rule",
      "tilbudene {tenders} står likt på plass {rank} etter alle reglene for å skille like tilbud",
      "tilboda {tenders} står likt på plass {rank} etter alle reglane for å skilje like tilbod"},
     {"the tool does not draw lots: draw them with witnesses and record the result",
      "verktøyet trekker ikke lodd: trekk lodd med vitner og noter resultatet",
      "verktøyet trekkjer ikkje lodd: trekk lodd med vitne og noter resultatet"}},
    {"robustness.rank-reversal",
     {"without the tender '{removed}', '{behind}' would rank above '{ahead}' (places changed: "
      "{changes})",
      "uten tilbudet «{removed}» ville «{behind}» blitt rangert over «{ahead}» (plasser endret: "
      "{changes})",
      "utan tilbodet «{removed}» ville «{behind}» blitt rangert over «{ahead}» (plassar endra: "
      "{changes})"},
     {"the price model or relative scoring depends on the other tenders; say so in the "
      "evaluation report",
      "prismodellen eller den relative poenggivingen avhenger av de andre tilbudene; si det i "
      "evalueringsrapporten",
      "prismodellen eller den relative poenggjevinga avheng av dei andre tilboda; sei det i "
      "evalueringsrapporten"},
     dfo_guide},

    // Grounds for rejection, cited in results and letters.
    {"reject.late",
     {"received {received}, after the tender deadline {deadline}",
      "mottatt {received}, etter tilbudsfristen {deadline}",
      "motteke {received}, etter tilbodsfristen {deadline}"},
     {"a tender received after the deadline, even by a second, shall be rejected",
      "tilbud som mottas etter fristen, selv ett sekund for sent, skal avvises",
      "tilbod som blir mottekne etter fristen, sjølv eitt sekund for seint, skal avvisast"},
     "FOA § 24-8 (1) a"},
    {"reject.qualification",
     {"the supplier does not meet the qualification requirement '{requirement}': {reason}",
      "leverandøren oppfyller ikke kvalifikasjonskravet «{requirement}»: {reason}",
      "leverandøren oppfyller ikkje kvalifikasjonskravet «{requirement}»: {reason}"},
     {},
     "FOA § 24-2"},
    {"reject.below-min-score",
     {"scores {score} on '{criterion}', below the minimum of {min}",
      "får {score} poeng på «{criterion}», under minstekravet {min}",
      "får {score} poeng på «{criterion}», under minstekravet {min}"},
     {},
     "FOA § 24-8"},
};

}  // namespace

const MessageTable evaluation_messages{table};

}  // namespace procure
