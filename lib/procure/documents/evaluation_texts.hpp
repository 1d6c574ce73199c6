#pragma once
// Sentences and numbers about an evaluation that the evaluation report and
// procure-score's summary both print, from the library catalog, so that the
// two say the same thing in the same words.

#include <string>
#include <vector>

#include "procure/core/lang.hpp"
#include "procure/core/money.hpp"
#include "procure/evaluation/evaluation.hpp"
#include "procure/text/formatting.hpp"

namespace procure {

// Two decimals, rounded half away from zero, in the language's notation: "7,35".
std::string shown_score(double value, Lang lang);
// An amount in major units (an adjusted price) to the øre: "1 512 345,50 kr".
std::string shown_amount(double value, Currency currency, Lang lang, Spacing spacing);
// A criterion's name in the language, or its id when it has none.
std::string criterion_name(const Criterion& criterion, const Case& kase, Lang lang);

// How firm the ranking is: the weight (or value) swap between the first
// two, and each rank reversal; empty with fewer than two ranked tenders.
std::vector<std::string> robustness_remarks(const Evaluation& evaluation, Lang lang,
                                            Spacing spacing);

// A what-if ranking's column heading: "linear, floored at 0 (applied)".
std::string what_if_heading(const WhatIf& what_if, Lang lang);

}  // namespace procure
