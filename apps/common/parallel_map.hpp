#pragma once
// Work on many cases at once: `work(i)`, or `make(i)` keeping each result
// in its own place, for every index below `count`, on at most `workers`
// threads (this one among them); the results keep the input's order
// whatever order the threads finish in. An exception in any call (a bug:
// exit 3) stops the others at their next index and is thrown again here
// once every thread has stopped.

#include <algorithm>
#include <atomic>
#include <cstddef>
#include <exception>
#include <mutex>
#include <thread>
#include <type_traits>
#include <vector>

namespace procure::cli {

// The most threads the tools read cases on: each may hold a temporary file
// (a cache entry being written) that the signal handler must know of, in
// storage fixed in advance (removed_on_signal.cpp).
inline constexpr unsigned max_case_workers = 64;

// The threads the tools read cases on: one a hardware thread of the
// machine, at most max_case_workers.
inline unsigned case_workers() {
  return std::clamp(std::thread::hardware_concurrency(), 1u, max_case_workers);
}

// `work(i)` for every index below `count`, on at most `workers` threads.
// The indexes are handed out in increasing order, one at a time a thread
// (what TurnOrder relies on).
template <class Work>
void parallel_for(std::size_t count, unsigned workers, Work work) {
  std::atomic<std::size_t> next{0};
  std::exception_ptr failure;
  std::mutex failure_lock;
  const auto run = [&] {
    for (std::size_t i = next++; i < count; i = next++) {
      try {
        work(i);
      } catch (...) {
        const std::lock_guard lock(failure_lock);
        if (!failure)
          failure = std::current_exception();
        next = count;
      }
    }
  };
  const auto threads = std::min<std::size_t>(std::max(workers, 1u), count);
  std::vector<std::thread> others;
  for (std::size_t t = 1; t < threads; ++t)
    others.emplace_back(run);
  run();
  for (auto& thread : others)
    thread.join();
  if (failure)
    std::rethrow_exception(failure);
}

template <class Result, class Make>
std::vector<Result> parallel_map(std::size_t count, unsigned workers, Make make) {
  // std::vector<bool> keeps its items as bits of shared words: two threads
  // setting neighbours would race.
  static_assert(!std::is_same_v<Result, bool>);
  // Each result is moved into its place by the thread that made it: moving
  // a thousand cases into place after the join held up the joining thread.
  std::vector<Result> results(count);
  parallel_for(count, workers, [&](std::size_t i) { results[i] = make(i); });
  return results;
}

}  // namespace procure::cli
