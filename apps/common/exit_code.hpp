#pragma once
// Exit codes, the same in every tool (like grep): scripts rely on them.

namespace procure::cli {

enum ExitCode : int {
  exit_ok = 0,         // ran fine, nothing to report
  exit_found = 1,      // ran fine and found what the user asked to be told about
  exit_bad_input = 2,  // bad input or usage
  exit_internal = 3,   // a bug in procure: please report it
};

}  // namespace procure::cli
