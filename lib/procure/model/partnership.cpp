#include "procure/model/partnership.hpp"

#include <algorithm>
#include <array>

namespace procure {

std::span<const Choice<PhaseDecision>> phase_decision_choices() {
  static constexpr std::array<Choice<PhaseDecision>, 2> choices{{
      {"continue", PhaseDecision::go_on},
      {"end", PhaseDecision::end},
  }};
  return choices;
}

const PartnerDecision* DevelopmentPhase::decision_for(std::string_view partner) const {
  for (const auto& d : decisions) {
    if (d.partner == partner)
      return &d;
  }
  return nullptr;
}

std::optional<int> Partnership::ended_before(std::string_view partner, int number) const {
  for (const auto& phase : phases) {
    if (phase.number >= number)
      break;
    const PartnerDecision* d = phase.decision_for(partner);
    if (d != nullptr && d->decision == PhaseDecision::end)
      return phase.number;
  }
  return std::nullopt;
}

std::vector<std::string> Partnership::partners_before(int number) const {
  std::vector<std::string> remaining;
  for (const auto& id : partners) {
    if (!ended_before(id, number))
      remaining.push_back(id);
  }
  return remaining;
}

bool Partnership::decided(const DevelopmentPhase& phase) const {
  const auto remaining = partners_before(phase.number);
  return std::all_of(remaining.begin(), remaining.end(),
                     [&](const std::string& id) { return phase.decision_for(id) != nullptr; });
}

}  // namespace procure
