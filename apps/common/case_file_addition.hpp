#pragma once
// Adding what an officer records to one of a case's own files (case.yaml's
// records, the dialogue/ files): the one deliberate exception to "tools
// never write a case's files". The addition is asked for by name, refused
// when the file records the same thing with another value, inserted as
// lines that keep every other byte of the file, checked by loading the
// would-be file with the case's own loaders, and written atomically.

#include <filesystem>
#include <functional>
#include <string>

#include "procure/yaml/append.hpp"
#include "tool.hpp"

namespace procure::cli {

struct CaseFileAddition {
  std::filesystem::path file;  // the file on disk (it may not exist yet)
  std::string shown;           // the file as messages name it
  yaml::Addition addition;
  std::string what;     // what is added, in the user's language, for a conflict ("participant 'x'")
  std::string command;  // the --json document's "command"
  bool dry_run = false;
  // What the rules say of the case with the addition (a contract signed
  // within the standstill period): reported with it, never a reason to
  // refuse it, since the record says what happened. None: nothing to say.
  std::function<Diagnostics(const std::string& text)> findings;
};

// The problems of loading the case with the file's text replaced by `text`.
using WouldBeCheck = std::function<Diagnostics(const std::string& text)>;

// Adds, reports (text or --json) and returns the exit code: 0 added (or,
// with dry_run, shown) or already recorded, 1 added (or shown) with
// findings, 2 when refused or not written.
int add_to_case_file(CaseFileAddition change, const WouldBeCheck& check, ToolContext& ctx);

// The --dry-run option every adding command takes.
void add_dry_run_option(CLI::App& app, const ToolContext& ctx, bool& dry_run);

}  // namespace procure::cli
