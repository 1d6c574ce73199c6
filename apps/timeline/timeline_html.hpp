#pragma once
// The timeline as a self-contained HTML page: an SVG chart of the phases
// and the milestones, and the same rows as the terminal table. Rendered
// from templates/timeline/timeline.html (mustache, every value escaped).

#include <string>

#include "timeline_view.hpp"

namespace procure::cli {

std::string timeline_html(const ToolContext& ctx, const LoadedCase& c, const TimelineView& view,
                          const std::string& template_text);

}  // namespace procure::cli
