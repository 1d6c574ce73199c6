#pragma once
// Runners for the tests of work the library splits into parts
// (procure/core/task_runner.hpp): each width with its tasks run in order
// (noting how many tasks each run had), last first, and on threads of their
// own, so that a result may depend neither on the parts nor on their order.

#include <span>
#include <thread>
#include <vector>

#include "procure/core/task_runner.hpp"

namespace procure::test {

// `least_part_bytes` is 1: any input is split as far as the width allows.
inline std::vector<TaskRunner> part_runners(std::vector<std::size_t>& task_counts) {
  std::vector<TaskRunner> runners;
  for (const unsigned width : {2u, 3u, 5u, 16u, 64u}) {
    TaskRunner in_order{width, 1, [&task_counts](std::span<const Task> tasks) {
                          task_counts.push_back(tasks.size());
                          for (const Task& task : tasks)
                            task();
                        }};
    TaskRunner last_first = in_order;
    last_first.run_all = [](std::span<const Task> tasks) {
      for (auto it = tasks.rbegin(); it != tasks.rend(); ++it)
        (*it)();
    };
    TaskRunner threads = in_order;
    threads.run_all = [](std::span<const Task> tasks) {
      std::vector<std::thread> running;
      for (const Task& task : tasks)
        running.emplace_back(task);
      for (auto& thread : running)
        thread.join();
    };
    runners.insert(runners.end(), {in_order, last_first, threads});
  }
  return runners;
}

}  // namespace procure::test
