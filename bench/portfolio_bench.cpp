// How fast procure remind, status, check and calendar answer over a
// portfolio: CASES copies (default 1 000) of the seed example,
// kmd-2018-prosessbistand, with all its files (case.yaml, dialogue/,
// bids/, evaluation/, the opening protocol). Each copy is its own: every
// YAML file of it ends with a comment naming the copy, so no two cases
// share a byte-identical file (a cache keyed by content gains nothing from
// copies) and the answers stay those of the example; the copies are
// written out to the disk (sync) before any run. Each tool runs as a child
// process, as a cron job or an officer would run it, with a cache folder of
// its own (XDG_CACHE_HOME):
//   - cold: a cache folder never used before;
//   - warm: the same command again, nothing changed;
//   - cache just cleared: its folder removed just before the run;
//   - no cache: with --no-cache;
// A tool that has no --no-cache (check before it kept YAML trees) is timed
// once a run.
// Then, in this process on one thread, what any run must do at least: find
// and stat every file (a cache checked by the files' identity), read every
// file, read and hash it (SHA-256: a cache keyed by content), and parse
// every YAML file into procure's tree (libyaml, or yaml-cpp where it must).
// Last, the floor of a repeat run that is never stale: every file and
// folder stated on every thread, each by its name in its listed folder, and
// by the names a cache kept, no folder listed (the outline cache's way
// while the folders are unchanged).
// Prints the wall and CPU time of each (wait4's rusage) and the peak memory;
// the best of RUNS runs (default 3), and a note when the temporary folder
// is on an ext4 without a journal, where first runs made just after another
// run's deletions are slower. Nothing is asserted.
//
// usage: procure-bench-portfolio [CASES] [RUNS] [BIN]
//   BIN: the folder of the tools to time (default: this program's), to
//   compare builds; tools that have no --no-cache are timed without it.
#include <dirent.h>
#include <fcntl.h>
#include <sys/stat.h>
#include <sys/sysmacros.h>
#include <unistd.h>

#include <algorithm>
#include <atomic>
#include <chrono>
#include <cstdio>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <iterator>
#include <string>
#include <thread>
#include <vector>

#include "process_measure.hpp"
#include "procure/core/sha256.hpp"
#include "procure/yaml/document.hpp"

namespace fs = std::filesystem;
using procure::bench::ChildRun;
using procure::bench::Clock;
using procure::bench::run_child;
using procure::bench::seconds_since;

namespace {

// Whether the tool keeps what it read between runs (its help lists --no-cache).
bool has_cache_option(const std::string& tool) {
  std::string help;
  if (FILE* pipe = ::popen((tool + " --help").c_str(), "r")) {
    char buffer[4096];
    for (std::size_t n; (n = std::fread(buffer, 1, sizeof buffer, pipe)) > 0;)
      help.append(buffer, n);
    ::pclose(pipe);
  }
  return help.find("--no-cache") != std::string::npos;
}

// The best (least wall time) of `runs` runs, each with the cache folder
// `cache_home(run)` gives.
template <class CacheHome>
ChildRun best_of(int runs, const std::vector<std::string>& arguments, CacheHome cache_home) {
  ChildRun best;
  for (int r = 0; r < runs; ++r) {
    // The child inherits the cache folder; its output and errors are not kept.
    ::setenv("XDG_CACHE_HOME", fs::path(cache_home(r)).c_str(), 1);
    const ChildRun run = run_child(arguments, "/dev/null", 1, "/dev/null");
    if (!run.ok)
      return run;
    if (r == 0 || run.seconds < best.seconds)
      best = run;
  }
  return best;
}

std::string read_text(const fs::path& path) {
  std::ifstream in(path, std::ios::binary);
  return {std::istreambuf_iterator<char>(in), std::istreambuf_iterator<char>()};
}

// The example copied to `to`, each YAML file with a comment naming the copy.
void make_copy(const fs::path& from, const fs::path& to, const std::string& name) {
  for (const auto& entry : fs::recursive_directory_iterator(from)) {
    const fs::path target = to / fs::relative(entry.path(), from);
    if (entry.is_directory()) {
      fs::create_directories(target);
      continue;
    }
    fs::create_directories(target.parent_path());
    std::string text = read_text(entry.path());
    if (entry.path().extension() == ".yaml")
      text += "# " + name + "\n";
    std::ofstream(target, std::ios::binary) << text;
  }
}

// Whether `folder` is on an ext4 without a journal. There the kernel passes
// over every inode freed in the last 60 to 360 seconds as it makes a file
// (recently_deleted() in fs/ext4/ialloc.c), so a first run's cache entries,
// made just after another run deleted its portfolio, take far longer.
bool on_ext4_without_journal(const fs::path& folder) {
  struct stat st {};
  if (::stat(folder.c_str(), &st) != 0)
    return false;
  std::error_code ec;
  const fs::path device = fs::read_symlink(
      "/sys/dev/block/" + std::to_string(major(st.st_dev)) + ":" + std::to_string(minor(st.st_dev)),
      ec);
  if (ec)
    return false;
  std::ifstream journal("/sys/fs/ext4/" + device.filename().string() + "/journal_task");
  std::string task;
  return std::getline(journal, task) && task == "<none>";
}

void print_run(const char* what, const ChildRun& run, int cases) {
  std::printf("  %-36s %8.3f s %8.3f s %9.3f ms %9.1f MB\n", what, run.seconds, run.cpu_seconds,
              1000.0 * run.seconds / cases, run.peak_mib);
}

struct Spent {
  double seconds = 0;
  double cpu_seconds = 0;
};

// The wall and CPU time of `step` over every file of the portfolio, on this thread.
template <class Step>
Spent time_files(const std::vector<fs::path>& paths, Step step) {
  const auto start = Clock::now();
  const double cpu = procure::bench::cpu_seconds();
  for (const auto& path : paths)
    step(path);
  return {seconds_since(start), procure::bench::cpu_seconds() - cpu};
}

// Every file and folder under the open folder `folder`, each stated by its
// name in its folder (fstatat), as the evidence cache states them.
std::size_t stat_under(int folder) {
  DIR* listing = ::fdopendir(folder);
  if (listing == nullptr) {
    ::close(folder);
    return 0;
  }
  std::size_t count = 0;
  while (const dirent* entry = ::readdir(listing)) {
    const std::string_view name = entry->d_name;
    struct stat st {};
    if (name == "." || name == ".." ||
        ::fstatat(folder, entry->d_name, &st, AT_SYMLINK_NOFOLLOW) != 0)
      continue;
    ++count;
    if (S_ISDIR(st.st_mode)) {
      const int inner = ::openat(folder, entry->d_name, O_RDONLY | O_DIRECTORY | O_NOFOLLOW);
      if (inner >= 0)
        count += stat_under(inner);
    }
  }
  ::closedir(listing);
  return count;
}

// `step` for every case folder, on every hardware thread at once; adds
// what each step counted to `count`. Its wall and CPU time.
template <class Step>
Spent on_every_thread(const std::vector<fs::path>& cases, std::size_t& count, Step step) {
  const auto start = Clock::now();
  const double cpu = procure::bench::cpu_seconds();
  std::atomic<std::size_t> next{0};
  std::atomic<std::size_t> counted{0};
  const auto work = [&] {
    for (std::size_t i = next++; i < cases.size(); i = next++)
      counted += step(cases[i]);
  };
  std::vector<std::thread> others;
  for (unsigned t = 1; t < std::max(1u, std::thread::hardware_concurrency()); ++t)
    others.emplace_back(work);
  work();
  for (auto& thread : others)
    thread.join();
  count = counted;
  return {seconds_since(start), procure::bench::cpu_seconds() - cpu};
}

// Every file and folder of a case folder listed and stated by its name in its folder.
std::size_t list_and_state(const fs::path& kase) {
  const int folder = ::open(kase.c_str(), O_RDONLY | O_DIRECTORY);
  return folder >= 0 ? 1 + stat_under(folder) : 0;
}

// The case folder and `names` in it stated, none listed: what a cache that
// knows a case's names and finds its folders unchanged must do.
std::size_t state_by_name(const fs::path& kase, const std::vector<std::string>& names) {
  const int folder = ::open(kase.c_str(), O_RDONLY | O_DIRECTORY);
  if (folder < 0)
    return 0;
  struct stat st {};
  std::size_t stated = ::fstat(folder, &st) == 0 ? 1u : 0u;
  for (const auto& name : names)
    stated += ::fstatat(folder, name.c_str(), &st, AT_SYMLINK_NOFOLLOW) == 0 ? 1u : 0u;
  ::close(folder);
  return stated;
}

void print_floors(const fs::path& portfolio, int cases) {
  std::vector<fs::path> paths;
  const auto listed = Clock::now();
  const double listed_cpu = procure::bench::cpu_seconds();
  for (const auto& entry : fs::recursive_directory_iterator(portfolio)) {
    if (entry.is_regular_file())
      paths.push_back(entry.path());
  }
  const Spent list{seconds_since(listed), procure::bench::cpu_seconds() - listed_cpu};
  std::uintmax_t sizes = 0;
  const Spent stat = time_files(paths, [&](const fs::path& p) { sizes += fs::file_size(p); });
  std::size_t read_bytes = 0;
  const Spent read =
      time_files(paths, [&](const fs::path& p) { read_bytes += read_text(p).size(); });
  std::size_t digests = 0;
  const Spent hash = time_files(
      paths, [&](const fs::path& p) { digests += procure::sha256_hex(read_text(p)).size(); });
  std::size_t parsed = 0;
  const Spent parse = time_files(paths, [&](const fs::path& p) {
    procure::Diagnostics ignored;
    if (p.extension() == ".yaml" && procure::yaml::read_document(p, p.string(), ignored))
      ++parsed;
  });
  std::printf("\nwhat any run must do at least, one thread, in this process (%zu files)\n",
              paths.size());
  const auto row = [&](const char* what, Spent spent) {
    std::printf("  %-36s %8.3f s %8.3f s %9.3f ms\n", what, spent.seconds, spent.cpu_seconds,
                1000.0 * spent.cpu_seconds / cases);
  };
  std::printf("  %-36s %10s %10s %12s\n", "", "wall", "CPU", "CPU/case");
  row("list the folders, stat every file",
      {list.seconds + stat.seconds, list.cpu_seconds + stat.cpu_seconds});
  row("read every file", read);
  row("read and SHA-256 every file", hash);
  row("read and parse every YAML file", parse);
  if (sizes != read_bytes || digests == 0 || parsed == 0)
    std::printf("  (the files changed while measured)\n");
  std::vector<fs::path> case_folders;
  for (const auto& entry : fs::directory_iterator(portfolio))
    case_folders.push_back(entry.path());
  // Every copy holds the same names.
  std::vector<std::string> names;
  for (const auto& entry : fs::recursive_directory_iterator(case_folders.front()))
    names.push_back(entry.path().lexically_relative(case_folders.front()).string());
  std::size_t listed_count = 0;
  const Spent listing = on_every_thread(case_folders, listed_count, list_and_state);
  std::size_t named_count = 0;
  const Spent named = on_every_thread(
      case_folders, named_count, [&](const fs::path& kase) { return state_by_name(kase, names); });
  std::printf(
      "\nthe floor of a repeat run that is never stale: state every file and folder (%zu),\n"
      "on %u threads, listing the folders, or by the names a cache kept (%zu)\n",
      listed_count, std::max(1u, std::thread::hardware_concurrency()), named_count);
  row("list, state each by its name", listing);
  row("state each by its kept name", named);
}

}  // namespace

int main(int argc, char** argv) {
  const int cases = argc > 1 ? std::atoi(argv[1]) : 1000;
  const int runs = argc > 2 ? std::atoi(argv[2]) : 3;
  if (cases < 1 || runs < 1) {
    std::fprintf(stderr, "usage: procure-bench-portfolio [CASES] [RUNS] [BIN]\n");
    return 2;
  }
  const fs::path bin =
      argc > 3 ? fs::path(argv[3]) : fs::read_symlink("/proc/self/exe").parent_path();
  const fs::path example = fs::path(PROCURE_SOURCE_DIR) / "examples/kmd-2018-prosessbistand";
  const fs::path dir =
      fs::temp_directory_path() / ("procure-bench-portfolio-" + std::to_string(::getpid()));
  const fs::path portfolio = dir / "cases";
  int cache_folders = 0;
  const auto made = Clock::now();
  std::uintmax_t bytes = 0;
  std::size_t files = 0;
  for (int i = 0; i < cases; ++i) {
    const std::string name = "case-" + std::to_string(100000 + i).substr(1);
    make_copy(example, portfolio / name, name);
  }
  for (const auto& entry : fs::recursive_directory_iterator(portfolio)) {
    if (entry.is_regular_file()) {
      bytes += entry.file_size();
      ++files;
    }
  }
  const double made_seconds = seconds_since(made);
  // A portfolio's files are days old: on the disk, not still being written
  // out as the first run reads them; and a file changed within two seconds
  // of a run is not kept.
  ::sync();
  std::this_thread::sleep_for(std::chrono::milliseconds(2500));
  std::printf(
      "procure remind, status, check and calendar over %d copies of the seed example with all "
      "their\n"
      "files (%zu files, %.1f MB; made in %.1f s; %u hardware threads; best of %d runs)\n",
      cases, files, static_cast<double>(bytes) / 1e6, made_seconds,
      std::max(1u, std::thread::hardware_concurrency()), runs);
  if (on_ext4_without_journal(dir))
    std::printf(
        "(the temporary folder is on an ext4 without a journal: first runs made within six\n"
        "minutes after many files were deleted, as by an earlier bench run, are slower;\n"
        "see docs/performance.md)\n");
  std::printf("  %-36s %10s %10s %12s %12s\n", "", "wall", "CPU", "wall/case", "peak memory");
  // The day the seed example's tenders were being evaluated: something is due, and its files
  // show the dialogue, the opening and the evaluation.
  const std::vector<std::string> when{"--now", "2018-06-11 08:00"};
  struct Tool {
    const char* name;
    std::vector<std::string> extra;
  };
  const Tool tools[] = {{"remind", when}, {"status", when}, {"check", {}}, {"calendar", when}};
  bool ok = true;
  for (const auto& tool : tools) {
    std::vector<std::string> args{(bin / ("procure-" + std::string(tool.name))).string(),
                                  portfolio.string()};
    args.insert(args.end(), tool.extra.begin(), tool.extra.end());
    const std::string name = std::string("procure ") + tool.name;
    // A first run meets a cache folder never used before, not one emptied
    // just before: ext4 then passes over the inodes it freed a moment ago
    // as it makes the new entries (perf: recently_deleted), which a true
    // first run does not meet.
    fs::path last_cold;
    const ChildRun cold = best_of(runs, args, [&](int) {
      last_cold = dir / ("cache-" + std::to_string(++cache_folders));
      return last_cold;
    });
    print_run((name + (has_cache_option(args[0]) ? ", cold cache" : "")).c_str(), cold, cases);
    ok = ok && cold.ok;
    if (!has_cache_option(args[0]))
      continue;
    const ChildRun warm = best_of(runs, args, [&](int) { return last_cold; });
    print_run((name + ", warm cache").c_str(), warm, cases);
    // The cache cleared (its folder removed) just before a run: where a
    // file a case was made, ext4 without a journal met every inode just
    // freed as it made each one.
    const ChildRun cleared = best_of(runs, args, [&](int) {
      std::error_code ec;
      fs::remove_all(last_cold, ec);
      return last_cold;
    });
    print_run((name + ", cache just cleared").c_str(), cleared, cases);
    std::vector<std::string> uncached = args;
    uncached.push_back("--no-cache");
    const ChildRun none = best_of(runs, uncached, [&](int) { return last_cold; });
    print_run((name + " --no-cache").c_str(), none, cases);
    ok = ok && warm.ok && cleared.ok && none.ok;
  }
  print_floors(portfolio, cases);
  std::error_code ec;
  fs::remove_all(dir, ec);
  return ok ? 0 : 1;
}
