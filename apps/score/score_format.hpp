#pragma once
// How procure-score writes scores, amounts, times and names for people, the
// same in every output.

#include <string>

#include "common/tool.hpp"
#include "procure/evaluation/evaluation.hpp"

namespace procure::cli {

// Two decimals, half away from zero, in the language's notation: "7,35".
std::string score_text(double value, Lang lang);
// An amount in major units (an adjusted price) to the øre: "1 512 345,50 kr".
std::string amount_text(double value, Currency currency, Lang lang);
// Oslo local time to the second: "2018-05-31 11:42:10".
std::string time_text(Instant instant);
std::string criterion_name(const Criterion& criterion, const Case& kase, Lang lang);
// "Pris (30 %)".
std::string criterion_heading(const Criterion& criterion, const Case& kase, Lang lang);
// The ground in the user's language, with the rule it rests on.
std::string rejection_text(const Rejection& rejection, const ToolContext& ctx);
// "linear, floored at 0" / "quality converted to price, NOK 50 000 a point".
std::string price_model_text(const PriceModel& model, const ToolContext& ctx);
// The formula of a price model, with the case's scale.
std::string price_formula(const PriceModel& model, const AwardCriteria& award,
                          const ToolContext& ctx);

}  // namespace procure::cli
