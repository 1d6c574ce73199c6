// procure-notice's labels and sentences.
#include "common/app_catalog.hpp"

namespace procure::cli {
namespace {

constexpr MessageDef table[] = {
    {"ui.notice.summary",
     {"Write the case's eForms notice for Doffin and TED: pin, cn or can",
      "Skriv sakens eForms-kunngjøring til Doffin og TED: pin, cn eller can",
      "Skriv eForms-kunngjeringa til saka for Doffin og TED: pin, cn eller can"}},
    {"ui.notice.option.kind",
     {"pin (prior information notice), cn (contract notice) or can (contract award notice)",
      "pin (veiledende kunngjøring), cn (kunngjøring av konkurranse) eller can (kunngjøring av "
      "kontraktstildeling)",
      "pin (rettleiande kunngjering), cn (kunngjering av konkurranse) eller can (kunngjering av "
      "kontraktstildeling)"}},
    {"ui.notice.option.case",
     {"the case folder (or its case.yaml)", "saksmappen (eller case.yaml i den)",
      "saksmappa (eller case.yaml i ho)"}},
    {"ui.notice.option.out",
     {"write the notice to this file (default: standard output)",
      "skriv kunngjøringen til denne filen (standard: standard utdata)",
      "skriv kunngjeringa til denne fila (standard: standard utdata)"}},
    {"ui.notice.option.customization",
     {"doffin: the CustomizationID with Doffin's extension (default); eforms: the plain eForms "
      "SDK version, as the EU's own rules check it",
      "doffin: CustomizationID med Doffins utvidelse (standard); eforms: bare eForms SDK-"
      "versjonen, slik EUs egne regler kontrollerer den",
      "doffin: CustomizationID med utvidinga til Doffin (standard); eforms: berre eForms SDK-"
      "versjonen, slik EU sine eigne reglar kontrollerer han"}},
    {"ui.notice.exit-codes",
     {"Exit codes:\n  0  the notice was written\n  2  bad input or usage (data the notice needs "
      "and the case lacks is named with its business term)\n  3  internal error in procure",
      "Avslutningskoder:\n  0  kunngjøringen ble skrevet\n  2  feil i inndata eller bruk (data "
      "kunngjøringen trenger og saken mangler, blir nevnt med forretningsbegrepet)\n  3  intern "
      "feil i procure",
      "Avslutningskodar:\n  0  kunngjeringa vart skriven\n  2  feil i inndata eller bruk (data "
      "kunngjeringa treng og saka manglar, blir nemnd med forretningsomgrepet)\n  3  intern feil "
      "i procure"}},
    {"ui.notice.wrote",
     {"wrote {path}: {kind}, eForms subtype {subtype}, version {version}, content {content}",
      "skrev {path}: {kind}, eForms-undertype {subtype}, versjon {version}, innhold {content}",
      "skreiv {path}: {kind}, eForms-undertype {subtype}, versjon {version}, innhald {content}"}},
    {"ui.notice.change",
     {"this is a change notice: the case has changed since version {version} was published",
      "dette er en endringskunngjøring: saken er endret siden versjon {version} ble publisert",
      "dette er ei endringskunngjering: saka er endra sidan versjon {version} vart publisert"}},
    {"ui.notice.record",
     {"once Doffin has published it, record it in case.yaml under records.notices, with "
      "kind: {kind}, version: {version}, content: {content} and the day it was published",
      "når Doffin har publisert den, registrer den i case.yaml under records.notices, med "
      "kind: {kind}, version: {version}, content: {content} og dagen den ble publisert",
      "når Doffin har publisert ho, registrer ho i case.yaml under records.notices, med "
      "kind: {kind}, version: {version}, content: {content} og dagen ho vart publisert"}},
};

}  // namespace

const MessageTable notice_ui_messages{table};

}  // namespace procure::cli
