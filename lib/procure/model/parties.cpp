#include "procure/model/parties.hpp"

#include <array>

namespace procure {
namespace {

constexpr std::array<Choice<BuyerLegalType>, 13> legal_types{{
    {"central-government-authority", BuyerLegalType::central_government_authority},
    {"regional-authority", BuyerLegalType::regional_authority},
    {"local-authority", BuyerLegalType::local_authority},
    {"public-law-body-central", BuyerLegalType::public_law_body_central},
    {"public-law-body-regional", BuyerLegalType::public_law_body_regional},
    {"public-law-body-local", BuyerLegalType::public_law_body_local},
    {"public-undertaking-central", BuyerLegalType::public_undertaking_central},
    {"public-undertaking-regional", BuyerLegalType::public_undertaking_regional},
    {"public-undertaking-local", BuyerLegalType::public_undertaking_local},
    {"subsidised-organisation-central", BuyerLegalType::subsidised_organisation_central},
    {"subsidised-organisation-regional", BuyerLegalType::subsidised_organisation_regional},
    {"subsidised-organisation-local", BuyerLegalType::subsidised_organisation_local},
    {"group-of-public-authorities", BuyerLegalType::group_of_public_authorities},
}};

}  // namespace

std::span<const Choice<BuyerLegalType>> buyer_legal_type_choices() {
  return legal_types;
}

}  // namespace procure
