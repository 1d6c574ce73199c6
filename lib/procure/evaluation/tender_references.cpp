// What the YAML and CSV readers of tenders and assessments share: values,
// references by id, and the checks on answers, verdicts and scores.
#include <algorithm>
#include <array>

#include "procure/core/suggest.hpp"
#include "procure/evaluation/price_schedule.hpp"
#include "procure/evaluation/tender_readers.hpp"
#include "procure/text/blank_text.hpp"

namespace procure::evaluation_detail {
namespace {

constexpr std::array<Choice<bool>, 2> verdict_choices{{{"pass", true}, {"fail", false}}};

// Reports `id` as unknown with the nearest candidate, under `code` or `code`-suggest.
void unknown(yaml::Reader& reader, const SourceSpan& where, const std::string& code,
             const std::string& id, const std::vector<std::string>& candidates) {
  const auto suggestion = nearest(id, candidates);
  reader.diagnostics().error(suggestion ? code + "-suggest" : code,
                             {{"id", id}, {"suggestion", suggestion.value_or("")}}, where);
}

// A reason of spaces only (no-break, zero-width, ...) is no reason: it
// would show as a blank in the report and the letters.
std::optional<std::string> reason_text(yaml::Reader& reader, const yaml::Node* reason) {
  if (reason == nullptr || (reason->is_scalar() && is_blank_text(reason->text)))
    return std::nullopt;
  return reader.text(*reason);
}

}  // namespace

Tender* Context::find_tender(std::string_view id) {
  if (!tender_index.empty()) {
    if (last_tender < tenders.size() && tenders[last_tender].id == id)
      return &tenders[last_tender];
    const auto it = tender_index.find(id);
    if (it == tender_index.end())
      return nullptr;
    last_tender = it->second;
    return &tenders[it->second];
  }
  for (auto& tender : tenders) {
    if (tender.id == id)
      return &tender;
  }
  return nullptr;
}

void Context::index_tenders() {
  tender_index.clear();
  for (std::size_t i = 0; i < tenders.size(); ++i)
    tender_index.emplace(tenders[i].id, i);
}

const Case& Context::case_of(const Tender& tender) const {
  const auto it = lot_views.find(tender.lot);
  return it != lot_views.end() ? it->second : kase;
}

const Criterion* Context::find_criterion(const Tender& tender, std::string_view id) {
  const Case& evaluated = case_of(tender);
  if (!evaluated.award)
    return nullptr;
  if (last_criterion != nullptr && *last_criterion_lot == tender.lot && last_criterion->id == id)
    return last_criterion;
  const auto [lot, made] = criterion_index.try_emplace(tender.lot);
  auto& index = lot->second;
  if (made) {
    for (const Criterion* c : evaluated.award->all())
      index.emplace(c->id, c);
  }
  const auto it = index.find(id);
  if (it == index.end())
    return nullptr;
  last_criterion = it->second;
  last_criterion_lot = &lot->first;
  return it->second;
}

CriterionScores& Context::criterion_scores(Assessment& assessment, const std::string& criterion) {
  if (last_scores != nullptr && last_scores_assessment == &assessment &&
      last_scores->first == criterion)
    return last_scores->second;
  last_scores = &*assessment.scores.try_emplace(criterion).first;
  last_scores_assessment = &assessment;
  return last_scores->second;
}

Assessment& Context::assessment(const std::string& tender, const std::string& file,
                                const SourceSpan& at) {
  auto [it, added] = load.assessments.try_emplace(tender);
  if (added) {
    it->second.file = file;
    it->second.where = at;
  }
  return it->second;
}

Assessment& Context::assessment(const std::string& tender, const std::string& file,
                                const SourcePlace& at) {
  if (last_assessment != nullptr && last_assessment->first == tender)
    return last_assessment->second;
  auto [it, added] = load.assessments.try_emplace(tender);
  if (added) {
    it->second.file = file;
    it->second.where = at.span();
  }
  last_assessment = &*it;
  return it->second;
}

bool Context::first_time(const std::string& key, const SourceSpan& where, std::string& earlier) {
  const auto [it, added] = first_seen.try_emplace(key, where);
  if (!added)
    earlier = it->second.place();
  return added;
}

std::optional<Money> read_price(Context& ctx, yaml::Reader& reader, const yaml::Node& node) {
  const auto money = reader.money(node, ctx.kase.currency);
  if (!money)
    return std::nullopt;
  if (money->currency().code != ctx.kase.currency.code) {
    reader.error(node, "tender.currency",
                 {{"value", node.text}, {"currency", std::string(ctx.kase.currency.code)}});
    return std::nullopt;
  }
  if (money->minor_units() <= 0) {
    reader.error(node, "money.not-positive", {{"value", node.text}});
    return std::nullopt;
  }
  return money;
}

void add_tender(Context& ctx, Tender tender) {
  std::string earlier;
  if (!ctx.first_time("tender:" + tender.id, tender.where, earlier)) {
    ctx.load.diagnostics.error("tender.duplicate", {{"id", tender.id}, {"first", earlier}},
                               tender.where);
    return;
  }
  ctx.tenders.push_back(std::move(tender));
}

std::optional<PriceLine> read_price_line(Context& ctx, yaml::Reader& reader,
                                         const PriceLineNodes& nodes, const SourceSpan& where) {
  PriceLine line;
  line.where = where;
  bool ok = true;
  if (nodes.item != nullptr) {
    if (auto v = reader.text(*nodes.item))
      line.item = *v;
    else
      ok = false;
  }
  if (nodes.description != nullptr) {
    if (auto v = reader.text(*nodes.description))
      line.description = *v;
  }
  if (nodes.unit != nullptr) {
    if (auto v = reader.text(*nodes.unit))
      line.unit = *v;
  }
  if (nodes.quantity != nullptr) {
    const auto quantity = reader.decimal(*nodes.quantity);
    if (quantity && quantity->is_negative()) {
      reader.error(*nodes.quantity, "tender.negative-quantity", {{"value", nodes.quantity->text}});
      ok = false;
    } else if (quantity) {
      line.quantity = *quantity;
    } else {
      ok = false;
    }
  }
  if (nodes.unit_price != nullptr) {
    const auto price = reader.money(*nodes.unit_price, ctx.kase.currency);
    if (price && price->currency().code != ctx.kase.currency.code) {
      reader.error(
          *nodes.unit_price, "tender.currency",
          {{"value", nodes.unit_price->text}, {"currency", std::string(ctx.kase.currency.code)}});
      ok = false;
    } else if (price && price->is_negative()) {
      reader.error(*nodes.unit_price, "money.negative", {{"value", nodes.unit_price->text}});
      ok = false;
    } else if (price) {
      line.unit_price = *price;
    } else {
      ok = false;
    }
  }
  if (!ok || nodes.quantity == nullptr || nodes.unit_price == nullptr)
    return std::nullopt;
  const auto amount = line_amount(line.quantity, line.unit_price);
  if (!amount) {
    reader.error(*nodes.quantity, "number.too-large", {{"value", nodes.quantity->text}});
    return std::nullopt;
  }
  line.amount = *amount;
  return line;
}

namespace {

// The tender `id`, or nullptr after reporting it as unknown at `where`
// (unless its own file could not be read: that is reported already).
Tender* known_tender(Context& ctx, yaml::Reader& reader, const std::string& id,
                     const SourceSpan& where) {
  if (Tender* tender = ctx.find_tender(id))
    return tender;
  if (ctx.unreadable.contains(id))
    return nullptr;
  std::vector<std::string> ids;
  for (const auto& t : ctx.tenders)
    ids.push_back(t.id);
  unknown(reader, where, "tender.unknown", id, ids);
  return nullptr;
}

}  // namespace

Tender* tender_ref(Context& ctx, yaml::Reader& reader, const yaml::Node& node) {
  const auto id = reader.text(node);
  if (!id)
    return nullptr;
  // The place (with its line quoted) only for a tender that is not known:
  // a score table names a tender on every row.
  if (Tender* tender = ctx.find_tender(*id))
    return tender;
  return known_tender(ctx, reader, *id, reader.span(node));
}

Tender* tender_of_file(Context& ctx, yaml::Reader& reader, const std::string& id) {
  return known_tender(ctx, reader, id, reader.source().span_at_byte(1, 0));
}

bool requirement_ref(const Case& kase, yaml::Reader& reader, const yaml::Node& node) {
  const auto id = reader.text(node);
  if (!id)
    return false;
  std::vector<std::string> ids;
  for (const auto& requirement : kase.qualification) {
    if (requirement.id == *id)
      return true;
    ids.push_back(requirement.id);
  }
  unknown(reader, reader.span(node), "qualification.unknown-requirement", *id, ids);
  return false;
}

void add_answer(Context& ctx, yaml::Reader& reader, Tender& tender, const yaml::Node& requirement,
                const yaml::Node& answer) {
  if (!requirement_ref(ctx.case_of(tender), reader, requirement))
    return;
  const auto text = reader.text(answer);
  if (!text)
    return;
  std::string earlier;
  if (!ctx.first_time("answer:" + tender.id + ":" + requirement.text, reader.span(requirement),
                      earlier)) {
    reader.error(requirement, "tender.answer-twice",
                 {{"id", tender.id}, {"requirement", requirement.text}, {"first", earlier}});
    return;
  }
  tender.answers[requirement.text] = *text;
}

void add_verdict(Context& ctx, yaml::Reader& reader, const Tender& tender,
                 const yaml::Node& requirement, const yaml::Node& result, const yaml::Node* reason,
                 const std::string& file) {
  if (!requirement_ref(ctx.case_of(tender), reader, requirement))
    return;
  const auto pass = reader.choice(result, std::span<const Choice<bool>>(verdict_choices));
  if (!pass)
    return;
  Verdict verdict;
  verdict.pass = *pass;
  verdict.where = reader.span(result);
  if (auto text = reason_text(reader, reason))
    verdict.reason = std::move(*text);
  if (!verdict.pass && verdict.reason.empty()) {
    reader.error(result, "qualification.no-reason",
                 {{"tender", tender.id}, {"requirement", requirement.text}});
    return;
  }
  auto& verdicts = ctx.assessment(tender.id, file, verdict.where).qualification;
  if (const auto it = verdicts.find(requirement.text); it != verdicts.end()) {
    reader.error(requirement, "qualification.twice",
                 {{"tender", tender.id},
                  {"requirement", requirement.text},
                  {"first", it->second.where.place()}});
    return;
  }
  verdicts.emplace(requirement.text, std::move(verdict));
}

void add_score(Context& ctx, yaml::Reader& reader, const Tender& tender,
               const yaml::Node& criterion_node, const yaml::Node& evaluator_node,
               const yaml::Node* score_node, const yaml::Node* reason, SourcePlace where,
               const std::string& file) {
  const auto criterion_id = reader.text(criterion_node);
  auto evaluator_id = reader.text(evaluator_node);
  if (!criterion_id || !evaluator_id)
    return;
  const Case& evaluated = ctx.case_of(tender);
  const AwardCriteria* award = evaluated.award ? &*evaluated.award : nullptr;
  const Criterion* criterion = ctx.find_criterion(tender, *criterion_id);
  if (criterion == nullptr) {
    std::vector<std::string> scorable;
    if (award != nullptr) {
      for (const Criterion* c : award->all()) {
        if (c->is_leaf() && c->kind == CriterionKind::quality)
          scorable.push_back(c->id);
      }
    }
    unknown(reader, reader.span(criterion_node), "score.unknown-criterion", *criterion_id,
            scorable);
    return;
  }
  if (!criterion->is_leaf() || criterion->kind == CriterionKind::price) {
    reader.error(criterion_node,
                 criterion->is_leaf() ? "score.price-not-scored" : "score.not-a-leaf",
                 {{"id", *criterion_id}});
    return;
  }
  const bool is_consensus = *evaluator_id == consensus_evaluator;
  if (!is_consensus && ctx.kase.find_evaluator(*evaluator_id) == nullptr) {
    std::vector<std::string> ids;
    for (const auto& e : ctx.kase.evaluators)
      ids.push_back(e.id);
    ids.emplace_back(consensus_evaluator);
    unknown(reader, reader.span(evaluator_node), "score.unknown-evaluator", *evaluator_id, ids);
    return;
  }
  if (is_consensus && award->combination == EvaluatorCombination::average) {
    reader.error(evaluator_node, "score.consensus-in-average", {{"tender", tender.id}});
    return;
  }
  if (score_node == nullptr) {
    reader.diagnostics().error(
        "score.no-score",
        {{"tender", tender.id}, {"criterion", *criterion_id}, {"evaluator", *evaluator_id}},
        where.span());
    return;
  }
  const auto score = reader.decimal(*score_node);
  if (!score)
    return;
  if (*score < award->scale.min || *score > award->scale.max) {
    reader.error(*score_node, "score.outside-scale",
                 {{"score", score_node->text},
                  {"min", award->scale.min.normalized().to_string()},
                  {"max", award->scale.max.normalized().to_string()}});
    return;
  }
  auto reason_value = reason_text(reader, reason);
  if (!reason_value) {
    reader.diagnostics().error(
        "score.no-reason",
        {{"tender", tender.id}, {"criterion", *criterion_id}, {"evaluator", *evaluator_id}},
        where.span());
    return;
  }
  auto& scores = ctx.criterion_scores(ctx.assessment(tender.id, file, where), *criterion_id);
  if (const EvaluatorScore* earlier = scores.find(*evaluator_id)) {
    reader.diagnostics().error("score.twice",
                               {{"tender", tender.id},
                                {"criterion", *criterion_id},
                                {"evaluator", *evaluator_id},
                                {"first", earlier->where.span().place()}},
                               where.span());
    return;
  }
  EvaluatorScore entry{std::move(*evaluator_id), *score, std::move(*reason_value),
                       std::move(where)};
  if (is_consensus) {
    scores.consensus = std::make_unique<EvaluatorScore>(std::move(entry));
    return;
  }
  // Room for every evaluator of the case at once, not a regrowth for each.
  if (scores.individual.empty())
    scores.individual.reserve(ctx.kase.evaluators.size());
  scores.individual.push_back(std::move(entry));
}

}  // namespace procure::evaluation_detail
