#include "procure/rules/climate_rule.hpp"

namespace procure {

bool climate_rule_applies(Date day) {
  return *Date::from_ymd(2024, 1, 1) <= day;
}

Decimal least_climate_share() {
  return Decimal::from_integer(30);
}

bool meets_climate_rule(const AwardCriteria& award) {
  return award.climate_and_environment || least_climate_share() <= award.climate_share();
}

}  // namespace procure
