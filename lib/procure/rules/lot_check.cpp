// The rules applied to a case's lots. The value of every lot counts for the
// threshold (FOA § 5-4; 2014/24/EU art. 5(8) and (9)), and a lot may follow
// a lower part than the lots' sum gives only under the small-lots rule
// (art. 5(10)); a lot's own award criteria meet the procedure's rules as
// the case's do.
#include "procure/model/lot_view.hpp"
#include "procure/rules/check_steps.hpp"
#include "procure/rules/regime.hpp"
#include "procure/text/formatting.hpp"

namespace procure::rules_detail {
namespace {

// The rule the sum of the lots rests on (the catalog's lots.value-below-sum says the same).
constexpr std::string_view lots_value_rule = "FOA § 5-4; 2014/24/EU art. 5(8), 5(9)";
constexpr std::string_view lots_value_source =
    "https://lovdata.no/dokument/SF/forskrift/2016-08-12-974";

std::string money_text(const Money& amount) {
  return format_money(amount, Lang::en);
}

// The sum of the lots' values; nullopt when a lot states none (reported) or
// the lots' currencies differ.
std::optional<Money> lots_sum(CheckContext& ctx) {
  std::optional<Money> sum;
  bool complete = true;
  for (const auto& lot : ctx.kase.lots.lots) {
    if (!lot.estimated_value) {
      ctx.result.findings.warning("lots.value-missing", {{"lot", lot.id}}, lot.where);
      complete = false;
      continue;
    }
    if (sum && !sum->same_currency(*lot.estimated_value)) {
      complete = false;
      continue;
    }
    sum = sum ? sum->plus(*lot.estimated_value) : lot.estimated_value;
    complete = complete && sum.has_value();
  }
  return complete ? sum : std::nullopt;
}

// Lots that claim a lower part than the case's: each must be below the
// small-lots amount, and together within the share of all lots.
void check_small_lots(CheckContext& ctx, const Money& sum, Regime case_regime) {
  const Case& kase = ctx.kase;
  std::vector<const Lot*> claimed;
  for (const auto& lot : kase.lots.lots) {
    if (lot.regime && *lot.regime != Regime::derive &&
        regime_rank(*lot.regime) < regime_rank(case_regime)) {
      claimed.push_back(&lot);
    }
  }
  if (claimed.empty() || !ctx.result.notice_day)
    return;
  const SmallLotsRow* row = ctx.tables.small_lots_in_force(*ctx.result.notice_day);
  if (row == nullptr)
    return;
  const RuleRef& ref = row->ref;
  const Money& limit =
      kase.category == ContractCategory::works ? row->works : row->goods_and_services;
  std::optional<Money> exempted;
  bool passed = true;
  for (const Lot* lot : claimed) {
    const MessageArgs base{{"lot", lot->id},
                           {"stated", std::string(name_of(*lot->regime))},
                           {"derived", std::string(name_of(case_regime))},
                           {"sum", money_text(sum)}};
    if (!lot->estimated_value || !lot->estimated_value->same_currency(limit) ||
        !(*lot->estimated_value < limit)) {
      MessageArgs args = base;
      args.emplace_back("value", lot->estimated_value ? money_text(*lot->estimated_value) : "-");
      args.emplace_back("limit", money_text(limit));
      ctx.finding(Severity::error, "lots.small-lot-too-large", args, lot->regime_where, ref.rule,
                  ref.source, ref.unconfirmed);
      passed = false;
      continue;
    }
    exempted = exempted ? exempted->plus(*lot->estimated_value) : lot->estimated_value;
  }
  if (exempted && sum.minor_units() > 0) {
    // exempted / sum > share / 100, compared exactly in minor units.
    const auto share_of_sum = Decimal::from_integer(sum.minor_units()).times(row->share);
    const auto exempted_hundreds =
        Decimal::from_integer(exempted->minor_units()).times(Decimal::from_integer(100));
    if (share_of_sum && exempted_hundreds && *share_of_sum < *exempted_hundreds) {
      ctx.finding(Severity::error, "lots.small-lots-share",
                  {{"exempted", money_text(*exempted)},
                   {"sum", money_text(sum)},
                   {"share", row->share.normalized().to_string()}},
                  claimed.front()->regime_where, ref.rule, ref.source, ref.unconfirmed);
      passed = false;
    }
  }
  ctx.applied("small-lots", ref.rule, ref.source, passed);
}

}  // namespace

void check_lot_values(CheckContext& ctx) {
  const Case& kase = ctx.kase;
  if (!kase.lots.divided())
    return;
  const auto sum = lots_sum(ctx);
  if (!sum)
    return;
  // A case value below the lots' sum leaves a lot out of the threshold: the
  // regime would be judged on too little.
  const bool below = kase.estimated_value && kase.estimated_value->same_currency(*sum) &&
                     *kase.estimated_value < *sum;
  ctx.applied("lots-value", std::string(lots_value_rule), std::string(lots_value_source), !below);
  if (below) {
    const SourceSpan* where = kase.location("estimated_value");
    static const SourceSpan none;
    ctx.result.findings.error("lots.value-below-sum",
                              {{"value", money_text(*kase.estimated_value)},
                               {"sum", money_text(*sum)},
                               {"count", std::to_string(kase.lots.lots.size())}},
                              where != nullptr ? *where : none);
    return;
  }
  check_small_lots(ctx, *sum, ctx.regime);
}

void check_lot_award_bases(CheckContext& ctx) {
  for (const auto& lot : ctx.kase.lots.lots) {
    if (!lot.award)
      continue;
    const Case view = lot_view(ctx.kase, lot);
    CheckContext lot_ctx(view, ctx.tables, ctx.result);
    lot_ctx.regime = ctx.regime;
    check_award_basis(lot_ctx);
  }
}

}  // namespace procure::rules_detail
