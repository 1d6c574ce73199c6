#include "procure/rules/rule_tables.hpp"

#include <algorithm>
#include <array>
#include <map>

namespace procure {
namespace {

constexpr std::array<Choice<ThresholdKind>, 6> threshold_kinds{{
    {"lower_limit", ThresholdKind::lower_limit},
    {"national", ThresholdKind::national},
    {"eea_central_government", ThresholdKind::eea_central_government},
    {"eea_other", ThresholdKind::eea_other},
    {"works", ThresholdKind::works},
    {"special_services", ThresholdKind::special_services},
}};

constexpr std::array<Choice<TimeLimitCheck>, 2> checks{{
    {"minimum-period", TimeLimitCheck::minimum_period},
    {"days-before", TimeLimitCheck::days_before},
}};

// The last of `rows` (in any order) in force on `on`, by `key`.
template <class Row, class Key>
std::vector<const Row*> in_force(const std::vector<Row>& rows, Date on, Key key) {
  std::map<decltype(key(rows.front())), const Row*> latest;
  for (const auto& row : rows) {
    if (row.ref.in_force_from > on)
      continue;
    auto& slot = latest[key(row)];
    if (slot == nullptr || slot->ref.in_force_from < row.ref.in_force_from)
      slot = &row;
  }
  std::vector<const Row*> out;
  // Keep the order of the file, which is the order a maintainer wrote them in.
  for (const auto& row : rows) {
    const auto it = latest.find(key(row));
    if (it != latest.end() && it->second == &row)
      out.push_back(&row);
  }
  return out;
}

// The one row of `rows` that `matches` and is in force on `on`, as
// in_force picks it (the latest in force by then; of rows in force from
// the same day, the first), without building its lists: a repeat run over
// many cases asks for a threshold several times a case.
template <class Row, class Matches>
const Row* latest_in_force(const std::vector<Row>& rows, Date on, Matches matches) {
  const Row* latest = nullptr;
  for (const auto& row : rows) {
    if (row.ref.in_force_from > on || !matches(row))
      continue;
    if (latest == nullptr || latest->ref.in_force_from < row.ref.in_force_from)
      latest = &row;
  }
  return latest;
}

// Any row: for tables whose rows all say one thing, each in force from its day.
constexpr auto any_row = [](const auto&) { return true; };

}  // namespace

std::span<const Choice<ThresholdKind>> threshold_kind_choices() {
  return threshold_kinds;
}

std::span<const Choice<TimeLimitCheck>> time_limit_check_choices() {
  return checks;
}

const ThresholdRow* RuleTables::threshold(ThresholdKind kind, Date on) const {
  return latest_in_force(thresholds, on, [kind](const ThresholdRow& r) { return r.kind == kind; });
}

std::optional<Date> RuleTables::last_threshold_change() const {
  std::optional<Date> last;
  for (const ThresholdRow& row : thresholds) {
    if (!last || row.ref.in_force_from > *last)
      last = row.ref.in_force_from;
  }
  return last;
}

const ThresholdRevision* RuleTables::threshold_revision_pending(Date on) const {
  if (!threshold_revision || on < threshold_revision->due)
    return nullptr;
  const auto last = last_threshold_change();
  return last && *last < threshold_revision->due ? &*threshold_revision : nullptr;
}

const RuleRef* RuleTables::threshold_change_maybe_in_force(Date on) const {
  for (const ThresholdRow& row : thresholds) {
    const RuleRef& ref = row.ref;
    if (ref.maybe_in_force_from && *ref.maybe_in_force_from <= on && on < ref.in_force_from)
      return &ref;
  }
  return nullptr;
}

std::optional<Date> RuleTables::first_in_force() const {
  std::optional<Date> first;
  const auto consider = [&first](const RuleRef& ref) {
    if (!first || ref.in_force_from < *first)
      first = ref.in_force_from;
  };
  for (const auto& row : thresholds)
    consider(row.ref);
  for (const auto& row : time_limits)
    consider(row.ref);
  for (const auto& row : tender_validity)
    consider(row.ref);
  for (const auto& row : prior_information_notice)
    consider(row.ref);
  return first;
}

std::vector<const TimeLimitRow*> RuleTables::time_limits_in_force(Date on) const {
  if (time_limits.empty())
    return {};
  return in_force(time_limits, on, [](const TimeLimitRow& r) { return r.id; });
}

bool RuleTables::time_limit_in_force(const TimeLimitRow& row, Date on) const {
  return latest_in_force(time_limits, on,
                         [&row](const TimeLimitRow& r) { return r.id == row.id; }) == &row;
}

const TenderValidityRow* RuleTables::tender_validity_in_force(Date on) const {
  return latest_in_force(tender_validity, on, any_row);
}

const PinRow* RuleTables::prior_information_notice_in_force(Date on) const {
  return latest_in_force(prior_information_notice, on, any_row);
}

const SmallLotsRow* RuleTables::small_lots_in_force(Date on) const {
  return latest_in_force(small_lots, on, any_row);
}

const OrderRule* RuleTables::order_of(MilestoneKind milestone) const {
  for (const auto& rule : order) {
    if (rule.milestone == milestone)
      return &rule;
  }
  return nullptr;
}

std::vector<const ContractPeriodRow*> RuleTables::contract_periods_in_force(Date on) const {
  if (contract_periods.empty())
    return {};
  return in_force(contract_periods, on, [](const ContractPeriodRow& r) {
    std::string key = r.id;
    for (const Regime regime : r.regimes) {
      key += ' ';
      key += std::to_string(static_cast<int>(regime));
    }
    return key;
  });
}

const ContractPeriodRow* RuleTables::contract_period(std::string_view id, Regime regime,
                                                     Date on) const {
  const ContractPeriodRow* found = nullptr;
  for (const auto& row : contract_periods) {
    const bool applies = row.id == id && row.ref.in_force_from <= on &&
                         (row.regimes.empty() || std::find(row.regimes.begin(), row.regimes.end(),
                                                           regime) != row.regimes.end());
    if (applies && (found == nullptr || found->ref.in_force_from < row.ref.in_force_from))
      found = &row;
  }
  return found;
}

}  // namespace procure
