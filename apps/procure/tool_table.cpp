#include "tools.hpp"

namespace procure::cli {

std::span<const ToolInfo* const> all_tools() {
  static const ToolInfo* const tools[] = {&check_tool, &init_tool, &score_tool};
  return tools;
}

}  // namespace procure::cli
