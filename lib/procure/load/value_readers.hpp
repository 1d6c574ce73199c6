#pragma once
// Readers for values the model defines, shared by every file procure reads
// (case.yaml, the dialogue folder): each reports what is wrong at the value.

#include <chrono>
#include <optional>
#include <string>

#include "procure/model/organisation_number.hpp"
#include "procure/time/slot_layout.hpp"
#include "procure/yaml/reader.hpp"

namespace procure {

// An e-mail address: something@domain.tld, without spaces.
std::optional<std::string> read_email(yaml::Reader& reader, const yaml::Node& node);

// Nine digits (spaces allowed) with a valid modulus-11 check digit.
std::optional<OrganisationNumber> read_organisation_number(yaml::Reader& reader,
                                                           const yaml::Node& node);

// Whole minutes, from `least` to 600: "45" or "45 min" (dialogue.bad-minutes).
std::optional<std::chrono::minutes> read_minutes(yaml::Reader& reader, const yaml::Node& node,
                                                 int least);

// The keys of a slot plan in `map`: `length` (required), `gap` and `breaks`
// (dialogue/slots.yaml, a negotiation round's meetings). Returns the
// length's node, or null: where a plan that makes too many slots is told.
const yaml::Node* read_slot_layout(yaml::Reader& reader, yaml::MapReader& map, SlotLayout& layout);

}  // namespace procure
