#pragma once
// The size of a supplier as the contract award notice states it for the
// winner (eForms BT-165, Commission Recommendation 2003/361/EC).

#include <span>

#include "procure/core/choice.hpp"

namespace procure {

enum class CompanySize { micro, small, medium, large };

// The names case files and eForms use: "micro", "small", "medium", "large".
std::span<const Choice<CompanySize>> company_size_choices();

}  // namespace procure
