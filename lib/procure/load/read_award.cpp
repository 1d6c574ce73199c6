#include <functional>

#include "procure/load/section_readers.hpp"

namespace procure::load_detail {
namespace {

// "0-10", "0–10" (en dash) or "25-35 %": a low and a high number, low first.
std::optional<std::pair<Decimal, Decimal>> parse_range(std::string value) {
  if (const auto en_dash = value.find("\xE2\x80\x93"); en_dash != std::string::npos) {
    value[en_dash] = '-';
    value.erase(en_dash + 1, 2);
  }
  if (!value.empty() && value.back() == '%')
    value.pop_back();
  const auto dash = value.find('-', 1);
  if (dash == std::string::npos)
    return std::nullopt;
  const auto low = Decimal::parse(value.substr(0, dash));
  const auto high = Decimal::parse(value.substr(dash + 1));
  if (!low || !high || !(*low < *high))
    return std::nullopt;
  return std::pair{*low, *high};
}

// The lowest and highest score.
std::optional<Scale> read_scale(Context& ctx, const yaml::Node& node) {
  const auto text = ctx.reader.text(node);
  if (!text)
    return std::nullopt;
  const auto range = parse_range(*text);
  if (!range || text->find('%') != std::string::npos) {
    ctx.reader.error(node, "award.bad-scale", {{"value", *text}});
    return std::nullopt;
  }
  const Scale scale{range->first, range->second};
  if (!scale.usable()) {
    ctx.reader.error(node, "award.scale-out-of-bounds",
                     {{"value", *text},
                      {"limit", std::to_string(Scale::max_magnitude)},
                      {"decimals", std::to_string(Scale::max_decimals)}});
    return std::nullopt;
  }
  return scale;
}

// The published range a weight may lie in, in percent.
std::optional<WeightRange> read_weight_range(Context& ctx, const yaml::Node& node) {
  const auto text = ctx.reader.text(node);
  if (!text)
    return std::nullopt;
  if (const auto range = parse_range(*text);
      range && !range->first.is_negative() && range->second <= Decimal::from_integer(100)) {
    return WeightRange{range->first, range->second};
  }
  ctx.reader.error(node, "award.bad-weight-range", {{"value", *text}});
  return std::nullopt;
}

std::optional<PriceModel> read_price_model(Context& ctx, const yaml::Node& node,
                                           Currency currency) {
  PriceModel model;
  model.where = ctx.reader.span(node);
  if (!node.is_map()) {
    const auto kind = ctx.reader.choice(node, price_model_choices());
    if (!kind)
      return std::nullopt;
    model.kind = *kind;
  } else {
    yaml::MapReader map(ctx.reader, node);
    if (const auto* n = map.required("model")) {
      if (auto v = ctx.reader.choice(*n, price_model_choices()))
        model.kind = *v;
    }
    if (const auto* n = map.optional("floor_at_zero")) {
      if (auto v = ctx.reader.boolean(*n))
        model.floor_at_zero = *v;
    }
    if (const auto* n = map.optional("value_per_point")) {
      model.value_per_point = ctx.reader.money(*n, currency);
      if (model.value_per_point && model.value_per_point->minor_units() <= 0) {
        ctx.reader.error(*n, "money.not-positive", {{"value", n->text}});
      }
    }
    map.finish();
  }
  if (model.kind == PriceModelKind::price_quality && !model.value_per_point) {
    ctx.reader.error(node, "award.price-quality-needs-value");
  }
  return model;
}

void read_criteria(Context& ctx, const yaml::Node& node, std::vector<Criterion>& level,
                   const std::string& path, std::vector<std::string>& ids) {
  const auto* items = ctx.reader.sequence(node);
  if (items == nullptr)
    return;
  if (items->empty()) {
    ctx.reader.error(node, "award.no-criteria");
    return;
  }
  bool all_weights_read = true;
  for (std::size_t i = 0; i < items->size(); ++i) {
    const auto& item = (*items)[i];
    const std::string item_path = path + "[" + std::to_string(i) + "]";
    yaml::MapReader map(ctx.reader, item);
    Criterion criterion;
    criterion.where = ctx.reader.span(item);
    if (const auto* n = map.required("id")) {
      if (auto v = ctx.reader.identifier(*n)) {
        criterion.id = *v;
        check_unique_id(ctx, ids, *v, *n);
      }
    }
    if (const auto* n = map.required("name")) {
      if (auto v = ctx.reader.localized_text(*n))
        criterion.name = *v;
    }
    if (const auto* n = map.optional("description")) {
      if (auto v = ctx.reader.localized_text(*n))
        criterion.description = *v;
    }
    if (const auto* n = map.optional("kind")) {
      if (auto v = ctx.reader.choice(*n, criterion_kind_choices()))
        criterion.kind = *v;
    }
    bool weight_read = false;
    if (const auto* n = map.required("weight")) {
      ctx.locate(item_path + ".weight", *n);
      criterion.weight_where = ctx.reader.span(*n);
      if (auto v = ctx.reader.percent(*n)) {
        criterion.weight = *v;
        weight_read = true;
      }
    }
    all_weights_read = all_weights_read && weight_read;
    if (const auto* n = map.optional("weight_range")) {
      criterion.weight_range = read_weight_range(ctx, *n);
      if (criterion.weight_range && weight_read &&
          (criterion.weight < criterion.weight_range->low ||
           criterion.weight > criterion.weight_range->high)) {
        ctx.reader.error(
            *n, "award.weight-outside-range",
            {{"weight", criterion.weight.normalized().to_string()}, {"range", n->text}});
      }
    }
    if (const auto* n = map.optional("min_score")) {
      criterion.min_score = ctx.reader.decimal(*n);
    }
    if (const auto* n = map.optional("climate_and_environment")) {
      if (auto v = ctx.reader.boolean(*n))
        criterion.climate_and_environment = *v;
      if (criterion.climate_and_environment && criterion.kind == CriterionKind::price)
        ctx.reader.error(*n, "award.climate-on-price", {{"id", criterion.id}});
    }
    if (const auto* n = map.optional("criteria")) {
      if (criterion.kind == CriterionKind::price) {
        ctx.reader.error(*n, "award.price-has-subcriteria");
      } else {
        read_criteria(ctx, *n, criterion.children, item_path + ".criteria", ids);
      }
    }
    map.finish();
    level.push_back(std::move(criterion));
  }
  // Checked only when every weight was readable: one bad weight is reported once, not twice.
  if (!all_weights_read)
    return;
  Decimal sum;
  for (const auto& c : level)
    sum = *sum.plus(c.weight);
  if (sum != Decimal::from_integer(100)) {
    ctx.reader.error(
        node, "award.weights-not-100",
        {{"sum", sum.normalized().to_string()}, {"count", std::to_string(level.size())}});
  }
}

ClimateStatement read_climate_statement(Context& ctx, const yaml::Node& node) {
  ClimateStatement statement;
  statement.where = ctx.reader.span(node);
  yaml::MapReader map(ctx.reader, node);
  if (const auto* n = map.required("by")) {
    if (auto v = ctx.reader.choice(*n, climate_measure_choices()))
      statement.measure = *v;
  }
  if (const auto* n = map.required("reason")) {
    if (auto v = ctx.reader.localized_text(*n))
      statement.reason = *v;
  }
  map.finish();
  return statement;
}

void check_award(Context& ctx, const yaml::Node& node, AwardCriteria& award) {
  bool has_price = false;
  for (const Criterion* c : award.all()) {
    if (c->kind == CriterionKind::price)
      has_price = true;
    // A minimum score is a quality threshold; the price model's score depends on the other tenders.
    if (c->kind == CriterionKind::price && c->min_score) {
      ctx.reader.diagnostics().error("award.min-score-on-price", {{"id", c->id}}, c->where);
    }
    if (c->min_score && (*c->min_score < award.scale.min || *c->min_score > award.scale.max)) {
      ctx.reader.diagnostics().error("award.min-score-outside-scale",
                                     {{"id", c->id},
                                      {"score", c->min_score->normalized().to_string()},
                                      {"min", award.scale.min.normalized().to_string()},
                                      {"max", award.scale.max.normalized().to_string()}},
                                     c->where);
    }
  }
  if (has_price && !award.price_model)
    ctx.reader.error(node, "award.price-model-missing");
  if (has_price && award.basis == AwardBasis::quality_only) {
    ctx.reader.error(node, "award.quality-only-with-price");
  }
  if (!has_price &&
      (award.basis == AwardBasis::best_price_quality || award.basis == AwardBasis::lowest_price ||
       award.basis == AwardBasis::lowest_cost)) {
    ctx.reader.error(node, "award.no-price-criterion");
  }
}

}  // namespace

AwardCriteria read_award_criteria(Context& ctx, const yaml::Node& node, const std::string& path) {
  yaml::MapReader map(ctx.reader, node);
  AwardCriteria award;
  award.where = ctx.reader.span(node);
  ctx.locate(path, node);
  if (const auto* n = map.required("basis")) {
    ctx.locate(path + ".basis", *n);
    if (auto v = ctx.reader.choice(*n, award_basis_choices()))
      award.basis = *v;
  }
  if (const auto* n = map.optional("scale")) {
    if (auto v = read_scale(ctx, *n))
      award.scale = *v;
  }
  if (const auto* n = map.optional("quality_scoring")) {
    if (auto v = ctx.reader.choice(*n, quality_scoring_choices()))
      award.quality_scoring = *v;
  }
  if (const auto* n = map.optional("price_model")) {
    ctx.locate(path + ".price_model", *n);
    award.price_model = read_price_model(ctx, *n, ctx.kase.currency);
  }
  if (const auto* n = map.optional("evaluator_scores")) {
    if (auto v = ctx.reader.choice(*n, evaluator_combination_choices()))
      award.combination = *v;
  }
  if (const auto* n = map.optional("disagreement_threshold")) {
    if (auto v = ctx.reader.percent(*n))
      award.disagreement_threshold = *v;
  }
  if (const auto* n = map.optional("tie_break")) {
    if (const auto* items = ctx.reader.sequence(*n)) {
      award.tie_break.clear();
      for (const auto& item : *items) {
        if (auto v = ctx.reader.choice(item, tie_break_choices()))
          award.tie_break.push_back(*v);
      }
    }
  }
  if (const auto* n = map.optional("nominees")) {
    award.nominees = ctx.reader.count(*n);
    if (ctx.kase.procedure != Procedure::prize) {
      ctx.reader.error(*n, "award.nominees-not-prize");
      award.nominees.reset();
    } else if (award.nominees == 0) {
      ctx.reader.error(*n, "award.no-nominees");
      award.nominees.reset();
    }
  }
  std::vector<std::string> ids;
  if (const auto* n = map.required("criteria")) {
    read_criteria(ctx, *n, award.criteria, path + ".criteria", ids);
  }
  if (const auto* n = map.optional("climate_and_environment")) {
    ctx.locate(path + ".climate_and_environment", *n);
    award.climate_and_environment = read_climate_statement(ctx, *n);
  }
  map.finish();
  check_award(ctx, node, award);
  return award;
}

void read_award(Context& ctx, const yaml::Node& node) {
  ctx.kase.award = read_award_criteria(ctx, node, "award");
}

}  // namespace procure::load_detail
