#include "tools.hpp"

namespace procure::cli {

std::span<const ToolInfo* const> all_tools() {
  static const ToolInfo* const tools[] = {&init_tool, &check_tool, &dialogue_tool, &render_tool,
                                          &score_tool};
  return tools;
}

}  // namespace procure::cli
