#include "common/task_threads.hpp"

#include "common/parallel_map.hpp"

namespace procure::cli {

TaskRunner task_threads() {
  TaskRunner runner;
  runner.width = case_workers();
  runner.run_all = [workers = runner.width](std::span<const Task> tasks) {
    parallel_for(tasks.size(), workers, [&](std::size_t i) { tasks[i](); });
  };
  return runner;
}

}  // namespace procure::cli
