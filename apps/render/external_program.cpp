#include "external_program.hpp"

#include <fcntl.h>
#include <pthread.h>
#include <signal.h>
#include <spawn.h>
#include <sys/wait.h>
#include <unistd.h>

#include <cerrno>
#include <charconv>
#include <cstdlib>
#include <cstring>
#include <fstream>
#include <sstream>

extern char** environ;

namespace procure::cli {
namespace fs = std::filesystem;

std::optional<fs::path> find_program(const char* variable, std::string_view name) {
  if (const char* chosen = std::getenv(variable); chosen != nullptr && *chosen != '\0') {
    const fs::path path(chosen);
    if (path.has_parent_path())
      return ::access(chosen, X_OK) == 0 ? std::optional(path) : std::nullopt;
    name = chosen;
  }
  const char* search = std::getenv("PATH");
  std::string_view rest = search == nullptr ? "/usr/bin:/bin" : search;
  while (!rest.empty()) {
    const auto colon = rest.find(':');
    const fs::path candidate = fs::path(rest.substr(0, colon)) / name;
    if (::access(candidate.c_str(), X_OK) == 0)
      return candidate;
    rest = colon == std::string_view::npos ? std::string_view() : rest.substr(colon + 1);
  }
  return std::nullopt;
}

ProgramRun run_program(const std::vector<std::string>& args, const fs::path& log,
                       std::chrono::seconds limit, const fs::path& scratch) {
  std::vector<char*> argv;
  for (const auto& a : args)
    argv.push_back(const_cast<char*>(a.c_str()));
  argv.push_back(nullptr);
  posix_spawn_file_actions_t actions;
  posix_spawn_file_actions_init(&actions);
  posix_spawn_file_actions_addopen(&actions, 0, "/dev/null", O_RDONLY, 0);
  posix_spawn_file_actions_addopen(&actions, 1, log.c_str(), O_WRONLY | O_CREAT | O_TRUNC, 0600);
  posix_spawn_file_actions_adddup2(&actions, 1, 2);
  // A group of its own, so that a timeout also ends what the program started
  // (LibreOffice's launcher starts the office process).
  // Ctrl-C and the like are held from here on and taken in the wait below,
  // so the program is stopped with procure; the program itself starts with
  // them as they were.
  // One ignored (nohup) stays ignored: held here, it would be kept for the
  // wait instead of dropped.
  const SignalsHeld held;
  sigset_t awaited;
  ::sigemptyset(&awaited);
  sigset_t child_mask;
  ::pthread_sigmask(SIG_SETMASK, nullptr, &child_mask);
  for (const int signal_number : stop_signals) {
    struct sigaction action {};
    ::sigaction(signal_number, nullptr, &action);
    if (action.sa_handler != SIG_IGN)
      ::sigaddset(&awaited, signal_number);
    ::sigdelset(&child_mask, signal_number);
  }
  posix_spawnattr_t attributes;
  posix_spawnattr_init(&attributes);
  posix_spawnattr_setflags(&attributes, POSIX_SPAWN_SETPGROUP | POSIX_SPAWN_SETSIGMASK);
  posix_spawnattr_setpgroup(&attributes, 0);
  posix_spawnattr_setsigmask(&attributes, &child_mask);
  pid_t pid = 0;
  // The program's own temporary files (LibreOffice makes some) go into
  // `scratch` too, and so go with it.
  const std::string tmpdir = "TMPDIR=" + scratch.string();
  std::vector<char*> environment;
  for (char** variable = environ; *variable != nullptr; ++variable)
    if (std::strncmp(*variable, "TMPDIR=", 7) != 0)
      environment.push_back(*variable);
  environment.push_back(const_cast<char*>(tmpdir.c_str()));
  environment.push_back(nullptr);
  const int spawned =
      posix_spawn(&pid, argv[0], &actions, &attributes, argv.data(), environment.data());
  posix_spawnattr_destroy(&attributes);
  posix_spawn_file_actions_destroy(&actions);
  ProgramRun run;
  if (spawned != 0)
    return run;
  const auto deadline = std::chrono::steady_clock::now() + limit;
  int status = 0;
  for (;;) {
    const pid_t done = ::waitpid(pid, &status, WNOHANG);
    if (done == pid)
      break;
    if (done < 0 && errno != EINTR)
      return run;
    if (std::chrono::steady_clock::now() >= deadline) {
      ::kill(-pid, SIGKILL);
      while (::waitpid(pid, &status, 0) < 0 && errno == EINTR) {
      }
      run.timed_out = true;
      return run;
    }
    const timespec pause{0, 20'000'000};
    if (const int signal_number = ::sigtimedwait(&awaited, nullptr, &pause); signal_number > 0) {
      // Stopped: the program goes first, with what it started, then its
      // files (LibreOffice's profile too); the signal, raised again, ends
      // procure when it is no longer held, as it would have.
      ::kill(-pid, SIGKILL);
      while (::waitpid(pid, &status, 0) < 0 && errno == EINTR) {
      }
      std::error_code ec;
      fs::remove_all(scratch, ec);
      ::raise(signal_number);
      return run;
    }
  }
  // What the program left running in its group goes with it.
  ::kill(-pid, SIGKILL);
  run.status = WIFEXITED(status) ? WEXITSTATUS(status) : -1;
  return run;
}

std::chrono::seconds converter_time_limit() {
  const char* chosen = std::getenv("PROCURE_CONVERT_TIMEOUT");
  int seconds = 0;
  if (chosen != nullptr) {
    const std::string_view text(chosen);
    const auto [end, ec] = std::from_chars(text.data(), text.data() + text.size(), seconds);
    if (ec == std::errc() && end == text.data() + text.size() && seconds > 0)
      return std::chrono::seconds(seconds);
  }
  return std::chrono::seconds(120);
}

std::string read_file_bytes(const fs::path& path) {
  std::ifstream in(path, std::ios::binary);
  std::ostringstream text;
  text << in.rdbuf();
  return text.str();
}

ScratchFolder::ScratchFolder(std::array<std::string_view, 3> file_names) {
  // Absolute: LibreOffice takes its profile folder as a file: URL.
  std::string pattern =
      (fs::absolute(fs::temp_directory_path()) / "procure-render-XXXXXX").string();
  const SignalsHeld held;
  if (::mkdtemp(pattern.data()) == nullptr) {
    error_ = errno;
    return;
  }
  path_ = pattern;
  folder_registration_.emplace(path_);
  for (std::size_t i = 0; i < file_names.size(); ++i)
    file_registrations_[i].emplace(path_ / file_names[i]);
}

ScratchFolder::~ScratchFolder() {
  std::error_code ec;
  if (!path_.empty())
    fs::remove_all(path_, ec);
}

bool convert_with(const std::vector<std::string>& args, const fs::path& log,
                  const fs::path& scratch, const fs::path& output, Diagnostics& diagnostics) {
  const auto limit = converter_time_limit();
  const ProgramRun run = run_program(args, log, limit, scratch);
  if (run.timed_out) {
    diagnostics.error("render.converter-timed-out",
                      {{"program", args.front()}, {"seconds", std::to_string(limit.count())}});
    return false;
  }
  std::error_code ec;
  if (run.status != 0 || !fs::is_regular_file(output, ec)) {
    std::string said = read_file_bytes(log);
    while (!said.empty() && (said.back() == '\n' || said.back() == ' '))
      said.pop_back();
    diagnostics.error(
        "render.pandoc-failed",
        {{"program", args.front()}, {"status", std::to_string(run.status)}, {"output", said}});
    return false;
  }
  return true;
}

}  // namespace procure::cli
