#include "cache_sweep.hpp"

#include <dirent.h>
#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

#include <algorithm>
#include <string_view>

#include "cache_entry.hpp"
#include "case_file_identities.hpp"
#include "temporary_file.hpp"

namespace procure::cli {
namespace {

constexpr const char* stamp_name = ".swept";
// A temporary file older than this has no run writing it any more.
constexpr std::chrono::seconds abandoned_after = std::chrono::days(1);

std::int64_t nanoseconds_since_epoch(std::chrono::system_clock::time_point t) {
  return std::chrono::duration_cast<std::chrono::nanoseconds>(t.time_since_epoch()).count();
}

unsigned hex_digit(char c) {
  return c <= '9' ? static_cast<unsigned>(c - '0') : static_cast<unsigned>(c - 'a' + 10);
}

bool due(int folder_fd, std::int64_t now_ns, std::chrono::seconds every) {
  struct stat st {};
  if (::fstatat(folder_fd, stamp_name, &st, AT_SYMLINK_NOFOLLOW) != 0)
    return true;
  const std::int64_t stamped = timestamp_ns(st.st_mtim);
  return stamped > now_ns || now_ns - stamped >= std::chrono::nanoseconds(every).count();
}

void stamp(int folder_fd, std::int64_t now_ns) {
  const int fd = ::openat(folder_fd, stamp_name, O_WRONLY | O_CREAT | O_NOFOLLOW | O_CLOEXEC, 0600);
  if (fd < 0)
    return;
  const timespec at{static_cast<time_t>(now_ns / 1'000'000'000),
                    static_cast<long>(now_ns % 1'000'000'000)};
  const timespec times[2] = {at, at};
  ::futimens(fd, times);
  ::close(fd);
}

}  // namespace

std::optional<std::size_t> sweep_cache_folder(const std::filesystem::path& folder,
                                              std::chrono::system_clock::time_point now,
                                              CacheSweepPlan plan) {
  const int folder_fd = ::open(folder.c_str(), O_RDONLY | O_DIRECTORY | O_NOFOLLOW | O_CLOEXEC);
  if (folder_fd < 0)
    return std::nullopt;
  const std::int64_t now_ns = nanoseconds_since_epoch(now);
  if (!due(folder_fd, now_ns, plan.every)) {
    ::close(folder_fd);
    return std::nullopt;
  }
  // Its own descriptor: closedir closes it.
  DIR* listing = ::fdopendir(::dup(folder_fd));
  if (listing == nullptr) {
    ::close(folder_fd);
    return std::nullopt;
  }
  const std::int64_t unused_before = now_ns - std::chrono::nanoseconds(plan.unused_for).count();
  const auto days = std::chrono::floor<std::chrono::days>(now).time_since_epoch().count();
  const unsigned slices = std::clamp(plan.slices, 1u, 16u);
  const auto todays_slice = static_cast<unsigned>((days % slices + slices) % slices);
  const std::int64_t abandoned_before = now_ns - std::chrono::nanoseconds(abandoned_after).count();
  std::size_t removed = 0;
  while (const dirent* entry = ::readdir(listing)) {
    const std::string_view name = entry->d_name;
    const bool is_entry = is_entry_file_name(name);
    const auto target = is_entry ? std::nullopt : temporary_file_target(name);
    if (!is_entry && !(target && is_entry_file_name(*target)))
      continue;
    if (is_entry && hex_digit(name.front()) % slices != todays_slice)
      continue;
    struct stat st {};
    if (::fstatat(folder_fd, entry->d_name, &st, AT_SYMLINK_NOFOLLOW) != 0 || !S_ISREG(st.st_mode))
      continue;
    // An entry is in use while it is read (its access time) or made over.
    const std::int64_t used = is_entry
                                  ? std::max(timestamp_ns(st.st_atim), timestamp_ns(st.st_mtim))
                                  : timestamp_ns(st.st_mtim);
    if (used < (is_entry ? unused_before : abandoned_before) &&
        ::unlinkat(folder_fd, entry->d_name, 0) == 0)
      ++removed;
  }
  ::closedir(listing);
  stamp(folder_fd, now_ns);
  ::close(folder_fd);
  return removed;
}

}  // namespace procure::cli
