#pragma once
// The evaluation report of a ranked case, as a document: the summary the
// terminal shows, or the full report written as Markdown or HTML.

#include "common/tool.hpp"
#include "ranked_case.hpp"
#include "report_document.hpp"

namespace procure::cli {

enum class ReportDetail { summary, full };

ReportDocument evaluation_report(const RankedCase& ranked, const ToolContext& ctx,
                                 ReportDetail detail);

}  // namespace procure::cli
