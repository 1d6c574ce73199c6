#include "tools.hpp"

namespace procure::cli {

std::span<const ToolInfo* const> all_tools() {
  // In the order of a procurement's work: start, check, follow up, then each phase's tools.
  static const ToolInfo* const tools[] = {
      &init_tool,   &check_tool,    &status_tool,   &timeline_tool, &dates_tool,
      &remind_tool, &calendar_tool, &dialogue_tool, &render_tool,   &score_tool,
      &notice_tool, &export_tool,   &record_tool};
  return tools;
}

}  // namespace procure::cli
