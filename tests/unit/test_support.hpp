#pragma once
// What the unit tests share: the codes of a run's diagnostics, a
// temporary folder that is removed with everything in it, and reading a
// file and setting its modification time.

#include <doctest/doctest.h>
#include <fcntl.h>
#include <grp.h>
#include <sys/stat.h>
#include <sys/wait.h>
#include <unistd.h>

#include <algorithm>
#include <cstdint>
#include <filesystem>
#include <fstream>
#include <functional>
#include <iterator>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "procure/core/diagnostic.hpp"

namespace procure::test {

// The shipped example cases.
inline const std::filesystem::path examples =
    std::filesystem::path(PROCURE_SOURCE_DIR) / "examples";

inline std::vector<std::string> codes(const Diagnostics& diagnostics) {
  std::vector<std::string> out;
  for (const auto& d : diagnostics.items())
    out.push_back(d.code);
  return out;
}

// A diagnostic's argument by name; empty when it has none of that name.
inline std::string arg(const Diagnostic& diagnostic, std::string_view name) {
  for (const auto& [key, value] : diagnostic.args) {
    if (key == name)
      return value;
  }
  return {};
}

struct TempDir {
  std::filesystem::path path;
  TempDir() {
    path = std::filesystem::temp_directory_path() /
           ("procure-test-" + std::to_string(::getpid()) + "-" +
            std::to_string(reinterpret_cast<std::uintptr_t>(this)));
    std::filesystem::create_directories(path);
  }
  ~TempDir() { std::filesystem::remove_all(path); }
  TempDir(const TempDir&) = delete;
  TempDir& operator=(const TempDir&) = delete;

  // Writes a file below the folder, creating the folders it needs.
  void write(const std::filesystem::path& relative, std::string_view text) const {
    std::filesystem::create_directories((path / relative).parent_path());
    std::ofstream(path / relative, std::ios::binary) << text;
  }
};

// Every shipped example copied into `folder`, one folder a case.
inline void copy_examples(const std::filesystem::path& folder) {
  std::filesystem::create_directories(folder);
  for (const auto& example : std::filesystem::directory_iterator(examples)) {
    if (example.is_directory())
      std::filesystem::copy(example.path(), folder / example.path().filename(),
                            std::filesystem::copy_options::recursive);
  }
}

// The cache entries in `folder` whose names end in `extension` (".outline"),
// sorted, each with its inode: a new inode is an entry made again.
inline std::vector<std::pair<std::string, ino_t>> cache_entries(const std::filesystem::path& folder,
                                                                std::string_view extension) {
  std::vector<std::pair<std::string, ino_t>> found;
  for (const auto& entry : std::filesystem::directory_iterator(folder)) {
    struct stat st {};
    if (entry.path().extension() == extension && ::stat(entry.path().c_str(), &st) == 0)
      found.emplace_back(entry.path().filename().string(), st.st_ino);
  }
  std::sort(found.begin(), found.end());
  return found;
}

// A file's bytes (empty when it cannot be read).
inline std::string read_text(const std::filesystem::path& path) {
  std::ifstream in(path, std::ios::binary);
  return {std::istreambuf_iterator<char>(in), std::istreambuf_iterator<char>()};
}

// How many entries a folder holds.
inline std::size_t entries_in(const std::filesystem::path& folder) {
  return static_cast<std::size_t>(std::distance(std::filesystem::directory_iterator(folder),
                                                std::filesystem::directory_iterator()));
}

inline timespec modified_of(const std::filesystem::path& path) {
  struct stat st {};
  REQUIRE(::stat(path.c_str(), &st) == 0);
  return st.st_mtim;
}

inline void set_modified(const std::filesystem::path& path, const timespec& modified) {
  const timespec times[2] = {modified, modified};
  REQUIRE(::utimensat(AT_FDCWD, path.c_str(), times, 0) == 0);
}

// The latest modification or change time in `folder` and below, in nanoseconds.
inline std::int64_t latest_time(const std::filesystem::path& folder) {
  std::int64_t latest = 0;
  std::vector<std::filesystem::path> paths{folder};
  for (const auto& entry : std::filesystem::recursive_directory_iterator(folder))
    paths.push_back(entry.path());
  for (const auto& path : paths) {
    struct stat st {};
    REQUIRE(::lstat(path.c_str(), &st) == 0);
    for (const timespec& t : {st.st_mtim, st.st_ctim})
      latest = std::max<std::int64_t>(latest, t.tv_sec * 1'000'000'000LL + t.tv_nsec);
  }
  return latest;
}

// Waits until the file system's clock has passed every time in `folder`
// (a tick is a few milliseconds), so that a cache opened now keeps it.
inline void wait_until_settled(const std::filesystem::path& folder,
                               const std::filesystem::path& scratch) {
  const std::int64_t latest = latest_time(folder);
  for (int attempt = 0; attempt < 5000; ++attempt) {
    const std::filesystem::path probe = scratch / "probe";
    { std::ofstream(probe) << attempt; }
    struct stat st {};
    REQUIRE(::stat(probe.c_str(), &st) == 0);
    std::filesystem::remove(probe);
    if (st.st_ctim.tv_sec * 1'000'000'000LL + st.st_ctim.tv_nsec > latest)
      return;
    ::usleep(1000);
  }
  FAIL("the file system's clock did not move");
}

// What `question` answers, asked without root's right to read everything:
// as root, in a child process that has become `nobody`.
inline std::string asked_without_root(const std::function<std::string()>& question) {
  if (::geteuid() != 0)
    return question();
  int pipe_ends[2];
  REQUIRE(::pipe(pipe_ends) == 0);
  const pid_t child = ::fork();
  REQUIRE(child >= 0);
  if (child == 0) {
    ::close(pipe_ends[0]);
    const gid_t nobody = 65534;
    if (::setgroups(0, nullptr) != 0 || ::setgid(nobody) != 0 || ::setuid(nobody) != 0)
      ::_exit(1);
    const std::string answer = question();
    const bool written =
        ::write(pipe_ends[1], answer.data(), answer.size()) == static_cast<ssize_t>(answer.size());
    ::_exit(written ? 0 : 1);
  }
  ::close(pipe_ends[1]);
  std::string answer;
  char buffer[4096];
  for (ssize_t got; (got = ::read(pipe_ends[0], buffer, sizeof buffer)) > 0;)
    answer.append(buffer, static_cast<std::size_t>(got));
  ::close(pipe_ends[0]);
  int status = 0;
  REQUIRE(::waitpid(child, &status, 0) == child);
  REQUIRE(WIFEXITED(status));
  REQUIRE(WEXITSTATUS(status) == 0);
  return answer;
}

}  // namespace procure::test
