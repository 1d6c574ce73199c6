#include "procure/evaluation/assessment.hpp"

namespace procure {

CriterionScores::CriterionScores(const CriterionScores& other)
    : individual(other.individual),
      consensus(other.consensus ? std::make_unique<EvaluatorScore>(*other.consensus) : nullptr) {}

CriterionScores& CriterionScores::operator=(const CriterionScores& other) {
  if (this != &other)
    *this = CriterionScores(other);
  return *this;
}

const EvaluatorScore* CriterionScores::find(std::string_view evaluator) const {
  if (evaluator == consensus_evaluator)
    return consensus.get();
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
