// Messages about eForms notices, and the sentences notices carry.
#include "procure/message_tables.hpp"

namespace procure {
namespace {

constexpr MessageDef table[] = {
    {"notice.national-in-english",
     {"Doffin takes a national notice only with a Norwegian language, and this one would be in "
      "English alone",
      "Doffin tar bare imot en nasjonal kunngjøring på norsk, og denne ville vært bare på "
      "engelsk",
      "Doffin tek berre imot ei nasjonal kunngjering på norsk, og denne ville vore berre på "
      "engelsk"},
     {"write it with --lang nb or --lang nn; --customization eforms writes the plain eForms "
      "notice in English",
      "skriv den med --lang nb eller --lang nn; --customization eforms skriver den vanlige "
      "eForms-kunngjøringen på engelsk",
      "skriv ho med --lang nb eller --lang nn; --customization eforms skriv den vanlege "
      "eForms-kunngjeringa på engelsk"},
     "DFØ eforms-nor, EFORMS-NOR-NATIONAL-LG-R001B"},
    {"notice.climate-rule-not-met",
     {"Doffin takes a national notice only when it says how the procurement meets FOA § 7-9, and "
      "the award criteria that weigh climate and environment count for {share} % with no other "
      "way stated",
      "Doffin tar bare imot en nasjonal kunngjøring som sier hvordan anskaffelsen oppfyller FOA "
      "§ 7-9, og tildelingskriteriene som vekter klima og miljø, teller {share} % uten at noen "
      "annen måte er oppgitt",
      "Doffin tek berre imot ei nasjonal kunngjering som seier korleis anskaffinga oppfyller FOA "
      "§ 7-9, og tildelingskriteria som vektar klima og miljø, tel {share} % utan at nokon annan "
      "måte er oppgitt"},
     {"mark criteria of 30 % or more with climate_and_environment: true, or state '{key}' (by, "
      "reason); procure check says the same",
      "merk kriterier på 30 % eller mer med climate_and_environment: true, eller oppgi «{key}» "
      "(by, reason); procure check sier det samme",
      "merk kriterium på 30 % eller meir med climate_and_environment: true, eller oppgje «{key}» "
      "(by, reason); procure check seier det same"},
     "FOA § 7-9; DFØ eforms-nor, EFORMS-NOR-NATIONAL-EC-R001B–D"},
    {"notice.deadline-passed",
     {"the contract notice would be sent on {issued}, when the tender deadline {deadline} is "
      "past or at hand",
      "kunngjøringen av konkurranse ville blitt sendt {issued}, når tilbudsfristen {deadline} er "
      "passert eller nådd",
      "kunngjeringa av konkurranse ville blitt send {issued}, når tilbodsfristen {deadline} er "
      "passert eller nådd"},
     {"move 'tender_deadline' later, or send the notice earlier (--now)",
      "flytt «tender_deadline» senere, eller send kunngjøringen tidligere (--now)",
      "flytt «tender_deadline» seinare, eller send kunngjeringa tidlegare (--now)"}},
    {"notice.lot-values-differ",
     {"Doffin takes a national notice only when the estimated value ({value}) is the sum of the "
      "lots' values ({sum})",
      "Doffin tar bare imot en nasjonal kunngjøring når den anslåtte verdien ({value}) er summen "
      "av delkontraktenes verdier ({sum})",
      "Doffin tek berre imot ei nasjonal kunngjering når den anslåtte verdien ({value}) er summen "
      "av verdiane til delkontraktane ({sum})"},
     {"the value counts every lot, options included (FOA § 5-4): make 'estimated_value' the sum, "
      "or correct the lot that is wrong",
      "verdien teller alle delkontraktene, med opsjoner (FOA § 5-4): sett «estimated_value» til "
      "summen, eller rett delkontrakten som er feil",
      "verdien tel alle delkontraktane, med opsjonar (FOA § 5-4): set «estimated_value» til "
      "summen, eller rett delkontrakten som er feil"},
     "DFØ eforms-nor, EFORMS-NOR-NATIONAL-VA-R001B, -R001C"},
    {"notice.missing-term",
     {"the {notice} notice needs {bt}, which comes from '{key}' in case.yaml, and the case has "
      "none",
      "kunngjøringen ({notice}) trenger {bt}, som hentes fra «{key}» i case.yaml, og saken har "
      "ingen",
      "kunngjeringa ({notice}) treng {bt}, som blir henta frå «{key}» i case.yaml, og saka har "
      "ingen"},
     {"add '{key}' to case.yaml; docs/notices.md lists the keys each business term comes from",
      "legg til «{key}» i case.yaml; docs/notices.md viser hvilke nøkler hvert forretningsbegrep "
      "hentes fra",
      "legg til «{key}» i case.yaml; docs/notices.md viser kva nøklar kvart forretningsomgrep "
      "blir henta frå"}},
    {"notice.winner-size-differs",
     {"tender {tender} ({file}) gives the size of {supplier} as '{size}', and records.winner_size "
      "as '{recorded}'",
      "tilbudet {tender} ({file}) oppgir størrelsen til {supplier} som «{size}», og "
      "records.winner_size som «{recorded}»",
      "tilbodet {tender} ({file}) oppgjev storleiken til {supplier} som «{size}», og "
      "records.winner_size som «{recorded}»"},
     {"correct the one that is wrong: the contract award notice gives the winner's size (BT-165) "
      "as the supplier declared it in its tender",
      "rett det som er feil: kunngjøringen av kontraktstildeling oppgir vinnerens størrelse "
      "(BT-165) slik leverandøren erklærte den i tilbudet",
      "rett det som er feil: kunngjeringa av kontraktstildeling oppgjev storleiken til vinnaren "
      "(BT-165) slik leverandøren erklærte han i tilbodet"},
     "eForms BT-165; Commission Recommendation 2003/361/EC"},
    {"notice.winner-sizes-differ",
     {"{supplier} won more than one lot, and its tenders give its size as '{size}' (tender "
      "{tender}) and '{other_size}' (tender {other_tender})",
      "{supplier} vant mer enn én delkontrakt, og tilbudene oppgir størrelsen som «{size}» "
      "(tilbudet {tender}) og «{other_size}» (tilbudet {other_tender})",
      "{supplier} vann meir enn éin delkontrakt, og tilboda oppgjev storleiken som «{size}» "
      "(tilbodet {tender}) og «{other_size}» (tilbodet {other_tender})"},
     {"a supplier has one size in the contract award notice (BT-165): correct the tender that "
      "gives it wrong",
      "en leverandør har én størrelse i kunngjøringen av kontraktstildeling (BT-165): rett "
      "tilbudet som oppgir den feil",
      "ein leverandør har éin storleik i kunngjeringa av kontraktstildeling (BT-165): rett "
      "tilbodet som oppgjev han feil"},
     "eForms BT-165; Commission Recommendation 2003/361/EC"},
    {"notice.winner-size-for-several",
     {"records.winner_size gives one size, and {count} suppliers won lots",
      "records.winner_size oppgir én størrelse, og {count} leverandører vant delkontrakter",
      "records.winner_size oppgjev éin storleik, og {count} leverandørar vann delkontraktar"},
     {"give each winner's size in its tender, as the supplier declared it (supplier.size in a bid "
      "file, the column supplier_size in a table: micro, small, medium or large); "
      "records.winner_size is for a case with one winner",
      "oppgi hver vinners størrelse i tilbudet, slik leverandøren erklærte den (supplier.size i "
      "en tilbudsfil, kolonnen supplier_size i en tabell: micro, small, medium eller large); "
      "records.winner_size er for en sak med én vinner",
      "oppgje storleiken til kvar vinnar i tilbodet, slik leverandøren erklærte han (supplier.size "
      "i ei tilbodsfil, kolonnen supplier_size i ein tabell: micro, small, medium eller large); "
      "records.winner_size er for ei sak med éin vinnar"},
     "eForms BT-165"},
    {"notice.winner-size-missing",
     {"the contract award notice needs the size of the winner {supplier} (BT-165), and neither "
      "its tender {tender} ({file}) nor case.yaml gives it",
      "kunngjøringen av kontraktstildeling trenger størrelsen til vinneren {supplier} (BT-165), "
      "og verken tilbudet {tender} ({file}) eller case.yaml oppgir den",
      "kunngjeringa av kontraktstildeling treng storleiken til vinnaren {supplier} (BT-165), og "
      "verken tilbodet {tender} ({file}) eller case.yaml oppgjev han"},
     {"give it in the tender, as the supplier declared it (supplier.size in a bid file, the "
      "column supplier_size in a table: micro, small, medium or large); in a case with one "
      "winner, records.winner_size in case.yaml does too",
      "oppgi den i tilbudet, slik leverandøren erklærte den (supplier.size i en tilbudsfil, "
      "kolonnen supplier_size i en tabell: micro, small, medium eller large); i en sak med én "
      "vinner holder også records.winner_size i case.yaml",
      "oppgje han i tilbodet, slik leverandøren erklærte han (supplier.size i ei tilbodsfil, "
      "kolonnen supplier_size i ein tabell: micro, small, medium eller large); i ei sak med éin "
      "vinnar held også records.winner_size i case.yaml"},
     "eForms BT-165"},
    {"notice.text-needed",
     {"procure notice {notice} takes {bt} from '{key}', which has no text in '{language}': the "
      "notice is written in {languages}",
      "procure notice {notice} henter {bt} fra «{key}», som ikke har tekst på «{language}»: "
      "kunngjøringen skrives på {languages}",
      "procure notice {notice} hentar {bt} frå «{key}», som ikkje har tekst på «{language}»: "
      "kunngjeringa blir skriven på {languages}"},
     {"add the '{language}' text to '{key}' before the notice is sent: a notice above the EEA "
      "threshold goes on to TED, which takes only the EU's official languages, so it is "
      "written in English (BR-BT-00702-0103), and Doffin asks every notice for "
      "Norwegian as well (EFORMS-NOR-R006); a national notice is written in Norwegian",
      "legg til teksten for «{language}» i «{key}» før kunngjøringen sendes: en kunngjøring "
      "over EØS-terskelen går videre til TED, som bare tar EUs offisielle språk, så den skrives "
      "på engelsk (BR-BT-00702-0103), og Doffin krever norsk i "
      "hver kunngjøring i tillegg (EFORMS-NOR-R006); en nasjonal kunngjøring skrives på norsk",
      "legg til teksten for «{language}» i «{key}» før kunngjeringa blir send: ei kunngjering "
      "over EØS-terskelen går vidare til TED, som berre tek EU sine offisielle språk, så ho blir "
      "skriven på engelsk (BR-BT-00702-0103), og Doffin krev norsk i kvar "
      "kunngjering i tillegg (EFORMS-NOR-R006); ei nasjonal kunngjering blir skriven på norsk"}},
    {"notice.text-missing",
     {"{bt} comes from '{key}', which has no text in a language of the notice ({language})",
      "{bt} hentes fra «{key}», som ikke har tekst på et av kunngjøringens språk ({language})",
      "{bt} blir henta frå «{key}», som ikkje har tekst på eitt av språka til kunngjeringa "
      "({language})"},
     {"add the '{language}' text to '{key}'; a notice for TED (above the EEA threshold) is "
      "written in English, and for Doffin in Norwegian too (--customization eforms: English "
      "alone)",
      "legg til teksten for «{language}» i «{key}»; en kunngjøring til TED (over EØS-terskelen) "
      "skrives på engelsk, og for Doffin også på norsk (--customization eforms: bare engelsk)",
      "legg til teksten for «{language}» i «{key}»; ei kunngjering til TED (over EØS-terskelen) "
      "blir skriven på engelsk, og for Doffin òg på norsk (--customization eforms: berre "
      "engelsk)"}},
    {"notice.planned-date-passed",
     {"the prior information notice announces the contract notice ({bt}) for {date}, which is not "
      "after the notice's own day ({issued})",
      "den veiledende kunngjøringen varsler kunngjøringen av konkurranse ({bt}) til {date}, som "
      "ikke er etter kunngjøringens egen dag ({issued})",
      "den rettleiande kunngjeringa varslar kunngjeringa av konkurranse ({bt}) til {date}, som "
      "ikkje er etter dagen til kunngjeringa sjølv ({issued})"},
     {"a prior information notice is sent before the contract notice: move 'notice_sent' later, "
      "or send the notice earlier (--now)",
      "en veiledende kunngjøring sendes før kunngjøringen av konkurranse: flytt «notice_sent» "
      "senere, eller send kunngjøringen tidligere (--now)",
      "ei rettleiande kunngjering blir send før kunngjeringa av konkurranse: flytt «notice_sent» "
      "seinare, eller send kunngjeringa tidlegare (--now)"}},
    {"notice.no-winner",
     {"the contract award notice needs the winner ({bt}), and the evaluation has none (no tender "
      "ranked first alone)",
      "kunngjøringen av kontraktstildeling trenger vinneren ({bt}), og evalueringen har ingen "
      "(ingen tilbud er alene rangert først)",
      "kunngjeringa av kontraktstildeling treng vinnaren ({bt}), og evalueringa har ingen (ikkje "
      "noko tilbod er åleine rangert først)"},
     {"run 'procure score rank' and settle the evaluation first",
      "kjør «procure score rank» og gjør evalueringen ferdig først",
      "køyr «procure score rank» og gjer evalueringa ferdig først"}},
    {"notice.no-regime",
     {"a notice needs the part of the regulation the case falls under, and the case is outside "
      "the procurement rules",
      "en kunngjøring trenger delen av forskriften saken hører under, og saken er utenfor "
      "anskaffelsesreglene",
      "ei kunngjering treng delen av forskrifta saka høyrer under, og saka er utanfor "
      "anskaffingsreglane"},
     {"a prize or a case outside the rules is not announced with an eForms notice",
      "en pris eller en sak utenfor reglene kunngjøres ikke med en eForms-kunngjøring",
      "ein pris eller ei sak utanfor reglane blir ikkje kunngjord med ei eForms-kunngjering"}},

    // Sentences written into notices, in the notice's language.
    {"doc.notice.climate",
     {"Climate and environment (FOA § 7-9)", "Klima- og miljøhensyn (FOA § 7-9)",
      "Klima- og miljøomsyn (FOA § 7-9)"}},
    {"doc.notice.meeting",
     {"{title}: {date} {time}, {place}.", "{title}: {date} {time}, {place}.",
      "{title}: {date} {time}, {place}."}},
    {"doc.notice.written-input",
     {"Written input by {deadline} to {to}.", "Skriftlige innspill innen {deadline} til {to}.",
      "Skriftlege innspel innan {deadline} til {to}."}},
    {"doc.notice.change",
     {"Changes to version {version} of this notice.",
      "Endringer i versjon {version} av denne kunngjøringen.",
      "Endringar i versjon {version} av denne kunngjeringa."}},
};

}  // namespace

const MessageTable notices_messages{table};

}  // namespace procure
