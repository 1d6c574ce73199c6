#pragma once
// Room in a string made ready before a large text is written into it (a
// score table of 2 000 tenders read whole is 29 MB). Memory new to a
// process costs a page fault for every 4 KB written, all on the one thread
// that writes: copying 19 MB into new room took 11 ms, most of it faults.
// Here the system is asked for the pages at once, a share on each of the
// runner's threads; the string's text and size do not change. Where the
// system cannot (not Linux, or before 5.14), the pages come as they are
// written, as before.

#include <cstddef>
#include <string>

#include "procure/core/task_runner.hpp"

namespace procure {

// Reserves room for `capacity` bytes in `text` and makes the pages of the
// room up to `ready` bytes from its start ready to be written, when they
// are at least the runner's least part (TaskRunner::least_part_bytes).
void reserve_ready(std::string& text, std::size_t capacity, std::size_t ready,
                   const TaskRunner& runner);

}  // namespace procure
