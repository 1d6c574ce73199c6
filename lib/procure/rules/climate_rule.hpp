#pragma once
// Climate and environment in the award (FOA § 7-9, in force from 1 January
// 2024): weighed at 30 % or more of the award criteria, or the procurement
// documents say why not (requirements in the specification that clearly do
// better, or an exemption). The rule check and the notices ask the same.

#include <string_view>

#include "procure/core/decimal.hpp"
#include "procure/model/award_criteria.hpp"
#include "procure/time/civil_time.hpp"

namespace procure {

inline constexpr std::string_view climate_rule_name = "FOA § 7-9";
inline constexpr std::string_view climate_rule_source =
    "https://lovdata.no/forskrift/2016-08-12-974/§7-9";

// Whether the rule is in force on `day`.
bool climate_rule_applies(Date day);

// The least share, in percent, of the award that climate and environment weigh.
Decimal least_climate_share();

// Whether the award meets the rule: its marked criteria weigh enough, or it
// states another way.
bool meets_climate_rule(const AwardCriteria& award);

}  // namespace procure
