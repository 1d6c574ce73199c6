#include "procure/evaluation/evaluation.hpp"

#include <algorithm>

#include "procure/evaluation/combined_score.hpp"
#include "procure/evaluation/score_rounding.hpp"

namespace procure {
namespace {

// What a score takes in a score table, with its reason: an evaluation is
// split into parts as its table is (TaskRunner::least_part_bytes).
constexpr std::size_t table_bytes_a_score = 128;

struct Step {
  TenderResult result;
  std::optional<Candidate> candidate;
  bool unfinished = false;  // a verdict or a score is missing
};

const SourceSpan& assessment_place(const TenderResult& r) {
  return r.assessment != nullptr ? r.assessment->where : r.tender->where;
}

std::string score_text(double value) {
  return displayed_score(value).to_string();
}

// Step 2: a verdict on every requirement; each failed one is a ground for rejection.
void qualify(const Case& kase, TenderResult& r, Diagnostics& diagnostics) {
  for (const auto& requirement : kase.qualification) {
    const Verdict* verdict =
        r.assessment != nullptr ? r.assessment->verdict(requirement.id) : nullptr;
    if (verdict == nullptr) {
      diagnostics.error("qualification.missing",
                        {{"tender", r.tender->id}, {"requirement", requirement.id}},
                        assessment_place(r));
    } else if (!verdict->pass) {
      r.rejections.push_back({"reject.qualification",
                              {{"requirement", requirement.id}, {"reason", verdict->reason}},
                              verdict->where});
    }
  }
}

// Step 3: the evaluators' scores on every quality criterion, combined as the case says.
std::optional<Candidate> gather_scores(const Case& kase, const AwardCriteria& award,
                                       const CriteriaLayout& layout, TenderResult& r,
                                       Diagnostics& diagnostics) {
  Candidate candidate;
  candidate.received = r.tender->received;
  if (r.tender->price) {
    candidate.has_price = true;
    candidate.price = r.tender->price->amount().to_double();
    candidate.price_minor = r.tender->price->minor_units();
  }
  candidate.absolute.assign(layout.nodes.size(), 0.0);
  r.criteria.assign(layout.nodes.size(), CriterionResult{});
  const bool none = r.assessment == nullptr || r.assessment->scores.empty();
  if (none && !layout.quality_leaves.empty()) {
    diagnostics.error("score.none", {{"tender", r.tender->id}}, assessment_place(r));
    return std::nullopt;
  }
  bool complete = true;
  for (const int leaf : layout.quality_leaves) {
    const auto n = static_cast<std::size_t>(leaf);
    const Criterion& criterion = *layout.nodes[n].criterion;
    const auto it = r.assessment->scores.find(criterion.id);
    const CriterionScores* scores = it != r.assessment->scores.end() ? &it->second : nullptr;
    // Made only for a message: most criteria of most tenders have none.
    const auto where = [&] {
      if (scores != nullptr && !scores->individual.empty())
        return scores->individual.front().where.span();
      if (scores != nullptr && scores->consensus)
        return scores->consensus->where.span();
      return assessment_place(r);
    };
    const auto args = [&] {
      return MessageArgs{{"tender", r.tender->id}, {"criterion", criterion.id}};
    };
    for (const auto& evaluator : kase.evaluators) {
      if (scores == nullptr || scores->find(evaluator.id) == nullptr) {
        MessageArgs missing = args();
        missing.emplace_back("evaluator", evaluator.id);
        diagnostics.error("score.missing", missing, where());
        complete = false;
      }
    }
    if (award.combination == EvaluatorCombination::consensus &&
        (scores == nullptr || !scores->consensus)) {
      diagnostics.error("score.no-consensus", args(), where());
      complete = false;
    }
    if (scores == nullptr)
      continue;
    const CombinedScore combined = combine_scores(*scores, award);
    CriterionResult& result = r.criteria[n];
    result.scores = scores;
    result.spread = combined.spread;
    result.disagreement = combined.disagreement;
    if (combined.disagreement) {
      MessageArgs flag = args();
      flag.emplace_back("spread", combined.spread->normalized().to_string());
      flag.emplace_back("threshold", award.disagreement_threshold.normalized().to_string());
      diagnostics.warning("score.disagreement", flag, where());
    }
    if (!combined.score) {
      complete = false;
      continue;
    }
    candidate.absolute[n] = *combined.score;
    result.absolute = *combined.score;
  }
  if (!complete)
    return std::nullopt;
  aggregate_quality(layout, candidate.absolute);
  for (std::size_t n = 0; n < layout.nodes.size(); ++n) {
    if (!layout.nodes[n].leaf && !layout.nodes[n].price)
      r.criteria[n].absolute = candidate.absolute[n];
  }
  return candidate;
}

// Step 3, end: a score below a criterion's minimum rejects the tender.
void check_minimums(const CriteriaLayout& layout, TenderResult& r) {
  for (std::size_t n = 0; n < layout.nodes.size(); ++n) {
    const Criterion& criterion = *layout.nodes[n].criterion;
    const auto& absolute = r.criteria[n].absolute;
    if (!criterion.min_score || !absolute)
      continue;
    if (settle_score(*absolute) < settle_score(criterion.min_score->to_double())) {
      const CriterionScores* scores = r.criteria[n].scores;
      const SourceSpan where = scores != nullptr && !scores->individual.empty()
                                   ? scores->individual.front().where.span()
                                   : assessment_place(r);
      r.rejections.push_back({"reject.below-min-score",
                              {{"criterion", criterion.id},
                               {"score", score_text(*absolute)},
                               {"min", criterion.min_score->normalized().to_string()}},
                              where});
    }
  }
}

ScoringRules rules_of(const AwardCriteria& award, const CriteriaLayout& layout) {
  ScoringRules rules;
  rules.layout = &layout;
  rules.scale_min = award.scale.min.to_double();
  rules.scale_max = award.scale.max.to_double();
  rules.quality_scoring = award.quality_scoring;
  if (!layout.price_leaves.empty())
    rules.price_model = award.price_model;
  if (award.price_model && award.price_model->value_per_point)
    rules.value_per_point = award.price_model->value_per_point->amount().to_double();
  return rules;
}

std::string quoted_list(const std::vector<std::string>& ids) {
  std::string out;
  for (const auto& id : ids)
    out += (out.empty() ? "" : ", ") + ("'" + id + "'");
  return out;
}

void flag_ties(Evaluation& evaluation) {
  for (std::size_t i = 0; i < evaluation.ranked;) {
    std::size_t j = i + 1;
    while (j < evaluation.ranked && evaluation.tenders[j].tie_unresolved &&
           evaluation.tenders[j].rank == evaluation.tenders[i].rank) {
      ++j;
    }
    if (j - i > 1) {
      std::vector<std::string> ids;
      for (std::size_t k = i; k < j; ++k)
        ids.push_back(evaluation.tenders[k].tender->id);
      evaluation.diagnostics.warning(
          "tie.unresolved",
          {{"tenders", quoted_list(ids)}, {"rank", std::to_string(evaluation.tenders[i].rank)}});
    }
    i = j;
  }
}

}  // namespace

void check_method(const Case& kase, Diagnostics& diagnostics) {
  if (!kase.award) {
    diagnostics.error("evaluation.no-award", {{"path", kase.case_file}});
    return;
  }
  const auto all = kase.award->all();
  const bool scored_by_evaluators = std::any_of(all.begin(), all.end(), [](const Criterion* c) {
    return c->is_leaf() && c->kind == CriterionKind::quality;
  });
  if (kase.award->combination == EvaluatorCombination::average && kase.evaluators.empty() &&
      scored_by_evaluators) {
    diagnostics.error("score.no-evaluators", {}, kase.award->where);
  }
}

Evaluation evaluate(const Case& kase, const TenderLoad& tenders, Instant deadline,
                    const EvaluationOptions& options) {
  Evaluation evaluation;
  evaluation.kase = &kase;
  evaluation.deadline = deadline;
  auto& diagnostics = evaluation.diagnostics;
  check_method(kase, diagnostics);
  if (diagnostics.has_errors())
    return evaluation;
  const AwardCriteria& award = *kase.award;
  evaluation.award = &award;
  evaluation.layout = CriteriaLayout::of(award);
  const CriteriaLayout& layout = evaluation.layout;

  // Steps 1 to 3 take each tender on its own: a large case in parts at
  // once, each part's problems added after the part before's, as in one pass.
  std::vector<Step> steps(tenders.tenders.size());
  const auto take_step = [&](const Tender& tender, Step& step, Diagnostics& found) {
    step.result.tender = &tender;
    step.result.assessment = tenders.assessment(tender.id);
    TenderResult& r = step.result;
    // Step 1: late tenders are rejected unread.
    if (tender.received > deadline) {
      r.late = true;
      r.rejections.push_back(
          {"reject.late",
           {{"received", iso_oslo(tender.received)}, {"deadline", iso_oslo(deadline)}},
           tender.received_where});
      return;
    }
    qualify(kase, r, found);
    if (r.rejected())
      return;
    step.candidate = gather_scores(kase, award, layout, r, found);
    if (step.candidate)
      check_minimums(layout, r);
    if (r.rejected())
      step.candidate.reset();
  };
  const auto take_steps = [&](std::size_t first, std::size_t last, Diagnostics& found) {
    for (std::size_t i = first; i < last; ++i) {
      const int errors_before = found.error_count();
      take_step(tenders.tenders[i], steps[i], found);
      steps[i].unfinished = found.error_count() > errors_before;
    }
  };
  const std::size_t scores = steps.size() * layout.quality_leaves.size() *
                             std::max<std::size_t>(kase.evaluators.size(), 1);
  const std::size_t parts =
      std::min(steps.size(), part_count(options.parallel, scores * table_bytes_a_score));
  std::vector<Diagnostics> found(parts);
  std::vector<Task> tasks;
  for (std::size_t p = 0; p < parts; ++p) {
    tasks.emplace_back(
        [&, p] { take_steps(steps.size() * p / parts, steps.size() * (p + 1) / parts, found[p]); });
  }
  run_tasks(options.parallel, tasks);
  for (const Diagnostics& part : found)
    diagnostics.append(part);
  evaluation.unfinished = static_cast<int>(
      std::count_if(steps.begin(), steps.end(), [](const Step& step) { return step.unfinished; }));
  if (diagnostics.has_errors()) {
    for (auto& step : steps)
      evaluation.tenders.push_back(std::move(step.result));
    diagnostics.sort_by_place();
    return evaluation;
  }

  // Step 4: score the field together and rank it.
  std::vector<Candidate> candidates;
  std::vector<std::size_t> owner;  // candidate -> step
  for (std::size_t i = 0; i < steps.size(); ++i) {
    if (steps[i].candidate) {
      candidates.push_back(std::move(*steps[i].candidate));
      owner.push_back(i);
    }
  }
  std::vector<std::size_t> field(candidates.size());
  for (std::size_t i = 0; i < field.size(); ++i)
    field[i] = i;
  const ScoringRules rules = rules_of(award, layout);
  const RankedField ranked = rank_field(rules, candidates, field, award.tie_break);
  for (std::size_t pos = 0; pos < field.size(); ++pos) {
    TenderResult& r = steps[owner[pos]].result;
    const ScoreRow& row = ranked.rows[pos];
    r.scored = true;
    for (std::size_t n = 0; n < layout.nodes.size(); ++n) {
      r.criteria[n].score = row.score[n];
      r.criteria[n].points = row.points[n];
    }
    r.total = row.total;
    r.quality = row.quality;
    r.adjusted_price = row.adjusted_price;
    r.rank = ranked.ranking.rank[pos];
    r.tie_unresolved = ranked.ranking.unresolved[pos];
    r.decided_by = ranked.ranking.decided_by[pos];
  }
  std::vector<const Tender*> field_tender(field.size());
  for (std::size_t pos = 0; pos < field.size(); ++pos)
    field_tender[pos] = steps[owner[pos]].result.tender;
  for (const std::size_t pos : ranked.ranking.order)
    evaluation.tenders.push_back(std::move(steps[owner[pos]].result));
  evaluation.ranked = evaluation.tenders.size();
  for (auto& step : steps) {
    if (!step.result.scored)
      evaluation.tenders.push_back(std::move(step.result));
  }

  if (evaluation.ranked == 0) {
    diagnostics.warning("evaluation.no-valid-tender");
    return evaluation;
  }
  if (!evaluation.tenders[0].tie_unresolved)
    evaluation.winner = 0;
  flag_ties(evaluation);

  // How firm the ranking is.
  const auto id_of = [&](std::size_t pos) { return field_tender[pos]->id; };
  if (evaluation.ranked >= 2) {
    const std::size_t first = ranked.ranking.order[0];
    const std::size_t second = ranked.ranking.order[1];
    if (rules.price_model && rules.price_model->kind == PriceModelKind::price_quality) {
      evaluation.value_swap = value_swap(candidates[first], ranked.rows[first], candidates[second],
                                         ranked.rows[second]);
    } else {
      evaluation.weight_swap = weight_swap(layout, ranked.rows[first], ranked.rows[second]);
    }
  }
  for (const auto& reversal :
       rank_reversals(rules, candidates, field, award.tie_break, ranked.ranking)) {
    RankReversalFinding finding{id_of(reversal.removed), id_of(reversal.ahead),
                                id_of(reversal.behind), reversal.changes};
    diagnostics.warning("robustness.rank-reversal", {{"removed", finding.removed},
                                                     {"ahead", finding.ahead},
                                                     {"behind", finding.behind},
                                                     {"changes", std::to_string(finding.changes)}});
    evaluation.reversals.push_back(std::move(finding));
  }
  if (options.what_if) {
    for (auto& variant : what_if_rankings(rules, candidates, field, award.tie_break)) {
      WhatIf what_if;
      what_if.model = variant.model;
      what_if.as_applied = variant.as_applied;
      for (const std::size_t pos : variant.result.ranking.order) {
        const ScoreRow& row = variant.result.rows[pos];
        what_if.ranking.push_back(
            {id_of(pos), variant.result.ranking.rank[pos], row.total, row.adjusted_price});
      }
      evaluation.what_if.push_back(std::move(what_if));
    }
  }
  diagnostics.sort_by_place();
  return evaluation;
}

}  // namespace procure
