#pragma once
// One negotiation round seen as a case of one round: the same case, whose
// tender deadline is the round's. The tools that open, evaluate and rank
// tenders take it with the round's folder (rounds/<n>/), and so work on
// every round as they do on a case of one round.

#include <optional>

#include "procure/model/case.hpp"

namespace procure {

// Nullopt when the round's deadline cannot be resolved (a missing milestone,
// reported when the case was read).
std::optional<Case> case_for_round(const Case& kase, const NegotiationRound& round);

}  // namespace procure
