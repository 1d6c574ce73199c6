#include "common/kept_to_exit.hpp"

#include <mutex>
#include <vector>

namespace procure::cli::kept_detail {

void keep(std::shared_ptr<const void> object) {
  static std::mutex lock;
  // Never destroyed, on purpose: what it holds is freed by the process's end.
  static auto* const kept = new std::vector<std::shared_ptr<const void>>();
  const std::lock_guard guard(lock);
  kept->push_back(std::move(object));
}

}  // namespace procure::cli::kept_detail
