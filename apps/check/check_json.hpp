#pragma once
// A checked case as procure-check's JSON document holds it: what the case
// is, the rules applied and not, and every problem and finding.

#include <nlohmann/json.hpp>

#include "check/checked_case.hpp"

namespace procure::cli {

// The case's object in the document's "cases", its diagnostics in the
// context's language.
nlohmann::json case_json(const ToolContext& ctx, const CheckedCase& checked);

}  // namespace procure::cli
