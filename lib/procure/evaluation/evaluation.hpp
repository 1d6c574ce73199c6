#pragma once
// The evaluation of a case's tenders: which are rejected and why, each
// tender's scores per criterion (the evaluators' individual scores kept),
// the weighted totals, the ranking with its tie-breaks, the winner, and how
// firm the ranking is. This is the result that procure-score prints and
// that documents (award notices, rejection letters, the evaluation report)
// are rendered from.
//
// Order of the steps (docs/scoring.md):
//   1. late tenders are rejected (received after the tender deadline);
//   2. the others need a verdict on every qualification requirement; a
//      failed requirement rejects the tender;
//   3. qualified tenders need every evaluator's score on every quality
//      criterion (and a consensus score, if the case says consensus);
//      a score below a criterion's minimum rejects the tender;
//   4. the rest are scored together (price model, relative quality) and
//      ranked; the first is the most economically advantageous tender
//      unless it is tied after every tie-break rule.
// Missing verdicts or scores are errors: an incomplete evaluation is never ranked.

#include <optional>
#include <string>
#include <vector>

#include "procure/core/diagnostic.hpp"
#include "procure/core/task_runner.hpp"
#include "procure/evaluation/criteria_layout.hpp"
#include "procure/evaluation/robustness.hpp"
#include "procure/evaluation/tender_loader.hpp"
#include "procure/model/case.hpp"

namespace procure {

// Why a tender is not ranked: a catalog code (reject.late,
// reject.qualification, reject.below-min-score), its arguments, and where
// the ground stands (the receipt stamp, the verdict, the score).
struct Rejection {
  std::string code;
  MessageArgs args;
  SourceSpan where;
};

struct CriterionResult {
  // The evaluators' combined score (quality leaves) or the weighted mean of
  // the quality below (parents), before relative scaling.
  std::optional<double> absolute;
  double score = 0;   // the score weighted: after relative scaling or the price model
  double points = 0;  // its contribution to the total: score × share of the total
  const CriterionScores* scores = nullptr;  // the evaluators' own scores and reasons
  std::optional<Decimal> spread;            // highest minus lowest individual score
  bool disagreement = false;                // spread above the case's threshold
};

struct TenderResult {
  const Tender* tender = nullptr;
  const Assessment* assessment = nullptr;  // nullptr when there is none
  bool late = false;
  std::vector<Rejection> rejections;  // empty for a ranked tender
  // One per node of Evaluation::layout; filled for tenders that got as far as
  // scoring (ranked ones, and those rejected for a minimum score).
  std::vector<CriterionResult> criteria;
  bool scored = false;                   // ranked: the score fields below hold
  double total = 0;                      // the weighted total, on the scale
  double quality = 0;                    // the weighted quality score, on the scale
  std::optional<double> adjusted_price;  // price-quality model
  int rank = 0;                          // 1-based; 0 when rejected
  bool tie_unresolved = false;           // shares its rank after every tie-break rule
  std::optional<TieBreak> decided_by;    // the rule that ranked it below an equal tender

  bool rejected() const { return !rejections.empty(); }
};

struct RankReversalFinding {
  std::string removed;  // tender ids
  std::string ahead;
  std::string behind;
  int changes = 0;
};

struct WhatIfEntry {
  std::string tender;
  int rank = 0;
  double total = 0;
  std::optional<double> adjusted_price;
};

struct WhatIf {
  PriceModel model;
  bool as_applied = false;
  std::vector<WhatIfEntry> ranking;  // in rank order
};

struct EvaluationOptions {
  bool what_if = false;  // rank under every price model too
  TaskRunner parallel;   // reads a large score table in parts at once (load_tenders)
};

struct Evaluation {
  const Case* kase = nullptr;
  const AwardCriteria* award = nullptr;
  CriteriaLayout layout;
  Instant deadline{};
  // Ranked tenders in rank order, then the rejected ones by id.
  std::vector<TenderResult> tenders;
  std::size_t ranked = 0;
  std::optional<std::size_t> winner;  // index into tenders: none if no tender or a tie for first
  std::optional<WeightSwap> weight_swap;  // between tenders[0] and tenders[1]
  std::optional<ValueSwap> value_swap;    // the same, under the price-quality model
  std::vector<RankReversalFinding> reversals;
  std::vector<WhatIf> what_if;
  // Errors: the evaluation is incomplete and nothing is ranked. Warnings:
  // findings to look at before the award (disagreements, ties, reversals).
  Diagnostics diagnostics;
  // The tenders that lack a verdict or a score, counted whole: the
  // diagnostics keep no more than their first 200.
  int unfinished = 0;

  bool complete() const { return !diagnostics.has_errors(); }
};

// Problems of the case's method that stop any evaluation (no award
// criteria; an average of evaluators the case does not list), found before
// the tenders are read.
void check_method(const Case& kase, Diagnostics& diagnostics);

// The result points into `kase` and `tenders`: both must outlive it.
Evaluation evaluate(const Case& kase, const TenderLoad& tenders, Instant deadline,
                    const EvaluationOptions& options = {});

}  // namespace procure
