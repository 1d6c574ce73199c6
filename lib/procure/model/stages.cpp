#include "procure/model/stages.hpp"

#include <algorithm>
#include <array>

namespace procure {

std::span<const Choice<BasisChange>> basis_change_choices() {
  static constexpr std::array<Choice<BasisChange>, 4> choices{{
      {"none", BasisChange::none},
      {"procurement-documents", BasisChange::procurement_documents},
      {"minimum-requirement", BasisChange::minimum_requirement},
      {"award-criteria", BasisChange::award_criteria},
  }};
  return choices;
}

const NegotiationRound* Stages::deciding_round() const {
  if (!negotiation || negotiation->rounds.empty())
    return nullptr;
  return &negotiation->rounds.back();
}

const NegotiationRound* Stages::round(int number) const {
  if (!negotiation)
    return nullptr;
  for (const auto& r : negotiation->rounds) {
    if (r.number == number)
      return &r;
  }
  return nullptr;
}

std::optional<int> Stages::dropped_before(std::string_view id, int number) const {
  if (!negotiation)
    return std::nullopt;
  for (const auto& r : negotiation->rounds) {
    if (r.number >= number)
      break;
    if (std::find(r.dropped.begin(), r.dropped.end(), id) != r.dropped.end())
      return r.number;
  }
  return std::nullopt;
}

std::vector<std::string> Stages::remaining_before(int number) const {
  std::vector<std::string> remaining;
  if (!prequalification)
    return remaining;
  for (const auto& id : prequalification->invited) {
    if (!dropped_before(id, number))
      remaining.push_back(id);
  }
  return remaining;
}

}  // namespace procure
