#pragma once
// The buyer's assessment of one tender, written after opening: a verdict on
// each qualification requirement and each evaluator's score on each quality
// criterion, every one with a written reason. Read from
// evaluation/<tender>.yaml or evaluation/qualification.csv and scores.csv.

#include <map>
#include <memory>
#include <string>
#include <vector>

#include "procure/core/decimal.hpp"
#include "procure/core/diagnostic.hpp"
#include "procure/core/source_place.hpp"

namespace procure {

// The evaluator id under which the agreed score of a consensus is written.
inline constexpr std::string_view consensus_evaluator = "consensus";

struct Verdict {
  bool pass = true;
  std::string reason;
  SourceSpan where;
};

struct EvaluatorScore {
  std::string evaluator;  // an evaluator id of the case, or "consensus"
  Decimal score;
  std::string reason;
  // Made into a span only when a message shows it: a large table holds
  // hundreds of thousands of scores (see source_place.hpp).
  SourcePlace where;
};

struct CriterionScores {
  std::vector<EvaluatorScore> individual;  // in the order written
  // The agreed score, if any. Kept apart, not in place: in place it made
  // every criterion's scores 176 bytes instead of 32, and a score table of
  // 2 000 tenders has 80 000, none with one where the scores are averaged.
  std::unique_ptr<EvaluatorScore> consensus;

  CriterionScores() = default;
  CriterionScores(const CriterionScores& other);
  CriterionScores& operator=(const CriterionScores& other);
  CriterionScores(CriterionScores&&) noexcept = default;
  CriterionScores& operator=(CriterionScores&&) noexcept = default;
  ~CriterionScores() = default;

  const EvaluatorScore* find(std::string_view evaluator) const;
};

struct Assessment {
  std::map<std::string, Verdict> qualification;   // by requirement id
  std::map<std::string, CriterionScores> scores;  // by criterion id
  std::string file;                               // the file that holds (most of) it
  SourceSpan where;

  // The verdict on a qualification requirement; nullptr when none is given.
  const Verdict* verdict(const std::string& requirement) const;
};

}  // namespace procure
