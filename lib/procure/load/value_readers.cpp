#include "procure/load/value_readers.hpp"

namespace procure {

std::optional<std::string> read_email(yaml::Reader& reader, const yaml::Node& node) {
  auto email = reader.text(node);
  if (!email)
    return std::nullopt;
  const auto at = email->find('@');
  if (at == std::string::npos || at == 0 || email->find('.', at) == std::string::npos ||
      email->find(' ') != std::string::npos) {
    reader.error(node, "value.bad-email", {{"value", *email}});
    return std::nullopt;
  }
  return email;
}

std::optional<OrganisationNumber> read_organisation_number(yaml::Reader& reader,
                                                           const yaml::Node& node) {
  const auto text = reader.text(node);
  if (!text)
    return std::nullopt;
  const auto number = OrganisationNumber::parse(*text);
  if (!number) {
    reader.report(node, number.problem());
    return std::nullopt;
  }
  return *number;
}

}  // namespace procure
