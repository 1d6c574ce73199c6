#pragma once
// The people and organisations a case names: the buyer, its contact
// persons and the evaluators.

#include <optional>
#include <string>

#include "procure/core/diagnostic.hpp"
#include "procure/core/localized_text.hpp"
#include "procure/model/organisation_number.hpp"
#include "procure/model/procedure.hpp"

namespace procure {

struct Buyer {
  std::string name;
  std::optional<OrganisationNumber> organisation_number;
  // Central government authorities have lower EEA thresholds.
  BuyerKind kind = BuyerKind::other;
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
