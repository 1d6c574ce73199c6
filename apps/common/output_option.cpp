#include "output_option.hpp"

#include <CLI/CLI.hpp>

namespace procure::cli {

CLI::Option* add_output_option(CLI::App& app, const std::string& names, std::string& variable,
                               const std::string& description) {
  // The check's message is a catalog code: usage_diagnostic turns it into the sentence.
  const CLI::Validator named(
      [](std::string& value) { return value.empty() ? std::string("usage.empty-name") : ""; }, "",
      "output-name");
  return app.add_option(names, variable, description)->check(named);
}

}  // namespace procure::cli
