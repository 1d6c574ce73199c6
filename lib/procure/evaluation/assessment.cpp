#include "procure/evaluation/assessment.hpp"

namespace procure {

const EvaluatorScore* CriterionScores::find(std::string_view evaluator) const {
  if (evaluator == consensus_evaluator)
    return consensus ? &*consensus : nullptr;
  for (const auto& s : individual) {
    if (s.evaluator == evaluator)
      return &s;
  }
  return nullptr;
}

const Verdict* Assessment::verdict(const std::string& requirement) const {
  const auto it = qualification.find(requirement);
  return it == qualification.end() ? nullptr : &it->second;
}

}  // namespace procure
