// Messages about lots (delkontrakter): the case's lots, the tenders for
// them, and the value of all lots for the threshold.
#include "procure/message_tables.hpp"

namespace procure {
namespace {

constexpr std::string_view lot_limits_rule = "2014/24/EU art. 46(2)";
constexpr std::string_view lot_value_rule = "FOA § 5-4; 2014/24/EU art. 5(8), 5(9)";

constexpr MessageDef table[] = {
    // A lot as readers know it: its number in the case's order and its title.
    {"name.lot.name",
     {"lot {number}: {title}", "delkontrakt {number}: {title}", "delkontrakt {number}: {title}"}},
    // The title of a lot's documents: the case's title and the lot's name.
    {"name.lot.case-title", {"{case}, {lot}", "{case}, {lot}", "{case}, {lot}"}},
    {"lots.empty",
     {"the case's list of lots is empty", "listen over delkontrakter i saken er tom",
      "lista over delkontraktar i saka er tom"},
     {"list at least one lot, or remove 'lots' if the case is not divided into lots",
      "før opp minst én delkontrakt, eller fjern «lots» om saken ikke er delt opp",
      "før opp minst éin delkontrakt, eller fjern «lots» om saka ikkje er delt opp"}},
    {"lots.case-not-divided",
     {"tender '{tender}' is for lot '{lot}', but the case is not divided into lots",
      "tilbud «{tender}» gjelder delkontrakt «{lot}», men saken er ikke delt i delkontrakter",
      "tilbod «{tender}» gjeld delkontrakt «{lot}», men saka er ikkje delt i delkontraktar"},
     {"remove 'lot' from the tender, or list the case's lots under 'lots' in case.yaml",
      "fjern «lot» fra tilbudet, eller før opp delkontraktene under «lots» i case.yaml",
      "fjern «lot» frå tilbodet, eller før opp delkontraktane under «lots» i case.yaml"}},
    {"lots.tender-without-lot",
     {"tender '{tender}' does not say which lot it is for",
      "tilbud «{tender}» sier ikke hvilken delkontrakt det gjelder",
      "tilbod «{tender}» seier ikkje kva delkontrakt det gjeld"},
     {"add 'lot:' with one of the case's lots ({lots}); a supplier tendering for several lots "
      "sends one tender a lot",
      "legg til «lot:» med en av sakens delkontrakter ({lots}); en leverandør som gir tilbud på "
      "flere delkontrakter, sender ett tilbud per delkontrakt",
      "legg til «lot:» med ein av delkontraktane i saka ({lots}); ein leverandør som gjev tilbod "
      "på fleire delkontraktar, sender eitt tilbod per delkontrakt"}},
    {"lots.unknown-lot",
     {"tender '{tender}' is for lot '{lot}', which the case does not have",
      "tilbud «{tender}» gjelder delkontrakt «{lot}», som saken ikke har",
      "tilbod «{tender}» gjeld delkontrakt «{lot}», som saka ikkje har"},
     {"the case's lots: {lots}", "sakens delkontrakter: {lots}", "delkontraktane i saka: {lots}"}},
    {"lots.unknown-lot-suggest",
     {"tender '{tender}' is for lot '{lot}', which the case does not have; did you mean "
      "'{suggestion}'?",
      "tilbud «{tender}» gjelder delkontrakt «{lot}», som saken ikke har; mente du "
      "«{suggestion}»?",
      "tilbod «{tender}» gjeld delkontrakt «{lot}», som saka ikkje har; meinte du "
      "«{suggestion}»?"},
     {"the case's lots: {lots}", "sakens delkontrakter: {lots}", "delkontraktane i saka: {lots}"}},
    {"lots.too-many-lots",
     {"{supplier} has tendered for {count} lots ({lots}); the notice allows at most {max} a "
      "tenderer",
      "{supplier} har gitt tilbud på {count} delkontrakter ({lots}); kunngjøringen tillater høyst "
      "{max} per leverandør",
      "{supplier} har gjeve tilbod på {count} delkontraktar ({lots}); kunngjeringa tillèt høgst "
      "{max} per leverandør"},
     {"treat the tenders beyond the maximum as the tender documents say, and record it in the "
      "evaluation",
      "behandle tilbudene ut over maksimum slik konkurransegrunnlaget sier, og skriv det inn i "
      "evalueringen",
      "handsam tilboda ut over maksimum slik konkurransegrunnlaget seier, og skriv det inn i "
      "evalueringa"},
     lot_limits_rule},
    {"lots.too-many-awarded",
     {"{supplier} ranks first in {count} lots ({lots}); the notice allows at most {max} lots "
      "awarded to one tenderer",
      "{supplier} er rangert først i {count} delkontrakter ({lots}); kunngjøringen tillater at "
      "høyst {max} tildeles én leverandør",
      "{supplier} er rangert først i {count} delkontraktar ({lots}); kunngjeringa tillèt at høgst "
      "{max} blir tildelte éin leverandør"},
     {"decide which lots it is awarded by the objective rules the tender documents state; the "
      "others go to the next-ranked tenderers",
      "avgjør hvilke delkontrakter den tildeles etter de objektive reglene i "
      "konkurransegrunnlaget; de andre går til de neste i rangeringen",
      "avgjer kva delkontraktar han blir tildelt etter dei objektive reglane i "
      "konkurransegrunnlaget; dei andre går til dei neste i rangeringa"},
     lot_limits_rule},
    {"lots.evaluate-each-lot",
     {"the case is divided into {lots} lots, and each lot is evaluated on its own",
      "saken er delt i {lots} delkontrakter, og hver delkontrakt evalueres for seg",
      "saka er delt i {lots} delkontraktar, og kvar delkontrakt blir evaluert for seg"},
     {"name the lot with --lot: {ids}", "oppgi delkontrakten med --lot: {ids}",
      "oppgje delkontrakten med --lot: {ids}"}},
    {"lots.no-such-lot",
     {"the case has no lot '{lot}'", "saken har ingen delkontrakt «{lot}»",
      "saka har ingen delkontrakt «{lot}»"},
     {"the case's lots: {lots}", "sakens delkontrakter: {lots}", "delkontraktane i saka: {lots}"}},
    {"lots.value-missing",
     {"lot '{lot}' states no estimated value: the value of all lots together, which decides the "
      "regime, cannot be checked",
      "delkontrakt «{lot}» har ingen anslått verdi: den samlede verdien av delkontraktene, som "
      "avgjør regelverket, kan ikke kontrolleres",
      "delkontrakt «{lot}» har ingen anslått verdi: den samla verdien av delkontraktane, som "
      "avgjer regelverket, kan ikkje kontrollerast"},
     {"give every lot an estimated_value (excluding VAT, options included)",
      "gi hver delkontrakt en estimated_value (ekskl. mva., opsjoner medregnet)",
      "gje kvar delkontrakt ein estimated_value (ekskl. mva., opsjonar medrekna)"},
     lot_value_rule},
    {"lots.value-below-sum",
     {"the case's estimated value {value} is less than the sum of its {count} lots, {sum}: the "
      "value of every lot counts for the threshold",
      "sakens anslåtte verdi {value} er lavere enn summen av de {count} delkontraktene, {sum}: "
      "verdien av alle delkontraktene teller med mot terskelverdien",
      "den anslåtte verdien til saka, {value}, er lågare enn summen av dei {count} "
      "delkontraktane, {sum}: verdien av alle delkontraktane tel med mot terskelverdien"},
     {"state the value of all lots together, or leave estimated_value out: it is then the sum "
      "of the lots",
      "oppgi den samlede verdien av alle delkontraktene, eller utelat estimated_value: da er "
      "den summen av delkontraktene",
      "oppgje den samla verdien av alle delkontraktane, eller utelat estimated_value: då er han "
      "summen av delkontraktane"},
     lot_value_rule},
    {"lots.small-lot-too-large",
     {"lot '{lot}' follows FOA part {stated}, but the lots together ({sum}) put the case in "
      "part {derived}; a lot may follow a lower part only when it is worth less than {limit}, "
      "and it is worth {value}",
      "delkontrakt «{lot}» følger FOA del {stated}, men delkontraktene samlet ({sum}) gir del "
      "{derived}; en delkontrakt kan følge en lavere del bare når verdien er under {limit}, og "
      "den er verdt {value}",
      "delkontrakt «{lot}» følgjer FOA del {stated}, men delkontraktane samla ({sum}) gjev del "
      "{derived}; ein delkontrakt kan følgje ein lågare del berre når verdien er under {limit}, "
      "og han er verd {value}"},
     {"run lot '{lot}' under part {derived}: a lot's own value never decides its part",
      "gjennomfør delkontrakt «{lot}» etter del {derived}: verdien av én delkontrakt avgjør "
      "aldri regelverket alene",
      "gjennomfør delkontrakt «{lot}» etter del {derived}: verdien av éin delkontrakt avgjer "
      "aldri regelverket åleine"}},
    {"lots.small-lots-share",
     {"the lots that follow a lower part are worth {exempted} together, more than {share} % of "
      "all the lots ({sum})",
      "delkontraktene som følger en lavere del, er til sammen verdt {exempted}, mer enn "
      "{share} % av alle delkontraktene ({sum})",
      "delkontraktane som følgjer ein lågare del, er til saman verd {exempted}, meir enn "
      "{share} % av alle delkontraktane ({sum})"},
     {"run one or more of them under the case's part, so that the rest stay within {share} %",
      "gjennomfør én eller flere av dem etter sakens del, slik at resten holder seg innenfor "
      "{share} %",
      "gjennomfør éin eller fleire av dei etter delen til saka, slik at resten held seg innanfor "
      "{share} %"}},
};

}  // namespace

const MessageTable lot_messages{table};

}  // namespace procure
