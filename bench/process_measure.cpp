#include "process_measure.hpp"

#include <sys/resource.h>
#include <sys/wait.h>
#include <unistd.h>

#include <cstdio>
#include <cstdlib>

namespace procure::bench {
namespace {

double seconds_of(const timeval& t) {
  return static_cast<double>(t.tv_sec) + static_cast<double>(t.tv_usec) / 1e6;
}

}  // namespace

double seconds_since(Clock::time_point start) {
  return std::chrono::duration<double>(Clock::now() - start).count();
}

double cpu_seconds() {
  rusage usage{};
  getrusage(RUSAGE_SELF, &usage);
  return seconds_of(usage.ru_utime) + seconds_of(usage.ru_stime);
}

double peak_rss_mib() {
  rusage usage{};
  getrusage(RUSAGE_SELF, &usage);
  return static_cast<double>(usage.ru_maxrss) / 1024.0;  // ru_maxrss is in KiB on Linux
}

ChildRun run_child(const std::vector<std::string>& arguments, const std::string& output,
                   int highest_ok_exit, const std::string& errors) {
  std::vector<char*> argv;
  for (const auto& a : arguments)
    argv.push_back(const_cast<char*>(a.c_str()));
  argv.push_back(nullptr);
  // What is printed so far must not be written again by the child's copy of the buffer.
  std::fflush(stdout);
  const auto start = Clock::now();
  const pid_t pid = ::fork();
  if (pid == 0) {
    if (std::freopen(output.c_str(), "w", stdout) == nullptr ||
        (!errors.empty() && std::freopen(errors.c_str(), "w", stderr) == nullptr))
      std::_Exit(126);
    ::execv(argv[0], argv.data());
    std::_Exit(127);
  }
  int status = 0;
  rusage usage{};
  ::wait4(pid, &status, 0, &usage);
  ChildRun run;
  run.seconds = seconds_since(start);
  run.ok = WIFEXITED(status) && WEXITSTATUS(status) <= highest_ok_exit;
  run.peak_mib = static_cast<double>(usage.ru_maxrss) / 1024.0;
  run.cpu_seconds = seconds_of(usage.ru_utime) + seconds_of(usage.ru_stime);
  if (!run.ok) {
    std::fprintf(stderr, "benchmark: %s failed (status %d)\n", arguments[0].c_str(), status);
    if (std::FILE* shown = errors.empty() ? nullptr : std::fopen(errors.c_str(), "r")) {
      char line[512];
      while (std::fgets(line, sizeof line, shown) != nullptr)
        std::fputs(line, stderr);
      std::fclose(shown);
    }
  }
  return run;
}

}  // namespace procure::bench
