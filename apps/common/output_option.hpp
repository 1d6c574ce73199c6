#pragma once
// An option that names a file or folder to write: an empty name is a usage
// error (not "no output"), said in the user's language.

#include <string>

namespace CLI {
class App;
class Option;
}  // namespace CLI

namespace procure::cli {

CLI::Option* add_output_option(CLI::App& app, const std::string& names, std::string& variable,
                               const std::string& description);

}  // namespace procure::cli
