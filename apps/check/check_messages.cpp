// Labels of procure-check, and counted phrases the tools share.
#include "common/app_catalog.hpp"

namespace procure::cli {
namespace {

constexpr MessageDef table[] = {
    {"ui.check.summary",
     {"Check procurement cases: read each case folder and report every problem with its place",
      "Kontroller anskaffelsessaker: les hver saksmappe og meld alle feil med hvor de står",
      "Kontroller anskaffingssaker: les kvar saksmappe og meld alle feil med kvar dei står"}},
    {"ui.check.option.case",
     {"Case folders, case.yaml files, or folders of case folders",
      "Saksmapper, case.yaml-filer eller mapper med saksmapper",
      "Saksmapper, case.yaml-filer eller mapper med saksmapper"}},
    {"ui.check.reference", {"Reference", "Referanse", "Referanse"}},
    {"ui.check.title", {"Title", "Tittel", "Tittel"}},
    {"ui.check.buyer", {"Buyer", "Oppdragsgiver", "Oppdragsgjevar"}},
    {"ui.check.orgnr", {"org. no. {number}", "org.nr. {number}", "org.nr. {number}"}},
    {"ui.check.procedure", {"Procedure", "Prosedyre", "Prosedyre"}},
    {"ui.check.value", {"Estimated value", "Anslått verdi", "Anslått verdi"}},
    {"ui.check.prize-sum", {"Prize sum", "Prissum", "Prissum"}},
    {"ui.check.excl-vat", {"{amount} excl. VAT", "{amount} ekskl. mva.", "{amount} ekskl. mva."}},
    {"ui.check.timeline", {"Timeline", "Tidslinje", "Tidslinje"}},
    {"ui.check.dialogue", {"Market dialogue", "Markedsdialog", "Marknadsdialog"}},
    {"ui.check.qualification", {"Qualification", "Kvalifikasjon", "Kvalifikasjon"}},
    {"ui.check.criteria", {"Award criteria", "Tildelingskriterier", "Tildelingskriterium"}},
    {"ui.check.in-all", {"{n} in all", "{n} i alt", "{n} i alt"}},
    {"ui.check.price-model",
     {"price model: {model}", "prismodell: {model}", "prismodell: {model}"}},
    {"ui.check.evaluators", {"Evaluators", "Evaluatorer", "Evaluatorar"}},
    {"ui.check.result", {"Result", "Resultat", "Resultat"}},
    {"ui.check.result-ok",
     {"ok: no errors, no warnings", "ok: ingen feil, ingen advarsler",
      "ok: ingen feil, ingen åtvaringar"}},
    {"ui.check.result-truncated",
     {"more than {limit} problems", "mer enn {limit} feil", "meir enn {limit} feil"}},
    {"ui.check.none", {"none", "ingen", "ingen"}},
    {"ui.check.tally",
     {"{cases} checked: {ok} ok, {failed} with errors",
      "{cases} kontrollert: {ok} ok, {failed} med feil",
      "{cases} kontrollerte: {ok} ok, {failed} med feil"}},
    {"ui.count.cases.one", {"{n} case", "{n} sak", "{n} sak"}},
    {"ui.count.cases.many", {"{n} cases", "{n} saker", "{n} saker"}},
    {"ui.count.errors.one", {"{n} error", "{n} feil", "{n} feil"}},
    {"ui.count.errors.many", {"{n} errors", "{n} feil", "{n} feil"}},
    {"ui.count.warnings.one", {"{n} warning", "{n} advarsel", "{n} åtvaring"}},
    {"ui.count.warnings.many", {"{n} warnings", "{n} advarsler", "{n} åtvaringar"}},
    {"ui.count.milestones.one", {"{n} milestone", "{n} milepæl", "{n} milepæl"}},
    {"ui.count.milestones.many", {"{n} milestones", "{n} milepæler", "{n} milepælar"}},
    {"ui.count.meetings.one", {"{n} meeting", "{n} møte", "{n} møte"}},
    {"ui.count.meetings.many", {"{n} meetings", "{n} møter", "{n} møte"}},
    {"ui.count.questions.one",
     {"{n} question for written input", "{n} spørsmål til skriftlige innspill",
      "{n} spørsmål til skriftlege innspel"}},
    {"ui.count.questions.many",
     {"{n} questions for written input", "{n} spørsmål til skriftlige innspill",
      "{n} spørsmål til skriftlege innspel"}},
    {"ui.count.requirements.one", {"{n} requirement", "{n} krav", "{n} krav"}},
    {"ui.count.requirements.many", {"{n} requirements", "{n} krav", "{n} krav"}},
    {"ui.count.main-criteria.one",
     {"{n} main criterion", "{n} hovedkriterium", "{n} hovudkriterium"}},
    {"ui.count.main-criteria.many",
     {"{n} main criteria", "{n} hovedkriterier", "{n} hovudkriterium"}},
};

}  // namespace

const MessageTable check_ui_messages{table};

}  // namespace procure::cli
