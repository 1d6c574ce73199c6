// Results made on many threads put into effect in order (TurnOrder): what
// the letters to every tenderer rely on.
#include <doctest/doctest.h>

#include <atomic>
#include <chrono>
#include <mutex>
#include <numeric>
#include <optional>
#include <stdexcept>
#include <thread>
#include <vector>

#include "common/parallel_map.hpp"
#include "common/turn_order.hpp"

using namespace procure;

namespace {

// Which of `count` indexes took effect, in the order they did, made on
// `workers` threads; `failing` fails. The early indexes are slow, so that
// later ones are made first and must wait.
std::vector<std::size_t> taken_effect(std::size_t count, unsigned workers,
                                      std::optional<std::size_t> failing) {
  cli::TurnOrder turns(count);
  std::mutex mutex;
  std::vector<std::size_t> taken;
  cli::parallel_for(count, workers, [&](std::size_t i) {
    cli::TurnOrder::Turn turn(turns, i);
    if (turn.failed_before())
      return;
    if (i % 7 == 0)
      std::this_thread::sleep_for(std::chrono::microseconds(200));
    if (i == failing)
      return;  // ends as failed
    if (!turn.wait())
      return;
    {
      const std::lock_guard lock(mutex);
      taken.push_back(i);
    }
    turn.end(true);
  });
  return taken;
}

std::vector<std::size_t> first(std::size_t count) {
  std::vector<std::size_t> indexes(count);
  std::iota(indexes.begin(), indexes.end(), std::size_t{0});
  return indexes;
}

}  // namespace

TEST_CASE("turns take effect in order, and none after a failure") {
  for (const unsigned workers : {1u, 2u, 8u}) {
    INFO("workers " << workers);
    CHECK(taken_effect(300, workers, std::nullopt) == first(300));
    for (const std::size_t failing : {0u, 1u, 97u, 299u})
      CHECK(taken_effect(300, workers, failing) == first(failing));
  }
  CHECK(taken_effect(0, 2, std::nullopt).empty());
}

TEST_CASE("a turn whose work throws ends as failed: no other waits for ever") {
  cli::TurnOrder turns(100);
  std::atomic<int> taken{0};
  CHECK_THROWS_AS(cli::parallel_for(100, 4,
                                    [&](std::size_t i) {
                                      cli::TurnOrder::Turn turn(turns, i);
                                      if (i == 3)
                                        throw std::logic_error("a bug");
                                      if (turn.wait()) {
                                        ++taken;
                                        turn.end(true);
                                      }
                                    }),
                  std::logic_error);
  CHECK(taken <= 3);
}
