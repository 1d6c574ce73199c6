#include "procure/rules/regime.hpp"

namespace procure {

ThresholdKind eea_threshold_kind(const Case& kase) {
  if (kase.category == ContractCategory::works)
    return ThresholdKind::works;
  if (kase.category == ContractCategory::special_services)
    return ThresholdKind::special_services;
  return kase.buyer.kind == BuyerKind::central_government ? ThresholdKind::eea_central_government
                                                          : ThresholdKind::eea_other;
}

const ThresholdRow* incomparable_threshold(const Case& kase, const RuleTables& tables, Date on) {
  const auto& value = kase.value_for_thresholds();
  if (!value)
    return nullptr;
  const ThresholdRow* eea = tables.threshold(eea_threshold_kind(kase), on);
  return eea != nullptr && !value->same_currency(eea->amount) ? eea : nullptr;
}

int regime_rank(Regime regime) {
  switch (regime) {
    case Regime::none:
      return 0;
    case Regime::part_1:
      return 1;
    case Regime::part_2:
      return 2;
    case Regime::part_3:
      return 3;
    case Regime::derive:
      break;
  }
  return -1;
}

std::optional<RegimeDerivation> derive_regime(const Case& kase, const RuleTables& tables, Date on,
                                              std::optional<ThresholdKind>* missing) {
  if (!kase.value_for_thresholds())
    return std::nullopt;
  const Money value = *kase.value_for_thresholds();
  const ThresholdKind eea_kind = eea_threshold_kind(kase);
  for (const ThresholdKind kind : {eea_kind, ThresholdKind::national, ThresholdKind::lower_limit}) {
    if (tables.threshold(kind, on) == nullptr) {
      if (missing != nullptr)
        *missing = kind;
      return std::nullopt;
    }
  }
  // Amounts in another currency than the tables' cannot be compared exactly.
  const ThresholdRow* eea = tables.threshold(eea_kind, on);
  if (!value.same_currency(eea->amount))
    return std::nullopt;
  const ThresholdRow* national = tables.threshold(ThresholdKind::national, on);
  const ThresholdRow* lower = tables.threshold(ThresholdKind::lower_limit, on);
  RegimeDerivation d{Regime::none, value, on, lower};
  if (value >= eea->amount) {
    d.regime = Regime::part_3;
    d.threshold = eea;
  } else if (value >= national->amount && kase.category != ContractCategory::special_services) {
    // Health and social services and the other special services below the
    // EEA threshold follow part I alone, whatever their value (FOA § 5-1;
    // the ministry's guidance on health and social services, and DFØ's
    // notice rule EFORMS-NOR-NATIONAL-TH-R008I).
    d.regime = Regime::part_2;
    d.threshold = national;
  } else if (value >= lower->amount) {
    d.regime = Regime::part_1;
    d.threshold = lower;
  }
  return d;
}

}  // namespace procure
