#pragma once
// What the manual pages and the shell completion read from a tool's CLI11
// definition: its listed arguments, options, their values and commands.

#include <string>
#include <vector>

namespace CLI {
class App;
class Option;
}  // namespace CLI

namespace procure::manual {

// Positional arguments, in order.
std::vector<const CLI::Option*> positionals_of(const CLI::App& app);
// Named options as --help lists them; `with_help` keeps the app's own -h,--help.
std::vector<const CLI::Option*> named_options_of(const CLI::App& app, bool with_help);
std::vector<const CLI::App*> commands_of(const CLI::App& app);

bool takes_value(const CLI::Option* option);
bool repeats(const CLI::Option* option);
// The value's type as --help shows it ("TEXT", "FILE"; empty for none).
std::string type_of(const CLI::Option* option);
// The values an IsMember check allows ("en", "nb", "nn"); empty for any value.
std::vector<std::string> choices_of(const CLI::Option* option);
// Every name of a named option: "-f", "--format".
std::vector<std::string> names_of(const CLI::Option* option);

}  // namespace procure::manual
