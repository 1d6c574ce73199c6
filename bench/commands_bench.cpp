// Single commands on the seed example (examples/kmd-2018-prosessbistand),
// as a person types them, process start included: `procure check` (as
// repeated, with its cache, and with --no-cache) and
// `procure render tender-documents` (Markdown to a file), each run RUNS
// times (default 50) as a child process. Prints the median and the fastest
// wall time and the median CPU time (wait4); the wall time is what the
// goals of issue 15 name, the CPU time is steadier on a shared machine.
// Nothing is asserted.
//
// usage: procure-bench-commands [RUNS]
#include <unistd.h>

#include <algorithm>
#include <cstdio>
#include <cstdlib>
#include <filesystem>
#include <string>
#include <vector>

#include "process_measure.hpp"

namespace fs = std::filesystem;
using namespace procure::bench;

namespace {

struct Figures {
  double median_wall = 0;
  double fastest_wall = 0;
  double median_cpu = 0;
  double peak_mib = 0;
  bool ok = true;
};

Figures measure(int runs, const std::vector<std::string>& arguments, const fs::path& scratch) {
  std::vector<double> walls;
  std::vector<double> cpus;
  Figures figures;
  for (int i = 0; i < runs; ++i) {
    const auto run =
        run_child(arguments, (scratch / "stdout").string(), 0, (scratch / "stderr").string());
    figures.ok = figures.ok && run.ok;
    walls.push_back(run.seconds);
    cpus.push_back(run.cpu_seconds);
    figures.peak_mib = std::max(figures.peak_mib, run.peak_mib);
  }
  std::sort(walls.begin(), walls.end());
  std::sort(cpus.begin(), cpus.end());
  figures.median_wall = walls[walls.size() / 2];
  figures.fastest_wall = walls.front();
  figures.median_cpu = cpus[cpus.size() / 2];
  return figures;
}

void print(const char* what, const Figures& f) {
  std::printf("  %-34s %8.1f ms %8.1f ms %8.1f ms %8.1f MB%s\n", what, 1000 * f.median_wall,
              1000 * f.fastest_wall, 1000 * f.median_cpu, f.peak_mib,
              f.ok ? "" : "  (failed: does not count)");
}

}  // namespace

int main(int argc, char** argv) {
  const int runs = argc > 1 ? std::atoi(argv[1]) : 50;
  if (runs < 1) {
    std::fprintf(stderr, "usage: procure-bench-commands [RUNS]\n");
    return 2;
  }
  const fs::path bin = fs::read_symlink("/proc/self/exe").parent_path();
  const std::string procure = (bin / "procure").string();
  const std::string example = PROCURE_SOURCE_DIR "/examples/kmd-2018-prosessbistand";
  const fs::path scratch =
      fs::temp_directory_path() / ("procure-bench-commands-" + std::to_string(::getpid()));
  fs::create_directories(scratch);

  std::printf("Single commands on the seed example, process start included (%d runs each)\n", runs);
  std::printf("  %-34s %11s %11s %11s %11s\n", "", "median wall", "fastest", "median CPU",
              "peak memory");
  // check keeps the YAML trees of the files it reads in the user's cache
  // folder: the first run here fills it, the others are repeat runs.
  const auto check = measure(runs, {procure, "check", example}, scratch);
  print("procure check", check);
  const auto uncached = measure(runs, {procure, "check", example, "--no-cache"}, scratch);
  print("procure check --no-cache", uncached);
  const auto render =
      measure(runs,
              {procure, "render", "tender-documents", example, "-o",
               (scratch / "tender-documents.md").string(), "--today", "2018-03-01", "--force"},
              scratch);
  print("procure render tender-documents", render);
  const auto version = measure(runs, {procure, "--version"}, scratch);
  print("procure --version (start alone)", version);
  fs::remove_all(scratch);
  return check.ok && uncached.ok && render.ok && version.ok ? 0 : 1;
}
