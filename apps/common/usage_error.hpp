#pragma once
// A command line CLI11 could not parse, as a diagnostic with a catalog code
// and the option or argument it is about, so that it reads in the user's
// language and goes into the --json document like any other problem.

#include <string_view>

#include "procure/core/diagnostic.hpp"

namespace CLI {
class App;
class ParseError;
}  // namespace CLI

namespace procure::cli {

// `app` is the tool's (top-level) command; `program` names the command the
// error is in ("procure-check", "procure-score rank").
Diagnostic usage_diagnostic(const CLI::ParseError& error, const CLI::App& app,
                            std::string_view program);

}  // namespace procure::cli
