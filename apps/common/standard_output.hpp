#pragma once
// Standard output with every write checked: a buffer of our own over file
// descriptor 1 that keeps the reason of the first failed write (a full disk,
// a closed pipe), so that a tool whose output was lost says so and exits 2.

#include <ostream>

namespace procure::cli {

// The stream every tool writes its output to (ToolContext::out).
std::ostream& standard_output();

// Writes out what is buffered; returns 0, or the errno of the first write
// that failed in this run.
int flush_standard_output();

}  // namespace procure::cli
