#include "procure/core/ready_room.hpp"

#include <algorithm>
#include <cstdint>
#include <vector>

#ifdef __linux__
#include <sys/mman.h>
#include <unistd.h>
#endif

namespace procure {

void reserve_ready(std::string& text, std::size_t capacity, std::size_t ready,
                   const TaskRunner& runner) {
  text.reserve(capacity);
#if defined(__linux__) && defined(MADV_POPULATE_WRITE)
  // Only whole pages past the text, inside the room: nothing else is touched.
  const auto page = static_cast<std::uintptr_t>(::sysconf(_SC_PAGESIZE));
  const auto start = reinterpret_cast<std::uintptr_t>(text.data());
  const std::size_t end = std::min(ready, text.capacity());
  if (end <= text.size())
    return;
  const std::size_t room = end - text.size();
  // Less than a part's worth faults as fast as it is asked for: a case's
  // small files take no system call more.
  if (room < runner.least_part_bytes)
    return;
  // The room holds one whole page fewer than its size says, or as many, by
  // where it starts: the parts are counted from the fewer, so that how many
  // tasks a run gives its threads never depends on an address.
  if (room / page < 2)
    return;
  const std::size_t count = std::min<std::size_t>(part_count(runner, room), room / page - 1);
  const std::uintptr_t first = (start + text.size() + page - 1) / page * page;
  const std::uintptr_t last = (start + end) / page * page;
  const std::size_t pages = (last - first) / page;
  std::vector<Task> tasks;
  for (std::size_t k = 0; k < count; ++k) {
    const std::uintptr_t from = first + pages * k / count * page;
    const std::uintptr_t to = first + pages * (k + 1) / count * page;
    // A refusal (an old kernel, no memory to spare now) leaves the pages to
    // come as they are written.
    tasks.emplace_back(
        [from, to] { ::madvise(reinterpret_cast<void*>(from), to - from, MADV_POPULATE_WRITE); });
  }
  run_tasks(runner, tasks);
#else
  (void)ready;
  (void)runner;
#endif
}

}  // namespace procure
