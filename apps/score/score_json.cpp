// The JSON document of procure-score rank. Scores are given unrounded (as
// numbers) and as shown (rounded strings); amounts as exact decimal strings.
#include "common/app_catalog.hpp"
#include "common/diagnostic_output.hpp"
#include "procure/evaluation/score_rounding.hpp"
#include "procure/model/display_names.hpp"
#include "score_format.hpp"
#include "score_outputs.hpp"

namespace procure::cli {
namespace {

using nlohmann::json;

json localized(const LocalizedText& text) {
  json j = json::object();
  for (const auto& [lang, value] : text.all())
    j[std::string(lang_code(lang))] = value;
  return j;
}

json optional_number(const std::optional<double>& value) {
  return value ? json(*value) : json(nullptr);
}

std::string shown(double value) {
  return displayed_score(value).to_string();
}

json evaluator_json(const EvaluatorScore& s) {
  return {{"evaluator", s.evaluator},
          {"score", s.score.normalized().to_string()},
          {"reason", s.reason},
          {"file", s.where.file},
          {"line", s.where.line}};
}

json method_json(const AwardCriteria& award, bool has_price) {
  json tie = json::array();
  for (const TieBreak rule : award.tie_break)
    tie.push_back(std::string(name_in(tie_break_choices(), rule)));
  json model = nullptr;
  if (award.price_model && has_price) {
    const PriceModel& m = *award.price_model;
    model = {{"model", std::string(name_in(price_model_choices(), m.kind))},
             {"floor_at_zero", m.floor_at_zero},
             {"value_per_point",
              m.value_per_point ? json(m.value_per_point->amount().to_string()) : json(nullptr)}};
  }
  return {
      {"basis", std::string(name_in(award_basis_choices(), award.basis))},
      {"scale",
       {{"min", award.scale.min.normalized().to_string()},
        {"max", award.scale.max.normalized().to_string()}}},
      {"quality_scoring", std::string(name_in(quality_scoring_choices(), award.quality_scoring))},
      {"price_model", model},
      {"evaluator_scores",
       std::string(name_in(evaluator_combination_choices(), award.combination))},
      {"disagreement_threshold", award.disagreement_threshold.normalized().to_string()},
      {"tie_break", tie},
      {"rounding", {{"decimals", score_decimals}, {"rule", "half-away-from-zero"}}}};
}

json criteria_json(const Evaluation& e) {
  json list = json::array();
  for (const auto& node : e.layout.nodes) {
    const Criterion& c = *node.criterion;
    const auto share = e.award->effective_weight(c.id);
    list.push_back(
        {{"id", c.id},
         {"name", localized(c.name)},
         {"kind", std::string(name_in(criterion_kind_choices(), c.kind))},
         {"parent", node.parent >= 0
                        ? json(e.layout.nodes[static_cast<std::size_t>(node.parent)].criterion->id)
                        : json(nullptr)},
         {"weight", c.weight.normalized().to_string()},
         {"share", share ? json(share->normalized().to_string()) : json(nullptr)},
         {"min_score", c.min_score ? json(c.min_score->normalized().to_string()) : json(nullptr)}});
  }
  return list;
}

json tender_json(const TenderResult& r, const Evaluation& e, bool price_quality,
                 const ToolContext& ctx) {
  const Tender& t = *r.tender;
  json rejections = json::array();
  for (const auto& rejection : r.rejections) {
    json args = json::object();
    for (const auto& [name, value] : rejection.args)
      args[name] = value;
    rejections.push_back({{"code", rejection.code},
                          {"message", ctx.tr(rejection.code, rejection.args)},
                          {"rule", std::string(app_catalog().rule(rejection.code))},
                          {"args", args},
                          {"file", rejection.where.file},
                          {"line", rejection.where.line}});
  }
  json criteria = json::array();
  for (std::size_t n = 0; n < r.criteria.size(); ++n) {
    const auto& node = e.layout.nodes[n];
    const CriterionResult& c = r.criteria[n];
    json entry{{"id", node.criterion->id}, {"absolute", optional_number(c.absolute)}};
    const bool has_score = r.scored && !(node.price && price_quality);
    entry["score"] = has_score ? json(c.score) : json(nullptr);
    entry["score_shown"] = has_score ? json(shown(c.score)) : json(nullptr);
    entry["points"] = has_score ? json(c.points) : json(nullptr);
    entry["points_shown"] = has_score ? json(shown(c.points)) : json(nullptr);
    entry["spread"] = c.spread ? json(c.spread->normalized().to_string()) : json(nullptr);
    entry["disagreement"] = c.disagreement;
    json individual = json::array();
    json consensus = nullptr;
    if (c.scores != nullptr) {
      for (const auto& s : c.scores->individual)
        individual.push_back(evaluator_json(s));
      if (c.scores->consensus)
        consensus = evaluator_json(*c.scores->consensus);
    }
    entry["evaluators"] = individual;
    entry["consensus"] = consensus;
    criteria.push_back(entry);
  }
  json schedule = json::array();
  for (const auto& line : t.schedule) {
    schedule.push_back({{"item", line.item},
                        {"description", line.description},
                        {"unit", line.unit},
                        {"quantity", line.quantity.normalized().to_string()},
                        {"unit_price", line.unit_price.amount().to_string()},
                        {"amount", line.amount.to_string()}});
  }
  return {
      {"id", t.id},
      {"supplier",
       {{"name", t.supplier.name},
        {"organisation_number", t.supplier.organisation_number
                                    ? json(t.supplier.organisation_number->digits())
                                    : json(nullptr)}}},
      {"title", t.title.empty() ? json(nullptr) : json(t.title)},
      {"file", t.file},
      {"received", iso_oslo(t.received)},
      {"late", r.late},
      {"price", t.price ? json(t.price->amount().to_string()) : json(nullptr)},
      {"stated_price", t.stated_price ? json(t.stated_price->amount().to_string()) : json(nullptr)},
      {"price_schedule", schedule},
      {"answers", t.answers},
      {"status", r.rank > 0 ? "ranked" : "rejected"},
      {"rank", r.rank > 0 ? json(r.rank) : json(nullptr)},
      {"tie_unresolved", r.tie_unresolved},
      {"decided_by", r.decided_by ? json(std::string(name_in(tie_break_choices(), *r.decided_by)))
                                  : json(nullptr)},
      {"total", r.scored && !price_quality ? json(r.total) : json(nullptr)},
      {"total_shown", r.scored && !price_quality ? json(shown(r.total)) : json(nullptr)},
      {"quality", r.scored ? json(r.quality) : json(nullptr)},
      {"quality_shown", r.scored ? json(shown(r.quality)) : json(nullptr)},
      {"adjusted_price", optional_number(r.adjusted_price)},
      {"adjusted_price_shown",
       r.adjusted_price ? json(displayed_score(*r.adjusted_price).to_string()) : json(nullptr)},
      {"rejections", rejections},
      {"criteria", criteria}};
}

json robustness_json(const Evaluation& e) {
  json swap = nullptr;
  if (e.weight_swap) {
    json moves = json::array();
    for (const auto& move : e.weight_swap->moves) {
      moves.push_back({{"from", e.layout.nodes[static_cast<std::size_t>(move.from)].criterion->id},
                       {"to", e.layout.nodes[static_cast<std::size_t>(move.to)].criterion->id},
                       {"percentage_points", move.amount}});
    }
    swap = {{"first", e.tenders[0].tender->id},
            {"second", e.tenders[1].tender->id},
            {"margin", e.weight_swap->margin},
            {"possible", e.weight_swap->possible},
            {"shift", e.weight_swap->possible ? json(e.weight_swap->shift) : json(nullptr)},
            {"moves", moves}};
  }
  json value = nullptr;
  if (e.value_swap) {
    value = {{"first", e.tenders[0].tender->id},
             {"second", e.tenders[1].tender->id},
             {"possible", e.value_swap->possible},
             {"value_per_point",
              e.value_swap->possible ? json(e.value_swap->value_per_point) : json(nullptr)}};
  }
  json reversals = json::array();
  for (const auto& r : e.reversals) {
    reversals.push_back(
        {{"removed", r.removed}, {"ahead", r.ahead}, {"behind", r.behind}, {"changes", r.changes}});
  }
  return {{"weight_swap", swap}, {"value_swap", value}, {"rank_reversals", reversals}};
}

json what_if_json(const Evaluation& e, const ToolContext& ctx) {
  json list = json::array();
  for (const auto& what_if : e.what_if) {
    json ranking = json::array();
    for (const auto& entry : what_if.ranking) {
      ranking.push_back({{"tender", entry.tender},
                         {"rank", entry.rank},
                         {"total", entry.adjusted_price ? json(nullptr) : json(entry.total)},
                         {"adjusted_price", optional_number(entry.adjusted_price)}});
    }
    list.push_back({{"model", std::string(name_in(price_model_choices(), what_if.model.kind))},
                    {"floor_at_zero", what_if.model.floor_at_zero},
                    {"as_applied", what_if.as_applied},
                    {"note", ctx.tr("ui.score.what-if.note")},
                    {"ranking", ranking}});
  }
  return list;
}

}  // namespace

json evaluation_json(const RankedCase& ranked, const ToolContext& ctx) {
  const Evaluation& e = ranked.evaluation;
  const Case& kase = ranked.kase();
  const bool has_price = !e.layout.price_leaves.empty();
  const bool price_quality = has_price && e.award->price_model &&
                             e.award->price_model->kind == PriceModelKind::price_quality;
  json tenders = json::array();
  for (const auto& r : e.tenders)
    tenders.push_back(tender_json(r, e, price_quality, ctx));
  json winner = nullptr;
  if (e.winner) {
    const Tender& w = *e.tenders[*e.winner].tender;
    winner = {{"id", w.id}, {"supplier", w.supplier.name}};
  }
  json document{{"tool", "score"},
                {"command", "rank"},
                {"case",
                 {{"folder", ranked.input.location.display},
                  {"case_file", kase.case_file},
                  {"reference", kase.reference},
                  {"title", localized(kase.title)},
                  {"currency", std::string(kase.currency.code)}}},
                {"opening",
                 {{"protocol", ranked.protocol_shown},
                  {"tender_deadline", iso_oslo(e.deadline)},
                  {"opened_at", iso_oslo(ranked.protocol.opened_at)},
                  {"files_sealed", ranked.protocol.files.size()},
                  {"unchanged", true}}},
                {"method", method_json(*e.award, has_price)},
                {"criteria", criteria_json(e)},
                {"tenders", tenders},
                {"ranked", e.ranked},
                {"winner", winner},
                {"robustness", robustness_json(e)},
                {"diagnostics", diagnostics_to_json(ranked.diagnostics, app_catalog(), ctx.lang)}};
  if (!e.what_if.empty())
    document["what_if"] = what_if_json(e, ctx);
  return document;
}

}  // namespace procure::cli
