#pragma once
// The timeline as a self-contained HTML page: an SVG chart of the phases
// and the milestones, and the same rows as the terminal table. Rendered
// through the documents layer's TemplateSet from timeline.html.mustache (the
// user's template folder first, then share/procure/templates/timeline),
// strictly, every value HTML-escaped.

#include <optional>
#include <string>

#include "procure/documents/template_set.hpp"
#include "timeline_view.hpp"

namespace procure::cli {

// The page, or nullopt with the template's problems.
std::optional<std::string> timeline_html(const ToolContext& ctx, const LoadedCase& c,
                                         const TimelineView& view, TemplateSet& templates,
                                         Diagnostics& problems);

}  // namespace procure::cli
