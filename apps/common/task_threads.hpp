#pragma once
// The threads the tools lend the library for work it splits into tasks
// (procure/core/task_runner.hpp): a large score table read in parts.

#include "procure/core/task_runner.hpp"

namespace procure::cli {

// Runs the library's tasks on this thread and others, one a hardware
// thread of the machine (case_workers()).
TaskRunner task_threads();

}  // namespace procure::cli
