#pragma once
// Values a case still has as procure-init's template left them: the title,
// the buyer, the contacts, the evaluators, the example organisation number,
// the placeholder texts. The template is the authority on what is a
// placeholder: the blank cases are the template rendered in each language.

#include <span>

#include "procure/core/diagnostic.hpp"
#include "procure/model/case.hpp"

namespace procure {

// One warning case.template-value per value of `kase` that equals the same
// value in one of `blanks`, at the value's place.
Diagnostics find_unfilled_values(const Case& kase, std::span<const Case> blanks);

}  // namespace procure
