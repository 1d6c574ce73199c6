#pragma once
// What procure-score rank prints for a person: the case, the opening, the
// method, the ranking, the result, the rejected tenders, how firm the
// ranking is and the what-if. The full evaluation report is rendered by the
// documents layer (see score_rank.cpp).

#include "common/tool.hpp"
#include "ranked_case.hpp"
#include "report_document.hpp"

namespace procure::cli {

ReportDocument evaluation_summary(const RankedCase& ranked, const ToolContext& ctx);

}  // namespace procure::cli
