#pragma once
// How procure-score writes times, grounds and price models for people, the
// same in every output. Scores and amounts are written as the documents
// write them (procure/documents/evaluation_texts.hpp).

#include <string>

#include "common/tool.hpp"
#include "procure/evaluation/evaluation.hpp"

namespace procure::cli {

// Oslo local time to the second: "2018-05-31 11:42:10".
std::string time_text(Instant instant);
// The ground in the user's language, with the rule it rests on.
std::string rejection_text(const Rejection& rejection, const ToolContext& ctx);
// "linear, floored at 0" / "quality converted to price, NOK 50 000 a point".
std::string price_model_text(const PriceModel& model, const ToolContext& ctx);

}  // namespace procure::cli
