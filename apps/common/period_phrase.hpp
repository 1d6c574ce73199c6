#pragma once
// A period as words in the user's language: "14 calendar days", "14
// kalenderdager", "2 uker" ("ui.dates.unit.<suffix>.one|many"), never the
// "14d" of the command line.

#include <string>

#include "procure/time/period.hpp"
#include "tool.hpp"

namespace procure::cli {

std::string period_phrase(const ToolContext& ctx, Period period);

}  // namespace procure::cli
