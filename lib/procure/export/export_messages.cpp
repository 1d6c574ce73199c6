// Messages of the open-data exports.
#include "procure/message_tables.hpp"

namespace procure {
namespace {

constexpr MessageDef table[] = {
    {"export.ocid-prefix-missing",
     {"no ocid prefix: an OCDS export needs the publisher's registered prefix",
      "mangler ocid-prefiks: en OCDS-eksport trenger utgiverens registrerte prefiks",
      "manglar ocid-prefiks: ein OCDS-eksport treng det registrerte prefikset til utgivaren"},
     {"give it with --ocid-prefix ocds-abc123, or set PROCURE_OCID_PREFIX; the Open Contracting "
      "Partnership registers prefixes",
      "oppgi det med --ocid-prefix ocds-abc123, eller sett PROCURE_OCID_PREFIX; Open Contracting "
      "Partnership registrerer prefikser",
      "oppgje det med --ocid-prefix ocds-abc123, eller set PROCURE_OCID_PREFIX; Open Contracting "
      "Partnership registrerer prefiks"}},
    {"export.ocid-prefix-invalid",
     {"'{value}' is not an ocid prefix", "«{value}» er ikke et ocid-prefiks",
      "«{value}» er ikkje eit ocid-prefiks"},
     {"a registered prefix is 'ocds-' and six lowercase letters or digits: ocds-abc123",
      "et registrert prefiks er «ocds-» og seks små bokstaver eller sifre: ocds-abc123",
      "eit registrert prefiks er «ocds-» og seks små bokstavar eller siffer: ocds-abc123"}},
    {"export.award-left-out",
     {"{case}: the export has no award: the evaluation is not complete or has no winner",
      "{case}: eksporten har ingen tildeling: evalueringen er ikke fullført eller har ingen "
      "vinner",
      "{case}: eksporten har inga tildeling: evalueringa er ikkje fullført eller har ingen "
      "vinnar"},
     {"procure score rank {case} shows what is missing",
      "procure score rank {case} viser hva som mangler",
      "procure score rank {case} viser kva som manglar"}},
    {"doc.ocds.written-input",
     {"Written input from {supplier}", "Skriftlig innspill fra {supplier}",
      "Skriftleg innspel frå {supplier}"}},
};

}  // namespace

const MessageTable export_messages{table};

}  // namespace procure
