#pragma once
// Manual pages (roff, man macros) made from the tools' own command-line
// definitions and catalog texts, so that they say what --help says.

#include <span>
#include <string>

#include "common/tool.hpp"

namespace procure::manual {

struct ManualSettings {
  Lang lang = Lang::en;
  std::string version;  // "0.1.0"
  std::string datadir;  // where the installed tools' data is: /usr/share/procure
  std::string docdir;   // where the guide and examples are: /usr/share/doc/procure
};

// procure-TOOL(1), from the tool's app as make_tool_app builds it.
std::string tool_man_page(const cli::ToolInfo& tool, const CLI::App& app,
                          const ManualSettings& settings);

// procure(1): the umbrella, its own commands and the list of tools.
std::string umbrella_man_page(std::span<const cli::ToolInfo* const> tools,
                              const ManualSettings& settings);

}  // namespace procure::manual
