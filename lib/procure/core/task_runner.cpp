#include "procure/core/task_runner.hpp"

#include <algorithm>

namespace procure {

void run_tasks(const TaskRunner& runner, std::span<const Task> tasks) {
  if (runner.run_all) {
    runner.run_all(tasks);
    return;
  }
  for (const Task& task : tasks)
    task();
}

std::size_t part_count(const TaskRunner& runner, std::size_t bytes) {
  if (!runner.run_all || runner.width <= 1)
    return 1;
  const std::size_t worth = bytes / std::max<std::size_t>(runner.least_part_bytes, 1);
  return std::clamp<std::size_t>(worth, 1, std::size_t{parts_a_thread} * runner.width);
}

}  // namespace procure
