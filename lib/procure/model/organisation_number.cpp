#include "procure/model/organisation_number.hpp"

#include <array>

namespace procure {

Parsed<OrganisationNumber> OrganisationNumber::parse(std::string_view text) {
  std::string digits;
  for (const char c : text) {
    if (c == ' ')
      continue;
    if (c < '0' || c > '9')
      return Problem{"orgnr.invalid", {{"value", std::string(text)}}};
    digits.push_back(c);
  }
  if (digits.size() != 9)
    return Problem{"orgnr.invalid", {{"value", std::string(text)}}};
  static constexpr std::array<int, 8> weights{3, 2, 7, 6, 5, 4, 3, 2};
  int sum = 0;
  for (std::size_t i = 0; i < weights.size(); ++i)
    sum += (digits[i] - '0') * weights[i];
  const int remainder = sum % 11;
  const int check = remainder == 0 ? 0 : 11 - remainder;
  if (check == 10 || check != digits[8] - '0') {
    return Problem{"orgnr.bad-check-digit", {{"value", std::string(text)}}};
  }
  OrganisationNumber number;
  number.digits_ = std::move(digits);
  return number;
}

std::string OrganisationNumber::grouped() const {
  return digits_.substr(0, 3) + " " + digits_.substr(3, 3) + " " + digits_.substr(6, 3);
}

}  // namespace procure
