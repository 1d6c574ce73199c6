#pragma once
// The people and organisations a case names: the buyer, its contact
// persons and the evaluators.

#include <optional>
#include <span>
#include <string>

#include "procure/core/choice.hpp"
#include "procure/core/diagnostic.hpp"
#include "procure/core/localized_text.hpp"
#include "procure/model/organisation_number.hpp"
#include "procure/model/procedure.hpp"

namespace procure {

// What kind of public body the buyer is, as the eForms notices say it
// (BT-11): an authority of the state, a county or a municipality, or a body
// governed by public law, a public undertaking or a subsidised organisation
// under one of them.
enum class BuyerLegalType {
  central_government_authority,
  regional_authority,
  local_authority,
  public_law_body_central,
  public_law_body_regional,
  public_law_body_local,
  public_undertaking_central,
  public_undertaking_regional,
  public_undertaking_local,
  subsidised_organisation_central,
  subsidised_organisation_regional,
  subsidised_organisation_local,
  group_of_public_authorities,
};

std::span<const Choice<BuyerLegalType>> buyer_legal_type_choices();

struct Buyer {
  std::string name;
  std::optional<OrganisationNumber> organisation_number;
  // Central government authorities have lower EEA thresholds.
  BuyerKind kind = BuyerKind::other;
  // Stated; a central government buyer is taken as its authority without it.
  std::optional<BuyerLegalType> legal_type;
  std::string address;
  SourceSpan where;
};

struct Contact {
  std::string id;
  std::string name;
  LocalizedText role;
  std::string email;
  std::string phone;
  SourceSpan where;
};

struct Evaluator {
  std::string id;
  std::string name;
  LocalizedText role;
  SourceSpan where;
};

}  // namespace procure
