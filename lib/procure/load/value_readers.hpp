#pragma once
// Readers for values the model defines, shared by every file procure reads
// (case.yaml, the dialogue folder): each reports what is wrong at the value.

#include <optional>
#include <string>

#include "procure/model/organisation_number.hpp"
#include "procure/yaml/reader.hpp"

namespace procure {

// An e-mail address: something@domain.tld, without spaces.
std::optional<std::string> read_email(yaml::Reader& reader, const yaml::Node& node);

// Nine digits (spaces allowed) with a valid modulus-11 check digit.
std::optional<OrganisationNumber> read_organisation_number(yaml::Reader& reader,
                                                           const yaml::Node& node);

}  // namespace procure
