#pragma once
// Work the library can split into tasks that may run at the same time. The
// library starts no thread of its own (how many a machine has is the tool's
// to know, and a library that reads many cases at once must not multiply
// them): a tool passes a runner that spreads the tasks over its threads.
// Without one, tasks run one after another and nothing is split.

#include <cstddef>
#include <functional>
#include <span>

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

}  // namespace procure
