#pragma once
// Counted phrases from the catalog: "1 case", "3 cases" ("ui.count.cases.one|many").

#include <cstddef>
#include <string>
#include <string_view>

#include "tool.hpp"

namespace procure::cli {

std::string count_phrase(const ToolContext& ctx, std::string_view key, std::size_t n);

}  // namespace procure::cli
