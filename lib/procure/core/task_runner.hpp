#pragma once
// Work the library can split into tasks that may run at the same time. The
// library starts no thread of its own (how many a machine has is the tool's
// to know, and a library that reads many cases at once must not multiply
// them): a tool passes a runner that spreads the tasks over its threads.
// Without one, tasks run one after another and nothing is split.

#include <algorithm>
#include <atomic>
#include <condition_variable>
#include <cstddef>
#include <functional>
#include <mutex>
#include <optional>
#include <span>
#include <vector>

namespace procure {

using Task = std::function<void()>;

struct TaskRunner {
  // At most how many tasks run at once.
  unsigned width = 1;
  // The least input worth a task of its own, in bytes: below it, starting
  // and joining a thread costs more than the part saves.
  std::size_t least_part_bytes = std::size_t{1} << 20;
  // Runs every task and returns once all have ended; an exception thrown by
  // a task is thrown again here. Empty: one after another, in order.
  std::function<void(std::span<const Task>)> run_all;
};

// Runs `tasks` with `runner` (in order, one after another, when it has no run_all).
void run_tasks(const TaskRunner& runner, std::span<const Task> tasks);

// Work is split into at most this many parts a thread, so that a thread
// that ends its part early takes another: equal shares of a score table
// took one thread a third longer than the other (memory a thread touches
// first costs it page faults).
inline constexpr unsigned parts_a_thread = 4;

// Into how many parts `bytes` of input are split: at most parts_a_thread
// times the runner's width, each part at least least_part_bytes; 1 without
// a run_all.
std::size_t part_count(const TaskRunner& runner, std::size_t bytes);

// `make(i)` for every index below `count`, on as many tasks of `runner` as
// it runs at once, each result handed to `take` in the order of the indexes
// as soon as those before it have been, by the task that made the last of
// them; no task begins a result more than `window` past the last one
// taken. For a large document written out a part at a time: the other
// threads go on making parts while one writes (made in batches and written
// between them, one core waited for a fifth of the time).
template <class Result, class Make, class Take>
void run_in_order(const TaskRunner& runner, std::size_t count, std::size_t window, Make make,
                  Take take) {
  window = std::max<std::size_t>(window, 1);
  std::vector<std::optional<Result>> made(count);
  std::atomic<std::size_t> next{0};
  std::mutex lock;
  std::condition_variable room;
  std::size_t taken = 0;  // these three are guarded by `lock`
  bool taking = false;
  bool failed = false;
  const Task work = [&] {
    for (std::size_t i = next++; i < count; i = next++) {
      std::unique_lock held(lock);
      room.wait(held, [&] { return failed || i < taken + window; });
      if (failed)
        return;
      held.unlock();
      try {
        std::optional<Result> result(make(i));
        held.lock();
        made[i] = std::move(result);
        if (taking)
          continue;
        taking = true;
        while (taken < count && made[taken]) {
          Result ready = std::move(*made[taken]);
          made[taken].reset();
          held.unlock();
          take(ready);
          held.lock();
          ++taken;
          room.notify_all();
        }
        taking = false;
      } catch (...) {
        // Tasks waiting for room would wait for a result that never comes.
        if (!held.owns_lock())
          held.lock();
        failed = true;
        room.notify_all();
        throw;
      }
    }
  };
  const std::vector<Task> tasks(std::min<std::size_t>(std::max(runner.width, 1u), count), work);
  run_tasks(runner, tasks);
}

}  // namespace procure
