#pragma once
// A checked case as procure-check prints it for a person: its folder, then
// what the case is (reference, buyer, procedure, timeline, criteria,
// stages, contract, the rules applied) and the result, as a table.

#include <string>

#include "check/checked_case.hpp"

namespace procure::cli {

// The case's summary in the context's language, ending in a newline. A
// case with errors shows its result alone: values that could not be read
// may stand in defaults.
std::string case_summary_text(const ToolContext& ctx, const CheckedCase& checked);

}  // namespace procure::cli
