// The contract phase's sentences: the contract: section's problems, the
// rule findings about it, and the names of the dates it adds to a schedule.
#include "procure/message_tables.hpp"

namespace procure {
namespace {

constexpr MessageDef table[] = {
    {"contract.ends-before-start",
     {"the contract ends ({end}) before it starts ({start})",
      "kontrakten slutter ({end}) før den begynner ({start})",
      "kontrakten sluttar ({end}) før han byrjar ({start})"},
     {"end is the contract's last day before any option",
      "end er kontraktens siste dag før eventuelle opsjoner",
      "end er den siste dagen i kontrakten før eventuelle opsjonar"}},
    {"contract.option-used-and-declined",
     {"the option '{id}' is recorded both as used and as declined",
      "opsjonen «{id}» er registrert både som utløst og som avslått",
      "opsjonen «{id}» er registrert både som utløyst og som avslått"},
     {"keep the one that happened: exercised or declined",
      "behold den som skjedde: exercised eller declined",
      "behald den som skjedde: exercised eller declined"}},
    {"call-off.unknown-supplier",
     {"the framework agreement has no supplier '{id}'", "rammeavtalen har ingen leverandør «{id}»",
      "rammeavtalen har ingen leverandør «{id}»"},
     {"a call-off goes to one of the suppliers under contract.framework.suppliers",
      "et avrop går til en av leverandørene under contract.framework.suppliers",
      "eit avrop går til ein av leverandørane under contract.framework.suppliers"}},
    {"call-off.unknown-supplier-suggest",
     {"the framework agreement has no supplier '{id}'; did you mean '{suggestion}'?",
      "rammeavtalen har ingen leverandør «{id}»; mente du «{suggestion}»?",
      "rammeavtalen har ingen leverandør «{id}»; meinte du «{suggestion}»?"}},
    {"call-off.no-folder",
     {"the call-off '{id}' is a mini-competition but names no folder",
      "avropet «{id}» er en minikonkurranse, men oppgir ingen mappe",
      "avropet «{id}» er ein minikonkurranse, men oppgjev inga mappe"},
     {"give folder: the mini-competition's own case folder (case.yaml, bids/, evaluation/)",
      "oppgi folder: minikonkurransens egen saksmappe (case.yaml, bids/, evaluation/)",
      "oppgje folder: den eigne saksmappa til minikonkurransen (case.yaml, bids/, evaluation/)"}},
    {"call-off.method-not-in-framework",
     {"the call-off '{id}' was awarded by {method}, which the framework's terms do not allow "
      "(contract.framework.call_off_by)",
      "avropet «{id}» ble tildelt ved {method}, som rammeavtalens vilkår ikke åpner for "
      "(contract.framework.call_off_by)",
      "avropet «{id}» vart tildelt ved {method}, som vilkåra i rammeavtalen ikkje opnar for "
      "(contract.framework.call_off_by)"},
     {"a contract under a framework agreement is awarded by the terms the framework set: check "
      "the call-off, or the framework's call_off_by",
      "en kontrakt under en rammeavtale tildeles etter vilkårene rammeavtalen satte: kontroller "
      "avropet, eller rammeavtalens call_off_by",
      "ein kontrakt under ein rammeavtale blir tildelt etter vilkåra rammeavtalen sette: "
      "kontroller avropet, eller call_off_by i rammeavtalen"},
     "FOA § 26-3"},
    {"call-off.folder-missing",
     {"the mini-competition of call-off '{id}' has no case.yaml in '{folder}'",
      "minikonkurransen for avropet «{id}» har ingen case.yaml i «{folder}»",
      "minikonkurransen for avropet «{id}» har inga case.yaml i «{folder}»"},
     {"create it with procure-init in that folder, then open and score its tenders as in any case",
      "opprett den med procure-init i den mappen, og åpne og evaluer tilbudene som i alle saker",
      "opprett han med procure-init i den mappa, og opne og evaluer tilboda som i alle saker"}},
    {"rules.framework-too-long",
     {"the framework agreement runs from {start} to {end} with all its options, past the longest "
      "term the rules allow, which ends {limit}",
      "rammeavtalen løper fra {start} til {end} med alle opsjoner, forbi den lengste løpetiden "
      "reglene tillater, som slutter {limit}",
      "rammeavtalen går frå {start} til {end} med alle opsjonar, forbi den lengste løpetida "
      "reglane tillèt, som sluttar {limit}"},
     {"shorten it, or state why this is an exceptional case in "
      "contract.framework.longer_duration_reason",
      "kort den ned, eller begrunn hvorfor dette er et særlig tilfelle i "
      "contract.framework.longer_duration_reason",
      "kort han ned, eller grunngje kvifor dette er eit særleg tilfelle i "
      "contract.framework.longer_duration_reason"}},
    {"rules.contract-award-notice-late",
     {"the contract award notice was published {published}, after its last day {last} (the "
      "contract was signed {signed})",
      "kunngjøringen av kontraktstildeling ble publisert {published}, etter siste frist {last} "
      "(kontrakten ble signert {signed})",
      "kunngjeringa av kontraktstildeling vart publisert {published}, etter siste frist {last} "
      "(kontrakten vart signert {signed})"}},
    {"rules.option-notice-late",
     {"the option '{id}' was used {exercised}, after its last notice day {last} ({notice} before "
      "the end {end})",
      "opsjonen «{id}» ble utløst {exercised}, etter siste varslingsdag {last} ({notice} før "
      "slutten {end})",
      "opsjonen «{id}» vart utløyst {exercised}, etter siste varslingsdag {last} ({notice} før "
      "slutten {end})"},
     {"an option used outside the contract's terms may be a new contract that needs a "
      "competition of its own",
      "en opsjon som utløses utenfor kontraktens vilkår, kan være en ny kontrakt som krever egen "
      "konkurranse",
      "ein opsjon som blir utløyst utanfor vilkåra i kontrakten, kan vere ein ny kontrakt som krev "
      "eigen konkurranse"}},
    {"rules.call-off-outside-framework",
     {"the call-off '{id}' was signed {signed}, outside the framework agreement's term {start} to "
      "{end}",
      "avropet «{id}» ble signert {signed}, utenfor rammeavtalens løpetid {start} til {end}",
      "avropet «{id}» vart signert {signed}, utanfor løpetida til rammeavtalen {start} til {end}"},
     {"a contract outside the framework's term is no call-off under it, but a procurement of its "
      "own",
      "en kontrakt utenfor rammeavtalens løpetid er ikke et avrop på den, men en egen anskaffelse",
      "ein kontrakt utanfor løpetida til rammeavtalen er ikkje eit avrop på han, men ei eiga "
      "anskaffing"}},
    {"name.action.injunction_deadline",
     {"Standstill ends: last moment for a supplier to ask the court for an injunction against "
      "the award",
      "Karensperioden er ute: siste frist for leverandørene til å begjære midlertidig forføyning "
      "mot tildelingen",
      "Karensperioden er ute: siste frist for leverandørane til å krevje mellombels forføying mot "
      "tildelinga"}},
    {"name.action.contract_award_notice",
     {"Publish the contract award notice", "Publiser kunngjøringen av kontraktstildeling",
      "Publiser kunngjeringa av kontraktstildeling"}},
    {"name.action.complaint_board_deadline",
     {"Last day for a complaint to KOFA about the contract",
      "Siste dag for klage til KOFA over kontrakten",
      "Siste dag for klage til KOFA over kontrakten"}},
    {"name.action.option_notice",
     {"Last day to give notice of option '{id}' ({extension})",
      "Siste dag for å varsle om utløsning av opsjonen «{id}» ({extension})",
      "Siste dag for å varsle om utløysing av opsjonen «{id}» ({extension})"}},
    {"name.action.contract_end",
     {"Contract expires (with the options used so far)",
      "Kontrakten utløper (med opsjonene som er utløst så langt)",
      "Kontrakten går ut (med opsjonane som er utløyste så langt)"}},
    {"name.action.successor_start",
     {"Start the procurement of the next contract", "Start anskaffelsen av neste kontrakt",
      "Start anskaffinga av neste kontrakt"}},
};

}  // namespace

const MessageTable contract_messages{table};

}  // namespace procure
