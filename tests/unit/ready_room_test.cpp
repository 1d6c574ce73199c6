// Room made ready: the text unchanged, the room reserved, and (on Linux)
// its pages there before anything is written to them.
#include <doctest/doctest.h>

#include <string>
#include <vector>

#include "../shared/part_runners.hpp"
#include "procure/core/ready_room.hpp"

#ifdef __linux__
#include <sys/mman.h>
#include <unistd.h>
#endif

using namespace procure;

namespace {

#ifdef __linux__
// How many of the whole pages in [from, to) are in memory.
std::size_t resident_pages(const char* from, const char* to) {
  const auto page = static_cast<std::uintptr_t>(::sysconf(_SC_PAGESIZE));
  const std::uintptr_t first = (reinterpret_cast<std::uintptr_t>(from) + page - 1) / page * page;
  const std::uintptr_t last = reinterpret_cast<std::uintptr_t>(to) / page * page;
  if (last <= first)
    return 0;
  std::vector<unsigned char> in_memory((last - first) / page);
  if (::mincore(reinterpret_cast<void*>(first), last - first, in_memory.data()) != 0)
    return 0;
  std::size_t resident = 0;
  for (const unsigned char flags : in_memory)
    resident += flags & 1u;
  return resident;
}
#endif

}  // namespace

TEST_CASE("ready room: the text kept, the room reserved and its pages there") {
  constexpr std::size_t room = std::size_t{64} << 20;
  std::vector<std::size_t> task_counts;
  std::vector<TaskRunner> runners{TaskRunner{}};
  for (const TaskRunner& runner : test::part_runners(task_counts))
    runners.push_back(runner);
  std::size_t new_rooms = 0;  // rooms whose pages were not there before
  for (const TaskRunner& runner : runners) {
    std::string text = "a text before the room";
    text.reserve(2 * room);
#ifdef __linux__
    const char* const start = text.data();
    const std::size_t page = static_cast<std::size_t>(::sysconf(_SC_PAGESIZE));
    const std::size_t ready_pages = resident_pages(start + text.size(), start + room);
    const std::size_t pages_past = resident_pages(start + room + page, start + 2 * room);
    if (ready_pages < room / page / 2)
      ++new_rooms;
#endif
    reserve_ready(text, 2 * room, room, runner);
    CHECK(text == "a text before the room");
    CHECK(text.capacity() >= 2 * room);
#ifdef __linux__
    REQUIRE(text.data() == start);  // the room was there already: not moved
    CHECK(resident_pages(start + text.size(), start + room) + 2 >= room / page);
    // Past `ready`, nothing was asked for.
    CHECK(resident_pages(start + room + page, start + 2 * room) == pages_past);
#endif
  }
#ifdef __linux__
  // A room new to the process came at least once (the allocator reuses
  // rooms freed before): else the checks above showed nothing.
  CHECK(new_rooms > 0);
#endif
  // Nothing to make ready: room within the text, or none asked for.
  std::string small = "short";
  reserve_ready(small, 3, 3, TaskRunner{});
  CHECK(small == "short");
#ifdef __linux__
  // Less than the runner's least part: left to come as it is written.
  constexpr std::size_t little = std::size_t{256} << 10;
  std::string text;
  text.reserve(little);
  const std::size_t pages = resident_pages(text.data(), text.data() + little);
  reserve_ready(text, little, little, TaskRunner{});
  CHECK(resident_pages(text.data(), text.data() + little) == pages);
#endif
}

TEST_CASE("ready room: as many tasks for a size, wherever its room starts") {
  // A text of the same size that starts a few bytes further into its page
  // (as each allocation may) is given the same tasks: a run's work does not
  // depend on an address.
  std::vector<std::size_t> counts_by_offset;
  for (std::size_t offset = 0; offset < 4096; offset += 509) {
    std::vector<std::size_t> task_counts;
    for (const TaskRunner& runner : test::part_runners(task_counts)) {
      std::string text(offset, 'x');
      reserve_ready(text, offset + 63331, offset + 63331, runner);
      CHECK(text == std::string(offset, 'x'));
    }
    std::size_t total = 0;
    for (const std::size_t count : task_counts)
      total += count;
    counts_by_offset.push_back(total);
  }
  for (const std::size_t total : counts_by_offset)
    CHECK(total == counts_by_offset.front());
#ifdef __linux__
  CHECK(counts_by_offset.front() > 0);
#endif
}
