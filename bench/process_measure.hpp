#pragma once
// What the benchmark programs measure of their own process and of the tools
// they run as child processes: wall time, CPU time and peak memory.

#include <chrono>
#include <string>
#include <vector>

namespace procure::bench {

using Clock = std::chrono::steady_clock;

double seconds_since(Clock::time_point start);
// User and system CPU seconds of this process so far.
double cpu_seconds();
// The largest resident set this process has had, in MiB.
double peak_rss_mib();

struct ChildRun {
  bool ok = false;
  double seconds = 0;
  double cpu_seconds = 0;  // user and system: on a shared machine, steadier than the wall time
  double peak_mib = 0;
};

// Runs `arguments` (the program's path first) with standard output to
// `output` and measures it with wait4. A child that exits with more than
// `highest_ok_exit` (1 for a tool that found what it reports: exit code 1)
// is reported on standard error and is not ok. With `errors`, the child's
// standard error goes there (the warnings of a run repeated), and is shown
// only when the child fails.
ChildRun run_child(const std::vector<std::string>& arguments,
                   const std::string& output = "/dev/null", int highest_ok_exit = 0,
                   const std::string& errors = "");

}  // namespace procure::bench
