// A cache folder does not grow without end: entries unused for a month and
// temporary files a killed run left behind are removed, once a day at
// most, and nothing else in the folder is touched.
#include <doctest/doctest.h>

#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

#include <chrono>
#include <fstream>
#include <string>
#include <vector>

#include "common/cache_entry.hpp"
#include "common/cache_sweep.hpp"
#include "common/temporary_file.hpp"
#include "test_support.hpp"

using namespace procure;
namespace fs = std::filesystem;
using namespace std::chrono_literals;
using Clock = std::chrono::system_clock;

namespace {

timespec as_timespec(Clock::time_point t) {
  const auto ns =
      std::chrono::duration_cast<std::chrono::nanoseconds>(t.time_since_epoch()).count();
  return {static_cast<time_t>(ns / 1'000'000'000), static_cast<long>(ns % 1'000'000'000)};
}

// A file at `path`, last read at `read` and last written at `written`.
void file_used(const fs::path& path, Clock::time_point read, Clock::time_point written) {
  if (!fs::exists(fs::symlink_status(path)))
    std::ofstream(path) << "entry\n";
  const timespec times[2] = {as_timespec(read), as_timespec(written)};
  REQUIRE(::utimensat(AT_FDCWD, path.c_str(), times, AT_SYMLINK_NOFOLLOW) == 0);
}

// Every entry looked at in one sweep, as plans are otherwise.
cli::CacheSweepPlan whole(std::chrono::seconds unused_for = std::chrono::days(30),
                          std::chrono::seconds every = std::chrono::days(1)) {
  return {unused_for, every, 1};
}

}  // namespace

TEST_CASE("entries unused for a month and abandoned temporary files are swept away") {
  test::TempDir dir;
  const fs::path folder = dir.path / "cache";
  fs::create_directories(folder);
  const Clock::time_point now = Clock::now();
  const Clock::time_point long_ago = now - std::chrono::days(40);
  const std::string outline = cli::entry_file_name("a case", ".outline");
  const std::string tree = cli::entry_file_name("a text", ".tree");
  const std::string check = cli::entry_file_name("a question", ".check");
  const std::string old_entry = cli::entry_file_name("an earlier build's case", ".entry");
  file_used(folder / outline, now - 1h, long_ago);  // read an hour ago
  file_used(folder / tree, long_ago, now - 1h);     // made over an hour ago
  file_used(folder / check, long_ago, long_ago);
  file_used(folder / old_entry, long_ago, long_ago);
  // Temporary files: one a killed run left two days ago, one being written.
  const std::string abandoned = "." + tree + ".tmp-ABCDEFabcdef";
  const std::string being_written = "." + outline + ".tmp-123456abcdef";
  file_used(folder / abandoned, now - 48h, now - 48h);
  file_used(folder / being_written, now - 1min, now - 1min);
  // Not the caches' own, however old: left alone.
  const std::string other_names[] = {"notes.txt",
                                     "0123456789abcdef",
                                     "0123456789ABCDEF.tree",
                                     "0123456789abcdef.tree.bak",
                                     ".notes.tmp-ABCDEFabcdef",
                                     "." + tree + ".tmp-short"};
  for (const auto& name : other_names)
    file_used(folder / name, long_ago, long_ago);
  fs::create_directory(folder / cli::entry_file_name("a folder", ".tree"));
  const std::string link = cli::entry_file_name("a link", ".tree");
  fs::create_symlink(folder / old_entry, folder / link);

  CHECK(cli::sweep_cache_folder(folder, now, whole()) == 3u);
  CHECK(fs::exists(folder / outline));
  CHECK(fs::exists(folder / tree));
  CHECK_FALSE(fs::exists(folder / check));
  CHECK_FALSE(fs::exists(folder / old_entry));
  CHECK_FALSE(fs::exists(folder / abandoned));
  CHECK(fs::exists(folder / being_written));
  for (const auto& name : other_names)
    CHECK(fs::exists(folder / name));
  CHECK(fs::is_directory(folder / cli::entry_file_name("a folder", ".tree")));
  CHECK(fs::is_symlink(folder / link));

  // Once a day at most: the stamp says when it last looked.
  file_used(folder / check, long_ago, long_ago);
  CHECK_FALSE(cli::sweep_cache_folder(folder, now + 23h, whole()));
  CHECK(fs::exists(folder / check));
  CHECK(cli::sweep_cache_folder(folder, now + 25h, whole()) == 2u);
  CHECK_FALSE(fs::exists(folder / check));
  // A day on, the temporary file has no run writing it any more.
  CHECK_FALSE(fs::exists(folder / being_written));
  // A stamp later than the clock (set by a clock that ran ahead) does not
  // stop the sweeping.
  CHECK(cli::sweep_cache_folder(folder, now, whole()) == 0u);
  CHECK_FALSE(cli::sweep_cache_folder(folder, now + 1h, whole()));

  // Shorter times, as asked.
  CHECK(cli::sweep_cache_folder(folder, now + 2h, whole(1h, 1h)) == 2u);
  CHECK_FALSE(fs::exists(folder / outline));
  CHECK_FALSE(fs::exists(folder / tree));
}

TEST_CASE("a missing cache folder, or a link in its place, is not swept") {
  test::TempDir dir;
  CHECK_FALSE(cli::sweep_cache_folder(dir.path / "missing", Clock::now()));
  fs::create_directories(dir.path / "elsewhere");
  fs::create_directory_symlink(dir.path / "elsewhere", dir.path / "cache");
  CHECK_FALSE(cli::sweep_cache_folder(dir.path / "cache", Clock::now()));
}

TEST_CASE("a temporary file's name gives the file it was made for") {
  test::TempDir dir;
  const cli::TemporaryFile file(dir.path, "0123456789abcdef.tree");
  REQUIRE(file.ok());
  CHECK(cli::temporary_file_target(fs::path(file.path()).filename().string()) ==
        "0123456789abcdef.tree");
  CHECK_FALSE(cli::temporary_file_target(".x.tmp-ABCDEFabcde!"));
  CHECK_FALSE(cli::temporary_file_target("x.tmp-ABCDEFabcdef"));
  CHECK_FALSE(cli::temporary_file_target("..tmp-ABCDEFabcdef"));
  CHECK(cli::temporary_file_target(".x.tmp-ABCDEFabcdef") == "x");
}

TEST_CASE("a day's sweep states one part of the entries, each part in turn") {
  test::TempDir dir;
  const fs::path folder = dir.path / "cache";
  fs::create_directories(folder);
  // Midnight UTC of a day whose number is a multiple of 16: part 0's day.
  const Clock::time_point day0{std::chrono::days(20'000 - 20'000 % 16)};
  const Clock::time_point long_ago = day0 - std::chrono::days(40);
  std::vector<std::string> names;
  for (const char digit : std::string_view("0123456789abcdef")) {
    names.push_back(std::string(1, digit) + "123456789abcdef.tree");
    file_used(folder / names.back(), long_ago, long_ago);
  }
  for (int day = 0; day < 16; ++day) {
    const Clock::time_point now = day0 + std::chrono::days(day) + 1h;
    CHECK(cli::sweep_cache_folder(folder, now) == 1u);
    for (std::size_t part = 0; part < names.size(); ++part)
      CHECK(fs::exists(folder / names[part]) == (static_cast<int>(part) > day));
  }
}
