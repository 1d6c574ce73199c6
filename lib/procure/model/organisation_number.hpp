#pragma once
// Norwegian organisation numbers (organisasjonsnummer): nine digits, the
// last a modulus-11 check digit (weights 3 2 7 6 5 4 3 2).

#include <string>
#include <string_view>

#include "procure/core/problem.hpp"

namespace procure {

class OrganisationNumber {
 public:
  // Accepts "972417858" and "972 417 858"; checks length and check digit.
  static Parsed<OrganisationNumber> parse(std::string_view text);

  const std::string& digits() const { return digits_; }
  // "972 417 858", as the Brønnøysund registers print it.
  std::string grouped() const;
  bool operator==(const OrganisationNumber&) const = default;

 private:
  std::string digits_;
};

}  // namespace procure
