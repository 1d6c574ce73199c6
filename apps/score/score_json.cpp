// The JSON document of procure-score rank. Scores are given unrounded (as
// numbers) and as shown (rounded strings); amounts as exact decimal strings.
#include <functional>
#include <ostream>
#include <unordered_map>

#include "common/app_catalog.hpp"
#include "common/diagnostic_output.hpp"
#include "common/json_writer.hpp"
#include "common/task_threads.hpp"
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
  // Every share at once: one walk of the tree, not one for each criterion.
  std::unordered_map<const Criterion*, std::optional<Decimal>> shares;
  const auto criteria = e.award->all();
  const auto weights = e.award->effective_weights();
  for (std::size_t i = 0; i < criteria.size(); ++i)
    shares.emplace(criteria[i], weights[i]);
  for (const auto& node : e.layout.nodes) {
    const Criterion& c = *node.criterion;
    const auto& share = shares.at(&c);
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

void optional_value(JsonWriter& w, const std::optional<double>& value) {
  if (value)
    w.value(*value);
  else
    w.null();
}

void shown_value(JsonWriter& w, bool has, double value) {
  if (has)
    w.value(shown(value));
  else
    w.null();
}

void write_evaluator(JsonWriter& w, const EvaluatorScore& s) {
  const std::string score = s.score.normalized().to_string();
  w.inline_object({{"evaluator", s.evaluator}, {"reason", s.reason}, {"score", score}});
}

void write_criterion(JsonWriter& w, const CriterionNode& node, const CriterionResult& c,
                     bool has_score) {
  w.begin_object();
  w.key("absolute");
  optional_value(w, c.absolute);
  w.key("consensus");
  if (c.scores != nullptr && c.scores->consensus)
    write_evaluator(w, *c.scores->consensus);
  else
    w.null();
  w.key("disagreement");
  w.value(c.disagreement);
  w.key("evaluators");
  w.begin_array();
  if (c.scores != nullptr) {
    for (const auto& s : c.scores->individual)
      write_evaluator(w, s);
  }
  w.end_array();
  w.key("id");
  w.value(node.criterion->id);
  w.key("points");
  optional_value(w, has_score ? std::optional(c.points) : std::nullopt);
  w.key("points_shown");
  shown_value(w, has_score, c.points);
  w.key("score");
  optional_value(w, has_score ? std::optional(c.score) : std::nullopt);
  w.key("score_shown");
  shown_value(w, has_score, c.score);
  w.key("spread");
  if (c.spread)
    w.value(c.spread->normalized().to_string());
  else
    w.null();
  w.end_object();
}

json rejections_json(const TenderResult& r, const ToolContext& ctx) {
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
  return rejections;
}

json schedule_json(const Tender& t) {
  json schedule = json::array();
  for (const auto& line : t.schedule) {
    schedule.push_back({{"item", line.item},
                        {"description", line.description},
                        {"unit", line.unit},
                        {"quantity", line.quantity.normalized().to_string()},
                        {"unit_price", line.unit_price.amount().to_string()},
                        {"amount", line.amount.to_string()}});
  }
  return schedule;
}

json money_json(const std::optional<Money>& money) {
  return money ? json(money->amount().to_string()) : json(nullptr);
}

void write_tender(JsonWriter& w, const TenderResult& r, const Evaluation& e, bool price_quality,
                  const ToolContext& ctx) {
  const Tender& t = *r.tender;
  const bool total = r.scored && !price_quality;
  w.begin_object();
  w.key("adjusted_price");
  optional_value(w, r.adjusted_price);
  w.key("adjusted_price_shown");
  shown_value(w, r.adjusted_price.has_value(), r.adjusted_price.value_or(0));
  w.key("answers");
  w.value(json(t.answers));
  w.key("criteria");
  w.begin_array();
  for (std::size_t n = 0; n < r.criteria.size(); ++n) {
    const auto& node = e.layout.nodes[n];
    write_criterion(w, node, r.criteria[n], r.scored && !(node.price && price_quality));
  }
  w.end_array();
  w.key("decided_by");
  if (r.decided_by)
    w.value(name_in(tie_break_choices(), *r.decided_by));
  else
    w.null();
  w.key("file");
  w.value(t.file);
  w.key("id");
  w.value(t.id);
  w.key("late");
  w.value(r.late);
  w.key("price");
  w.value(money_json(t.price));
  w.key("price_schedule");
  w.value(schedule_json(t));
  w.key("quality");
  optional_value(w, r.scored ? std::optional(r.quality) : std::nullopt);
  w.key("quality_shown");
  shown_value(w, r.scored, r.quality);
  w.key("rank");
  if (r.rank > 0)
    w.value(static_cast<long long>(r.rank));
  else
    w.null();
  w.key("received");
  w.value(iso_oslo(t.received));
  w.key("rejections");
  w.value(rejections_json(r, ctx));
  w.key("stated_price");
  w.value(money_json(t.stated_price));
  w.key("status");
  w.value(r.rank > 0 ? "ranked" : "rejected");
  w.key("supplier");
  w.value(json{{"name", t.supplier.name},
               {"organisation_number", t.supplier.organisation_number
                                           ? json(t.supplier.organisation_number->digits())
                                           : json(nullptr)}});
  w.key("tie_unresolved");
  w.value(r.tie_unresolved);
  w.key("title");
  w.value(t.title.empty() ? json(nullptr) : json(t.title));
  w.key("total");
  optional_value(w, total ? std::optional(r.total) : std::nullopt);
  w.key("total_shown");
  shown_value(w, total, r.total);
  w.end_object();
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

std::size_t evaluation_json_size(const RankedCase& ranked) {
  // Some 200 bytes a score: each evaluator's and the combined one, on each
  // quality criterion of each tender. Counted from the case, not the
  // assessments: walking 80 000 of them took a twentieth of a large ranking.
  const Evaluation& e = ranked.evaluation();
  const std::size_t scores =
      e.tenders.size() * e.layout.quality_leaves.size() * (ranked.kase().evaluators.size() + 1);
  return 64 * 1024 + scores * 200;
}

void write_evaluation_json(JsonWriter& w, const RankedCase& ranked, const ToolContext& ctx,
                           const TendersWriter& write_tenders) {
  const Evaluation& e = ranked.evaluation();
  const Case& kase = ranked.kase();
  const bool has_price = !e.layout.price_leaves.empty();
  const bool price_quality = has_price && e.award->price_model &&
                             e.award->price_model->kind == PriceModelKind::price_quality;
  w.begin_object();
  w.key("case");
  w.value(json{{"folder", ranked.input.location.display},
               {"case_file", kase.case_file},
               {"reference", kase.reference},
               {"title", localized(kase.title)},
               {"currency", std::string(kase.currency.code)},
               {"round", ranked.input.round == 0
                             ? json(nullptr)
                             : json{{"number", ranked.input.round},
                                    {"of", ranked.input.rounds},
                                    {"decides", ranked.input.round == ranked.input.rounds}}}});
  w.key("command");
  w.value("rank");
  w.key("criteria");
  w.value(criteria_json(e));
  w.key("diagnostics");
  w.value(diagnostics_to_json(ranked.diagnostics, app_catalog(), ctx.lang));
  w.key("method");
  w.value(method_json(*e.award, has_price));
  w.key("opening");
  w.value(json{{"protocol", ranked.evaluated.protocol_shown()},
               {"tender_deadline", iso_oslo(e.deadline)},
               {"opened_at", iso_oslo(ranked.evaluated.protocol().opened_at)},
               {"files_sealed", ranked.evaluated.protocol().files.size()},
               {"unchanged", true}});
  w.key("ranked");
  w.value(static_cast<long long>(e.ranked));
  w.key("robustness");
  w.value(robustness_json(e));
  w.key("tenders");
  w.begin_array();
  const WriteTender write_one = [&](JsonWriter& into, std::size_t i) {
    write_tender(into, e.tenders[i], e, price_quality, ctx);
  };
  if (write_tenders) {
    write_tenders(w, e.tenders.size(), write_one);
  } else {
    for (std::size_t i = 0; i < e.tenders.size(); ++i)
      write_one(w, i);
  }
  w.end_array();
  w.key("tool");
  w.value("score");
  if (!e.what_if.empty()) {
    w.key("what_if");
    w.value(what_if_json(e, ctx));
  }
  w.key("winner");
  if (e.winner) {
    const Tender& winner = *e.tenders[*e.winner].tender;
    w.value(json{{"id", winner.id}, {"supplier", winner.supplier.name}});
  } else {
    w.null();
  }
  w.end_object();
}

void print_evaluation_json(std::ostream& stream, const RankedCase& ranked, const ToolContext& ctx) {
  // Written out a part at a time: the whole document of 2 000 tenders is
  // 75 MB, and memory first touched costs more than the writing (page faults).
  // The tenders' objects, nearly all of it, are made in parts of a few
  // tenders on every thread at once, and written out in order as they come.
  constexpr std::size_t tenders_a_part = 16;
  const TaskRunner threads = task_threads();
  const std::size_t tender_size =
      evaluation_json_size(ranked) / std::max<std::size_t>(1, ranked.evaluation().tenders.size());
  std::string out;
  JsonWriter w(out);
  write_evaluation_json(
      w, ranked, ctx, [&](JsonWriter& writer, std::size_t count, const WriteTender& write_one) {
        stream.write(out.data(), static_cast<std::streamsize>(out.size()));
        out.clear();
        const std::size_t depth = writer.depth();
        const std::size_t parts = (count + tenders_a_part - 1) / tenders_a_part;
        run_in_order<std::string>(
            threads, parts, std::size_t{parts_a_thread} * threads.width,
            [&](std::size_t p) {
              const std::size_t begin = p * tenders_a_part;
              std::string text;
              text.reserve(tenders_a_part * tender_size);
              JsonWriter part(text);
              part.continue_array(depth, begin > 0);
              for (std::size_t i = begin; i < std::min(count, begin + tenders_a_part); ++i)
                write_one(part, i);
              return text;
            },
            [&](const std::string& text) {
              stream.write(text.data(), static_cast<std::streamsize>(text.size()));
            });
        writer.continue_array(depth, count > 0);
      });
  out += '\n';
  stream.write(out.data(), static_cast<std::streamsize>(out.size()));
}

std::string evaluation_json(const RankedCase& ranked, const ToolContext& ctx) {
  std::string out;
  // One allocation instead of dozens of regrowths.
  out.reserve(evaluation_json_size(ranked));
  JsonWriter w(out);
  write_evaluation_json(w, ranked, ctx);
  out += '\n';
  return out;
}

}  // namespace procure::cli
