// lots: the case divided into lots (delkontrakter), each with its own
// title, value and, where it differs from the case's, its own award
// criteria and qualification requirements.
#include "procure/load/section_readers.hpp"

namespace procure::load_detail {
namespace {

std::optional<int> read_limit(Context& ctx, yaml::MapReader& map, std::string_view key) {
  const auto* n = map.optional(key);
  return n != nullptr ? ctx.reader.count(*n) : std::nullopt;
}

void read_lot(Context& ctx, yaml::MapReader& map, Lot& lot, const std::string& path) {
  if (const auto* n = map.required("title")) {
    if (auto v = ctx.reader.localized_text(*n))
      lot.title = *v;
  }
  if (const auto* n = map.optional("cpv"))
    read_cpv(ctx, *n, lot.cpv);
  if (const auto* n = map.optional("estimated_value")) {
    lot.value_where = ctx.reader.span(*n);
    lot.estimated_value = ctx.reader.money(*n, ctx.kase.currency);
    if (lot.estimated_value && lot.estimated_value->is_negative()) {
      ctx.reader.error(*n, "money.negative", {{"value", n->text}});
      lot.estimated_value.reset();
    }
  }
  if (const auto* n = map.optional("regime")) {
    lot.regime_where = ctx.reader.span(*n);
    lot.regime = ctx.reader.choice(*n, regime_choices());
  }
  if (const auto* n = map.optional("award"))
    lot.award = read_award_criteria(ctx, *n, path + ".award");
  if (const auto* n = map.optional("qualification"))
    lot.qualification = read_qualification_list(ctx, *n);
}

}  // namespace

void read_lots(Context& ctx, const yaml::Node& node) {
  yaml::MapReader map(ctx.reader, node);
  CaseLots& lots = ctx.kase.lots;
  lots.where = ctx.reader.span(node);
  lots.max_per_tenderer = read_limit(ctx, map, "max_per_tenderer");
  lots.max_awarded_per_tenderer = read_limit(ctx, map, "max_awarded_per_tenderer");
  if (const auto* n = map.required("list")) {
    std::size_t index = 0;
    lots.lots = read_id_list<Lot>(ctx, *n, [&](yaml::MapReader& item, Lot& lot) {
      read_lot(ctx, item, lot, "lots.list[" + std::to_string(index++) + "]");
    });
    if (const auto* items = ctx.reader.sequence(*n); items != nullptr && items->empty())
      ctx.reader.error(*n, "lots.empty");
  }
  map.finish();
}

void sum_lot_values(Context& ctx) {
  Case& kase = ctx.kase;
  if (!kase.lots.divided() || kase.estimated_value)
    return;
  std::optional<Money> sum;
  for (const auto& lot : kase.lots.lots) {
    if (!lot.estimated_value || (sum && !sum->same_currency(*lot.estimated_value)))
      return;
    sum = sum ? sum->plus(*lot.estimated_value) : lot.estimated_value;
    if (!sum)
      return;
  }
  kase.estimated_value = sum;
  kase.locations.insert_or_assign("estimated_value", kase.lots.where);
}

}  // namespace procure::load_detail
