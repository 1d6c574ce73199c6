#include "tools.hpp"

namespace procure::cli {

std::span<const ToolInfo* const> all_tools() {
  static const ToolInfo* const tools[] = {&check_tool, &init_tool, &dates_tool, &remind_tool, &status_tool, &timeline_tool,
                                              &calendar_tool};
  return tools;
}

}  // namespace procure::cli
