#pragma once
// How the competition is run, and which part of the Norwegian procurement
// regulation (FOA) governs it.

#include <optional>
#include <span>
#include <string_view>

#include "procure/core/choice.hpp"

namespace procure {

enum class Procedure {
  open,                     // anbudskonkurranse, FOA part III (art. 27)
  restricted,               // begrenset anbudskonkurranse (art. 28)
  competitive_negotiation,  // konkurranse med forhandling (art. 29)
  competitive_dialogue,     // konkurransepreget dialog (art. 30)
  innovation_partnership,   // innovasjonspartnerskap (art. 31)
  national_open,            // åpen tilbudskonkurranse, FOA part II
  national_restricted,      // begrenset tilbudskonkurranse, FOA part II
  national_negotiation,     // konkurranse med forhandling, FOA part II
  prize,                    // a prize or award decided by a jury: not a procurement
};

enum class Regime {
  part_1,  // FOA part I: below the national threshold
  part_2,  // FOA part II: national procedures
  part_3,  // FOA part III: above the EEA thresholds
  derive,  // let the toolkit derive it from value, buyer and date
  none,    // outside the procurement rules (a prize, say)
};

enum class BuyerKind { central_government, other };

enum class ContractCategory { goods, services, works, special_services };

// The names case files use, e.g. "competitive-negotiation".
std::span<const Choice<Procedure>> procedure_choices();
std::span<const Choice<Regime>> regime_choices();
std::span<const Choice<BuyerKind>> buyer_kind_choices();
std::span<const Choice<ContractCategory>> contract_category_choices();

std::string_view name_of(Procedure value);
std::string_view name_of(Regime value);
std::string_view name_of(BuyerKind value);
std::string_view name_of(ContractCategory value);

// The FOA part a procedure name of ours belongs to: the national-* names
// are part II, the others part III, a prize none.
Regime regime_of(Procedure procedure);

}  // namespace procure
