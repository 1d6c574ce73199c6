// Work split into tasks of a runner: results taken in order as they are
// made (run_in_order), whatever the runner does with the tasks.
#include <doctest/doctest.h>

#include <atomic>
#include <chrono>
#include <numeric>
#include <stdexcept>
#include <string>
#include <thread>
#include <vector>

#include "../shared/part_runners.hpp"
#include "common/parallel_map.hpp"
#include "procure/core/task_runner.hpp"

using namespace procure;

TEST_CASE("run_in_order takes every result in order, never more than its window ahead") {
  std::vector<std::size_t> task_counts;
  auto runners = test::part_runners(task_counts);
  runners.push_back(TaskRunner{});
  for (const TaskRunner& runner : runners) {
    for (const std::size_t window : {1u, 2u, 8u}) {
      for (const std::size_t count : {0u, 1u, 200u}) {
        INFO("width " << runner.width << ", window " << window << ", count " << count);
        std::vector<std::size_t> taken;
        std::atomic<std::size_t> took{0};
        std::atomic<bool> ahead{false};
        run_in_order<std::string>(
            runner, count, window,
            [&](std::size_t i) {
              if (i >= took.load() + window)
                ahead = true;
              // Later results often come first.
              if (i % 5 == 0)
                std::this_thread::sleep_for(std::chrono::microseconds(100));
              return std::to_string(i);
            },
            [&](std::string& text) {
              taken.push_back(std::stoul(text));
              ++took;
            });
        std::vector<std::size_t> expected(count);
        std::iota(expected.begin(), expected.end(), std::size_t{0});
        CHECK(taken == expected);
        CHECK_FALSE(ahead.load());
      }
    }
  }
  // As many tasks as the runner runs at once, at most one a result.
  CHECK(std::find(task_counts.begin(), task_counts.end(), 64u) != task_counts.end());
  CHECK(std::find(task_counts.begin(), task_counts.end(), 1u) != task_counts.end());
}

TEST_CASE("an exception in making or taking a result of run_in_order reaches the caller") {
  // Runners that throw a task's exception again, as TaskRunner asks: one
  // after another, and on the tools' threads at several widths.
  std::vector<TaskRunner> runners{TaskRunner{}};
  for (const unsigned width : {2u, 4u, 16u}) {
    runners.push_back(TaskRunner{width, 1, [width](std::span<const Task> tasks) {
                                   cli::parallel_for(tasks.size(), width,
                                                     [&](std::size_t i) { tasks[i](); });
                                 }});
  }
  for (const TaskRunner& runner : runners) {
    INFO("width " << runner.width);
    CHECK_THROWS_AS(run_in_order<int>(
                        runner, 100, 2,
                        [](std::size_t i) {
                          if (i == 37)
                            throw std::logic_error("a bug");
                          return static_cast<int>(i);
                        },
                        [](int&) {}),
                    std::logic_error);
    CHECK_THROWS_AS(run_in_order<int>(
                        runner, 100, 2, [](std::size_t i) { return static_cast<int>(i); },
                        [](int& i) {
                          if (i == 37)
                            throw std::logic_error("a bug");
                        }),
                    std::logic_error);
  }
}
