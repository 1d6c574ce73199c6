#pragma once
// The data of the bash completion, as bash associative arrays, made from the
// tools' command lines: tools, commands, options, which options take a
// value, the values a checked option allows, and the arguments.

#include <string>
#include <string_view>
#include <utility>
#include <vector>

namespace CLI {
class App;
}

namespace procure::manual {

// `tools`: each tool's name ("check") and its app as make_tool_app builds it.
std::string completion_table(
    const std::vector<std::pair<std::string_view, const CLI::App*>>& tools);

}  // namespace procure::manual
