#pragma once
// Which part of the procurement regulation a case falls under, derived from
// its estimated value, the kind of buyer, the kind of contract and the
// thresholds in force on the day the notice is sent.

#include <optional>

#include "procure/model/case.hpp"
#include "procure/rules/rule_tables.hpp"

namespace procure {

struct RegimeDerivation {
  Regime regime = Regime::derive;  // part_1, part_2, part_3, or none (below the lower limit)
  Money value;
  Date on;
  // The threshold that decided: the one reached (part II, III, I) or, below
  // the lower limit, the lower limit itself.
  const ThresholdRow* threshold = nullptr;
};

// The EEA threshold kind for the case: works, special services, or goods and
// services for central government or other authorities.
ThresholdKind eea_threshold_kind(const Case& kase);

// Nullopt when the case has no estimated value, a needed threshold has no
// row in force on `on` (`missing` then names the threshold kind lacking), or
// the value is in another currency than the thresholds (see value_comparable).
std::optional<RegimeDerivation> derive_regime(const Case& kase, const RuleTables& tables, Date on,
                                              std::optional<ThresholdKind>* missing = nullptr);

// The threshold the case's estimated value is compared with first on `on`,
// when the value is in another currency: thresholds are NOK amounts (FOA § 5-3)
// and a value in another currency cannot be compared with them exactly.
// Nullptr when the value can be compared (or there is no value or no row).
const ThresholdRow* incomparable_threshold(const Case& kase, const RuleTables& tables, Date on);

// FOA part I < II < III; none (outside the rules) is below part I.
int regime_rank(Regime regime);

}  // namespace procure
