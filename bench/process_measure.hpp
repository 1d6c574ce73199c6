#pragma once
// What the benchmark programs measure of their own process: wall time, CPU
// time and peak memory.

#include <chrono>

namespace procure::bench {

using Clock = std::chrono::steady_clock;

double seconds_since(Clock::time_point start);
// User and system CPU seconds of this process so far.
double cpu_seconds();
// The largest resident set this process has had, in MiB.
double peak_rss_mib();

}  // namespace procure::bench
