#pragma once
// A case divided into lots (delkontrakter): each lot is evaluated, ranked and
// awarded on its own, with the case's award criteria and qualification
// requirements or its own. The value of all lots together decides the
// regime (FOA § 5-4; 2014/24/EU art. 5(8) and (9)).

#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "procure/core/diagnostic.hpp"
#include "procure/core/localized_text.hpp"
#include "procure/core/money.hpp"
#include "procure/model/award_criteria.hpp"
#include "procure/model/cpv_code.hpp"
#include "procure/model/procedure.hpp"
#include "procure/model/qualification.hpp"

namespace procure {

struct Lot {
  std::string id;
  LocalizedText title;
  std::vector<CpvCode> cpv;              // empty: the case's
  std::optional<Money> estimated_value;  // excluding VAT
  // A lower part of FOA than the case's, claimed for this lot by the
  // small-lots rule (FOA § 5-4; 2014/24/EU art. 5(10)).
  std::optional<Regime> regime;
  std::optional<AwardCriteria> award;                                  // none: the case's
  std::optional<std::vector<QualificationRequirement>> qualification;  // none: the case's
  SourceSpan where;
  SourceSpan value_where;
  SourceSpan regime_where;
};

struct CaseLots {
  std::vector<Lot> lots;  // empty: the case is not divided into lots
  // Limits the notice states (2014/24/EU art. 46(2)).
  std::optional<int> max_per_tenderer;          // lots one tenderer may tender for
  std::optional<int> max_awarded_per_tenderer;  // lots one tenderer may be awarded
  SourceSpan where;

  bool divided() const { return !lots.empty(); }
  const Lot* find(std::string_view id) const;
  // The lot's number in the case's order, from 1 (LOT-0001 in the notices
  // is lot 1): how documents, sheets and check name it.
  std::size_t number_of(const Lot& lot) const;
  // The lots' ids, in the case's order: for messages and suggestions.
  std::vector<std::string> ids() const;
};

}  // namespace procure
