#pragma once
// Templates shipped with the tools (share/procure/templates): a missing one
// means a broken installation, which the tool reports as an internal error.

#include <filesystem>
#include <optional>
#include <string>

#include "tool.hpp"

namespace procure::cli {

// The text of <data dir>/templates/<relative>; when it cannot be read, says
// so on stderr and gives nullopt (the tool then exits 3).
std::optional<std::string> read_shipped_template(const ToolContext& ctx,
                                                 const std::filesystem::path& relative);

}  // namespace procure::cli
