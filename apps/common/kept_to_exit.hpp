#pragma once
// Objects a tool leaves for the end of its process to free. The kernel
// takes a process's memory back at once; freeing a large evaluation object
// by object (some 400 000 scores with their reasons and places for 2 000
// tenders) took a tenth of ranking it, after the output was written. They
// stay reachable from here, so leak checkers (LeakSanitizer) do not count
// them as leaks.

#include <memory>
#include <utility>

namespace procure::cli {

namespace kept_detail {
void keep(std::shared_ptr<const void> object);
}  // namespace kept_detail

// Keeps `object` until the process ends and returns it.
template <class T>
T& kept_to_exit(std::unique_ptr<T> object) {
  T& kept = *object;
  kept_detail::keep(std::shared_ptr<const void>(std::move(object)));
  return kept;
}

}  // namespace procure::cli
