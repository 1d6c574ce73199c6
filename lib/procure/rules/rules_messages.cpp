// Messages of the rule checks and of the rule tables. A finding's rule and
// source come with it as the arguments `rule` and `source` (from the tables),
// so the texts here say what is wrong and what to do.
#include "procure/message_tables.hpp"

namespace procure {
namespace {

constexpr MessageDef table[] = {
    {"rules.duplicate-row",
     {"a second row for {what} takes effect on {date}", "en rad til for {what} gjelder fra {date}",
      "ei rad til for {what} gjeld frå {date}"},
     {"each kind of rule has one row per date it changes; remove or merge the extra row",
      "hver regel har én rad per dato den endres; fjern eller slå sammen den ekstra raden",
      "kvar regel har éi rad per dato han blir endra; fjern eller slå saman den ekstra rada"}},
    {"rules.text-without-language",
     {"this text is given in some languages, but not in '{lang}'",
      "denne teksten er gitt på noen språk, men ikke på «{lang}»",
      "denne teksten er gjeven på nokre språk, men ikkje på «{lang}»"},
     {"give it in en, nb and nn, or as one text: a citation or an address, the same in every "
      "language",
      "gi den på en, nb og nn, eller som én tekst: en henvisning eller en adresse, lik på alle "
      "språk",
      "gje han på en, nb og nn, eller som éin tekst: ei tilvising eller ei adresse, lik på alle "
      "språk"}},
    {"rules.maybe-in-force-not-before",
     {"maybe_in_force_from ({maybe}) is not before in_force_from ({date})",
      "maybe_in_force_from ({maybe}) er ikke før in_force_from ({date})",
      "maybe_in_force_from ({maybe}) er ikkje før in_force_from ({date})"},
     {"give the earliest day the row may have been in force, before its in_force_from",
      "oppgi den tidligste dagen raden kan ha gjeldt fra, før in_force_from",
      "oppgje den tidlegaste dagen rada kan ha gjeldt frå, før in_force_from"}},
    {"rules.duplicate-order",
     {"the milestone '{milestone}' has a second row", "milepælen «{milestone}» har en rad til",
      "milepælen «{milestone}» har ei rad til"},
     {"list all the milestones it follows in one row",
      "før opp alle milepælene den kommer etter i én rad",
      "før opp alle milepælane han kjem etter i éi rad"}},
    {"rules.regime-not-derived",
     {"the regime cannot be derived: the case has no estimated value",
      "regimet kan ikke utledes: saken har ingen anslått verdi",
      "regimet kan ikkje utleiast: saka har ingen anslått verdi"},
     {"add estimated_value (excluding VAT, all options included), or state the regime: I, II or "
      "III",
      "legg til estimated_value (ekskl. mva., alle opsjoner medregnet), eller oppgi regimet: I, II "
      "eller III",
      "legg til estimated_value (ekskl. mva., alle opsjonar medrekna), eller oppgje regimet: I, II "
      "eller III"}},
    {"rules.value-not-comparable",
     {"the estimated value {value} is in {currency}, but the thresholds are in "
      "{threshold_currency}: the regime cannot be checked",
      "den anslåtte verdien {value} er i {currency}, men terskelverdiene er i "
      "{threshold_currency}: regimet kan ikke kontrolleres",
      "den anslåtte verdien {value} er i {currency}, men terskelverdiane er i "
      "{threshold_currency}: regimet kan ikkje kontrollerast"},
     {"state estimated_value in {threshold_currency}, excluding VAT (all options included): "
      "estimated_value: {threshold_currency} 1 450 000",
      "oppgi estimated_value i {threshold_currency}, ekskl. mva. (alle opsjoner medregnet): "
      "estimated_value: {threshold_currency} 1 450 000",
      "oppgje estimated_value i {threshold_currency}, ekskl. mva. (alle opsjonar medrekna): "
      "estimated_value: {threshold_currency} 1 450 000"}},
    {"rules.no-rule-in-force",
     {"the rule tables have no rule for {what} in force on {date}",
      "regeltabellene har ingen regel for {what} som gjelder {date}",
      "regeltabellane har ingen regel for {what} som gjeld {date}"},
     {"no row of the tables holds it on that day (the shipped tables start on 1 January 2017, "
      "when the 2016 regulation took effect, and a row may start later): check it by hand, or "
      "give rule tables that hold it with --rules",
      "ingen rad i tabellene gjelder den dagen (de medfølgende tabellene begynner 1. januar 2017, "
      "da forskriften av 2016 trådte i kraft, og en rad kan begynne senere): kontroller for hånd, "
      "eller oppgi regeltabeller som har den, med --rules",
      "inga rad i tabellane gjeld den dagen (tabellane som følgjer med, byrjar 1. januar 2017, då "
      "forskrifta frå 2016 tok til å gjelde, og ei rad kan byrje seinare): kontroller for hand, "
      "eller oppgje regeltabellar som har han, med --rules"}},
    {"rules.regime-too-low",
     {"the case follows FOA part {stated}, but its estimated value {value} is at or above the "
      "threshold of {threshold} in force on {date}: part {derived} applies",
      "saken følger FOA del {stated}, men den anslåtte verdien {value} er lik eller over "
      "terskelverdien på {threshold} som gjelder {date}: del {derived} gjelder",
      "saka følgjer FOA del {stated}, men den anslåtte verdien {value} er lik eller over "
      "terskelverdien på {threshold} som gjeld {date}: del {derived} gjeld"},
     {"check the estimated value (excluding VAT, all options included); if it is right, run the "
      "procurement under part {derived}",
      "kontroller den anslåtte verdien (ekskl. mva., alle opsjoner medregnet); stemmer den, må "
      "anskaffelsen gjennomføres etter del {derived}",
      "kontroller den anslåtte verdien (ekskl. mva., alle opsjonar medrekna); stemmer han, må "
      "anskaffinga gjennomførast etter del {derived}"}},
    {"rules.regime-window",
     {"the notice window {window} spans a change of thresholds: sent on {first}, the case falls "
      "under FOA part {regime_first}; sent on {last}, under part {regime_last}",
      "kunngjøringsvinduet {window} spenner over en endring i terskelverdiene: sendt {first} "
      "faller saken under FOA del {regime_first}; sendt {last} under del {regime_last}",
      "kunngjeringsvindauget {window} spenner over ei endring i terskelverdiane: send {first} "
      "fell saka under FOA del {regime_first}; send {last} under del {regime_last}"},
     {"fix the day the notice is sent, or plan for the stricter part until it is fixed",
      "fastsett dagen kunngjøringen sendes, eller planlegg etter den strengeste delen til den er "
      "fastsatt",
      "fastset dagen kunngjeringa blir send, eller planlegg etter den strengaste delen til han er "
      "fastsett"}},
    {"rules.regime-change-day-unconfirmed",
     {"on {date} the thresholds in force from {from} may already apply, as early as {earliest} "
      "(the day they came into force is unconfirmed): the case would then fall under FOA part "
      "{regime_then}, not part {regime}",
      "{date} kan terskelverdiene som gjelder fra {from}, allerede gjelde, tidligst fra "
      "{earliest} (dagen de trådte i kraft, er ikke bekreftet): saken ville da falle under FOA "
      "del {regime_then}, ikke del {regime}",
      "{date} kan terskelverdiane som gjeld frå {from}, alt gjelde, tidlegast frå {earliest} "
      "(dagen dei tok til å gjelde, er ikkje stadfesta): saka ville då falle under FOA del "
      "{regime_then}, ikkje del {regime}"},
     {"check the day the change came into force (lovdata.no), or plan for the stricter part",
      "kontroller dagen endringen trådte i kraft (lovdata.no), eller planlegg etter den "
      "strengeste delen",
      "kontroller dagen endringa tok til å gjelde (lovdata.no), eller planlegg etter den "
      "strengaste delen"}},
    {"rules.pin-missing",
     {"the case says a prior information notice shortens the time limits, but its timeline lacks "
      "prior_information_notice or notice_sent",
      "saken sier at en veiledende kunngjøring forkorter fristene, men tidslinjen mangler "
      "prior_information_notice eller notice_sent",
      "saka seier at ei rettleiande kunngjering kortar ned fristane, men tidslinja manglar "
      "prior_information_notice eller notice_sent"},
     {"add both milestones; until then the full time limits apply",
      "legg til begge milepælene; til da gjelder de ordinære fristene",
      "legg til begge milepælane; til då gjeld dei ordinære fristane"}},
    {"rules.pin-too-late",
     {"the prior information notice ({pin_at}) comes only {days} days before the notice "
      "({notice_at}); it must be sent at least {min_days} days before to shorten the time limits",
      "den veiledende kunngjøringen ({pin_at}) kommer bare {days} dager før kunngjøringen "
      "({notice_at}); den må sendes minst {min_days} dager før for å forkorte fristene",
      "den rettleiande kunngjeringa ({pin_at}) kjem berre {days} dagar før kunngjeringa "
      "({notice_at}); ho må sendast minst {min_days} dagar før for å korte ned fristane"},
     {"the full time limits apply: plan the tender deadline by them",
      "de ordinære fristene gjelder: sett tilbudsfristen etter dem",
      "dei ordinære fristane gjeld: set tilbodsfristen etter dei"}},
    {"rules.pin-too-early",
     {"the prior information notice ({pin_at}) may come more than {max_months} months before the "
      "notice ({notice_at}); then it cannot shorten the time limits",
      "den veiledende kunngjøringen ({pin_at}) kan komme mer enn {max_months} måneder før "
      "kunngjøringen ({notice_at}); da kan den ikke forkorte fristene",
      "den rettleiande kunngjeringa ({pin_at}) kan kome meir enn {max_months} månader før "
      "kunngjeringa ({notice_at}); då kan ho ikkje korte ned fristane"},
     {"the full time limits apply: plan the tender deadline by them",
      "de ordinære fristene gjelder: sett tilbudsfristen etter dem",
      "dei ordinære fristane gjeld: set tilbodsfristen etter dei"}},
    {"rules.period-too-short",
     {"'{to}' ({to_at}) is too early: the minimum time limit of {days} days after '{from}' "
      "({from_day}) ends at the end of {last}",
      "«{to}» ({to_at}) er for tidlig: minimumsfristen på {days} dager etter «{from}» "
      "({from_day}) løper ut ved slutten av {last}",
      "«{to}» ({to_at}) er for tidleg: minimumsfristen på {days} dagar etter «{from}» "
      "({from_day}) går ut ved slutten av {last}"},
     {"set '{to}' to {last} 24:00 or later: with a time of day, on {next_day}, the next working "
      "day, or later",
      "sett «{to}» til {last} 24:00 eller senere: med klokkeslett, {next_day}, neste virkedag, "
      "eller senere",
      "set «{to}» til {last} 24:00 eller seinare: med klokkeslett, {next_day}, neste vyrkedag, "
      "eller seinare"}},
    {"rules.period-too-short-window",
     {"'{to}' ({to_at}) is too early: the minimum time limit of {days} days after '{from}', "
      "counted from {from_day}, the last day of its window {window}, ends at the end of {last}",
      "«{to}» ({to_at}) er for tidlig: minimumsfristen på {days} dager etter «{from}», regnet fra "
      "{from_day}, den siste dagen i vinduet {window}, løper ut ved slutten av {last}",
      "«{to}» ({to_at}) er for tidleg: minimumsfristen på {days} dagar etter «{from}», rekna frå "
      "{from_day}, den siste dagen i vindauget {window}, går ut ved slutten av {last}"},
     {"set '{to}' to {last} 24:00 or later, or fix '{from}' to an earlier day",
      "sett «{to}» til {last} 24:00 eller senere, eller fastsett «{from}» til en tidligere dag",
      "set «{to}» til {last} 24:00 eller seinare, eller fastset «{from}» til ein tidlegare dag"}},
    {"rules.not-enough-before",
     {"'{from}' ({from_at}) is less than {days} days before '{to}' ({to_at}): a question asked "
      "by then cannot be answered {days} days before '{to}'; set it to {latest} or earlier",
      "«{from}» ({from_at}) er mindre enn {days} dager før «{to}» ({to_at}): et spørsmål som "
      "kommer innen da, kan ikke besvares {days} dager før «{to}»; sett den til {latest} eller "
      "tidligere",
      "«{from}» ({from_at}) er mindre enn {days} dagar før «{to}» ({to_at}): eit spørsmål som kjem "
      "innan då, kan ikkje svarast på {days} dagar før «{to}»; set han til {latest} eller "
      "tidlegare"},
     {"answers to questions asked in good time must reach all suppliers at least {days} days "
      "before '{to}', or '{to}' must be extended; leave time to write them",
      "svar på spørsmål som er stilt i god tid, må nå alle leverandører minst {days} dager før "
      "«{to}», ellers må «{to}» forlenges; sett av tid til å skrive dem",
      "svar på spørsmål som er stilte i god tid, må nå alle leverandørar minst {days} dagar før "
      "«{to}», elles må «{to}» forlengjast; set av tid til å skrive dei"}},
    {"rules.cannot-check",
     {"a time limit of {days} days applies between '{present}' and '{missing}', but the timeline "
      "has no '{missing}'",
      "en frist på {days} dager gjelder mellom «{present}» og «{missing}», men tidslinjen har "
      "ingen «{missing}»",
      "ein frist på {days} dagar gjeld mellom «{present}» og «{missing}», men tidslinja har ingen "
      "«{missing}»"},
     {"add '{missing}' to the timeline so that the limit can be checked",
      "legg «{missing}» til tidslinjen, så fristen kan kontrolleres",
      "legg «{missing}» til tidslinja, så fristen kan kontrollerast"}},
    {"rules.milestone-order",
     {"'{milestone}' ({at}) cannot come before '{before}' ({before_at})",
      "«{milestone}» ({at}) kan ikke komme før «{before}» ({before_at})",
      "«{milestone}» ({at}) kan ikkje kome før «{before}» ({before_at})"},
     {"check both dates: a procurement runs dialogue, notice, tenders, evaluation, award, "
      "standstill, contract",
      "kontroller begge datoene: en anskaffelse går gjennom dialog, kunngjøring, tilbud, "
      "evaluering, tildeling, karensperiode, kontrakt",
      "kontroller begge datoane: ei anskaffing går gjennom dialog, kunngjering, tilbod, "
      "evaluering, tildeling, karensperiode, kontrakt"}},
    {"rules.milestone-order-uncertain",
     {"'{milestone}' ({at}) may come before '{before}' ({before_at}): the windows overlap",
      "«{milestone}» ({at}) kan komme før «{before}» ({before_at}): vinduene overlapper",
      "«{milestone}» ({at}) kan kome før «{before}» ({before_at}): vindauga overlappar"},
     {"fix the dates, or make sure '{before}' comes first",
      "fastsett datoene, eller sørg for at «{before}» kommer først",
      "fastset datoane, eller sørg for at «{before}» kjem først"}},
    {"rules.deadline-on-closed-day",
     {"'{milestone}' falls on {date}, which is not a working day",
      "«{milestone}» faller på {date}, som ikke er en virkedag",
      "«{milestone}» fell på {date}, som ikkje er ein vyrkedag"},
     {"a period whose last day is not a working day runs to the end of the next working day, "
      "{next}; move '{milestone}' to a working day",
      "en frist som slutter på en dag som ikke er virkedag, løper til slutten av neste virkedag, "
      "{next}; flytt «{milestone}» til en virkedag",
      "ein frist som sluttar på ein dag som ikkje er vyrkedag, går til slutten av neste vyrkedag, "
      "{next}; flytt «{milestone}» til ein vyrkedag"}},
    {"rules.signed-during-standstill",
     {"'{signature}' ({signature_at}) falls within the standstill period: {days} days after "
      "'{award}' ({award_at}) it ends at the end of {last}",
      "«{signature}» ({signature_at}) faller innenfor karensperioden: {days} dager etter "
      "«{award}» ({award_at}) løper den ut ved slutten av {last}",
      "«{signature}» ({signature_at}) fell innanfor karensperioden: {days} dagar etter «{award}» "
      "({award_at}) går han ut ved slutten av {last}"},
     {"the contract may be signed on {next_day} at the earliest",
      "kontrakten kan tidligst signeres {next_day}",
      "kontrakten kan tidlegast signerast {next_day}"}},
    {"rules.signed-before-award-notices",
     {"'{signature}' ({signature_at}) is recorded, but no notification of the award decision is "
      "recorded as sent: the standstill period runs from them, so it is assumed not to have ended",
      "«{signature}» ({signature_at}) er registrert, men ingen meddelelse om valg av leverandør "
      "er registrert sendt: karensperioden løper fra dem, så den antas ikke å ha løpt ut",
      "«{signature}» ({signature_at}) er registrert, men inga melding om val av leverandør er "
      "registrert send: karensperioden går frå dei, så han er rekna for ikkje å ha gått ut"},
     {"if they were sent, record the day with 'procure record award_notices_sent'",
      "om de ble sendt, registrer dagen med «procure record award_notices_sent»",
      "om dei vart sende, registrer dagen med «procure record award_notices_sent»"}},
    {"rules.default-validity-ends-before-signature",
     {"'{signature}' ({signature_at}) comes after the tenders stop binding: the timeline has no "
      "tender_validity_end, and the default of {days} days after the tender deadline ends at the "
      "end of {last}",
      "«{signature}» ({signature_at}) kommer etter at tilbudene ikke lenger er bindende: "
      "tidslinjen har ingen tender_validity_end, og standarden på {days} dager etter "
      "tilbudsfristen løper ut ved slutten av {last}",
      "«{signature}» ({signature_at}) kjem etter at tilboda ikkje lenger er bindande: tidslinja "
      "har ingen tender_validity_end, og standarden på {days} dagar etter tilbodsfristen går ut "
      "ved slutten av {last}"},
     {"state the tender validity in the tender documents and add it as tender_validity_end",
      "oppgi vedståelsesfristen i konkurransegrunnlaget og legg den inn som tender_validity_end",
      "oppgje vedståingsfristen i konkurransegrunnlaget og legg han inn som tender_validity_end"}},
    {"rules.price-only-award",
     {"a {procedure} procedure must be awarded on the best price-quality ratio, but the award "
      "basis is {basis}",
      "en konkurranse med prosedyren {procedure} skal tildeles etter beste forhold mellom pris og "
      "kvalitet, men tildelingsgrunnlaget er {basis}",
      "ein konkurranse med prosedyren {procedure} skal tildelast etter beste forhold mellom pris "
      "og kvalitet, men tildelingsgrunnlaget er {basis}"},
     {"use 'basis: best-price-quality' with at least one quality criterion next to the price",
      "bruk «basis: best-price-quality» med minst ett kvalitetskriterium ved siden av prisen",
      "bruk «basis: best-price-quality» med minst eitt kvalitetskriterium ved sida av prisen"}},
    {"rules.climate-weight-too-low",
     {"the award criteria that weigh climate and environment count for {share} % of the total, "
      "less than the 30 % the rule asks",
      "tildelingskriteriene som vekter klima og miljø, teller {share} % av det hele, mindre enn "
      "de 30 % regelen krever",
      "tildelingskriteria som vektar klima og miljø, tel {share} % av det heile, mindre enn dei "
      "30 % regelen krev"},
     {"weigh climate and environment at 30 % or more; or, where requirements in the "
      "specification clearly do better or an exemption applies, say which and why under "
      "award.climate_and_environment (by, reason)",
      "vekt klima og miljø med 30 % eller mer; eller, der krav i kravspesifikasjonen klart gir "
      "bedre effekt eller et unntak gjelder, si hvilket og hvorfor under "
      "award.climate_and_environment (by, reason)",
      "vekt klima og miljø med 30 % eller meir; eller, der krav i kravspesifikasjonen klart gjev "
      "betre effekt eller eit unntak gjeld, sei kva for eitt og kvifor under "
      "award.climate_and_environment (by, reason)"}},
    {"rules.climate-not-stated",
     {"the case does not say how it takes climate and environment into account: no award "
      "criterion weighs them, and the award states no other way",
      "saken sier ikke hvordan den ivaretar klima- og miljøhensyn: ingen tildelingskriterier "
      "vekter dem, og tildelingen oppgir ingen annen måte",
      "saka seier ikkje korleis ho tek vare på klima- og miljøomsyn: ingen tildelingskriterium "
      "vektar dei, og tildelinga oppgjev ingen annan måte"},
     {"mark the criteria that weigh climate and environment (climate_and_environment: true, 30 % "
      "or more together), or state award.climate_and_environment with 'by' (specification, "
      "insignificant-footprint, health-safety-preparedness or national-minimum) and the reason",
      "merk kriteriene som vekter klima og miljø (climate_and_environment: true, til sammen "
      "30 % eller mer), eller oppgi award.climate_and_environment med «by» (specification, "
      "insignificant-footprint, health-safety-preparedness eller national-minimum) og "
      "begrunnelsen",
      "merk kriteria som vektar klima og miljø (climate_and_environment: true, til saman 30 % "
      "eller meir), eller oppgje award.climate_and_environment med «by» (specification, "
      "insignificant-footprint, health-safety-preparedness eller national-minimum) og "
      "grunngjevinga"}},
    {"rules.thresholds-not-confirmed",
     {"the thresholds used for {date} are the last confirmed ones, in force from "
      "{confirmed_from}: new EEA thresholds were due from {due} and the rule tables do not have "
      "them",
      "terskelverdiene som er brukt for {date}, er de siste bekreftede, som gjelder fra "
      "{confirmed_from}: nye EØS-terskelverdier skulle gjelde fra {due}, og regeltabellene har "
      "dem ikke",
      "terskelverdiane som er brukte for {date}, er dei siste stadfesta, som gjeld frå "
      "{confirmed_from}: nye EØS-terskelverdiar skulle gjelde frå {due}, og regeltabellane har "
      "dei ikkje"},
     {"check the amounts in force (FOA § 5-3 on lovdata.no, anskaffelser.no) and add them to "
      "thresholds.yaml, or give updated rule tables with --rules",
      "kontroller beløpene som gjelder (FOA § 5-3 på lovdata.no, anskaffelser.no), og legg dem "
      "inn i thresholds.yaml, eller oppgi oppdaterte regeltabeller med --rules",
      "kontroller beløpa som gjeld (FOA § 5-3 på lovdata.no, anskaffelser.no), og legg dei inn i "
      "thresholds.yaml, eller oppgje oppdaterte regeltabellar med --rules"}},
    {"rules.no-table-covers-date",
     {"no rule table covers {date}: the earliest row takes effect on {first}",
      "ingen regeltabell dekker {date}: den tidligste raden gjelder fra {first}",
      "ingen regeltabell dekkjer {date}: den tidlegaste rada gjeld frå {first}"},
     {"the shipped tables start with the 2016 regulation (in force 1 January 2017); for an "
      "earlier day, look the rules up by hand or give rule tables that hold it with --rules",
      "tabellene som følger med, begynner med forskriften av 2016 (i kraft 1. januar 2017); for "
      "en tidligere dag må reglene slås opp for hånd, eller oppgi regeltabeller som har den, med "
      "--rules",
      "tabellane som følgjer med, byrjar med forskrifta frå 2016 (i kraft 1. januar 2017); for ein "
      "tidlegare dag må reglane slåast opp for hand, eller oppgje regeltabellar som har han, med "
      "--rules"}},
    {"name.threshold.lower_limit",
     {"lower limit of the rules", "nedre grense for regelverket", "nedre grense for regelverket"}},
    {"name.threshold.national",
     {"national threshold (part II)", "nasjonal terskelverdi (del II)",
      "nasjonal terskelverdi (del II)"}},
    {"name.threshold.eea_central_government",
     {"EEA threshold, central government", "EØS-terskelverdi, statlige oppdragsgivere",
      "EØS-terskelverdi, statlege oppdragsgjevarar"}},
    {"name.threshold.eea_other",
     {"EEA threshold, other authorities", "EØS-terskelverdi, andre oppdragsgivere",
      "EØS-terskelverdi, andre oppdragsgjevarar"}},
    {"name.threshold.works",
     {"EEA threshold, works", "EØS-terskelverdi, bygge- og anleggskontrakter",
      "EØS-terskelverdi, bygge- og anleggskontraktar"}},
    {"name.threshold.special_services",
     {"EEA threshold, health, social and other specific services",
      "EØS-terskelverdi, helse- og sosialtjenester og andre særlige tjenester",
      "EØS-terskelverdi, helse- og sosialtenester og andre særlege tenester"}},
};

}  // namespace

const MessageTable rules_messages{table};

}  // namespace procure
