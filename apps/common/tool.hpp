#pragma once
// What every tool shares: language, --json, output streams, the message
// catalog, and one way to start, parse and end.

#include <filesystem>
#include <iosfwd>
#include <memory>
#include <span>
#include <string>
#include <string_view>

#include "exit_code.hpp"
#include "procure/core/diagnostic.hpp"
#include "procure/core/lang.hpp"
#include "procure/core/message_catalog.hpp"

// Only tool files need CLI11 itself (a large header): the mains do not.
namespace CLI {
class App;
}

namespace procure::cli {

struct ToolContext {
  std::string name;  // "check"
  Lang lang = Lang::en;
  bool json = false;
  std::ostream* out = nullptr;
  std::ostream* err = nullptr;
  int exit_code = exit_ok;
  // <prefix>/share/procure: templates and other data shipped with the tools.
  std::filesystem::path data_dir;
  // Warnings about the files the tool read, kept for the --json document.
  Diagnostics input_warnings;

  // A sentence from the catalog in the user's language.
  std::string tr(std::string_view key, const MessageArgs& args = {}) const;
  // Prints diagnostics for a person (never in --json mode: those go into the JSON document).
  void print_diagnostics(const Diagnostics& diagnostics) const;
  // Reports problems that stop the tool before it has a result: as text on
  // stderr, or with --json as {"tool", "diagnostics"} on stdout. Returns `exit`.
  int fail(const Diagnostics& diagnostics, int exit) const;
  // Shows warnings about the files the tool read, whatever it goes on to do:
  // printed now, or with --json put into the document's diagnostics.
  void report_input_warnings(const Diagnostics& warnings);
  // Records the worse of the current and the given exit code.
  void raise_exit(int code);
};

// Adds the tool's options and sets the callback that does its work.
using SetupFunction = void (*)(CLI::App& app, ToolContext& context);

struct ToolInfo {
  std::string_view name;         // "check": run as procure-check or procure check
  std::string_view summary_key;  // catalog key of its one-line summary
  SetupFunction setup;
};

// Runs one tool with its arguments (argv[0] is the program name). Parses,
// runs, maps errors to exit codes; exceptions become exit 3.
int run_tool(const ToolInfo& tool, int argc, const char* const* argv);

// Flushes standard_output() and checks that all of it was written: if not,
// says so on standard error and returns exit_bad_input (exit_internal stays).
// Otherwise returns `exit`. Every tool's run ends here.
int check_standard_output(Lang lang, int exit);

// Whether --json is on the command line (before any "--"), read before, or
// when, parsing fails, so that a usage error too goes into the JSON document.
bool json_requested(int argc, const char* const* argv);

// The language for messages before options are parsed: --lang in argv, else
// PROCURE_LANG, else the locale (LC_ALL, LC_MESSAGES, LANG), else English.
Lang detect_language(int argc, const char* const* argv);

// <prefix>/share/procure for the running executable (<prefix>/bin/procure-x).
std::filesystem::path find_data_dir();

// The tool's command line as run_tool defines it (the shared options, then the
// tool's own), for the manual pages and shell completion made at build time.
// `context` supplies the language of the texts and must outlive the app.
std::unique_ptr<CLI::App> make_tool_app(const ToolInfo& tool, ToolContext& context);

}  // namespace procure::cli
