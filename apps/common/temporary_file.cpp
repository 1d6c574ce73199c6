#include "temporary_file.hpp"

#include <fcntl.h>
#include <limits.h>
#include <signal.h>
#include <stdio.h>
#include <unistd.h>

#include <atomic>
#include <cerrno>
#include <cstring>
#include <stdexcept>

namespace procure::cli {
namespace {

constexpr int cleanup_signals[] = {SIGINT, SIGTERM, SIGHUP};

// The one temporary file that exists now (outputs are written one after
// another), kept where a signal handler may read it: a fixed buffer and a flag.
char registered_path[PATH_MAX];
volatile sig_atomic_t path_registered = 0;

extern "C" void remove_temporary_and_stop(int signal_number) {
  if (path_registered != 0)
    ::unlink(registered_path);
  ::signal(signal_number, SIG_DFL);
  ::raise(signal_number);  // delivered when the handler returns: ends the run as the signal would
}

// Installed with each file (three system calls), so no handler set since
// (a library's, a test framework's) can keep the file from being removed.
void install_handlers() {
  for (const int signal_number : cleanup_signals) {
    struct sigaction previous {};
    ::sigaction(signal_number, nullptr, &previous);
    if (previous.sa_handler == SIG_IGN)  // nohup and the like: keep ignoring
      continue;
    struct sigaction action {};
    action.sa_handler = remove_temporary_and_stop;
    ::sigemptyset(&action.sa_mask);
    ::sigaction(signal_number, &action, nullptr);
  }
}

// Blocks the cleanup signals for its lifetime, so a file is never created
// and left unregistered, nor its name changed while the handler may read it.
class SignalsHeld {
 public:
  SignalsHeld() {
    sigset_t set;
    ::sigemptyset(&set);
    for (const int signal_number : cleanup_signals)
      ::sigaddset(&set, signal_number);
    ::pthread_sigmask(SIG_BLOCK, &set, &previous_);
  }
  ~SignalsHeld() { ::pthread_sigmask(SIG_SETMASK, &previous_, nullptr); }
  SignalsHeld(const SignalsHeld&) = delete;
  SignalsHeld& operator=(const SignalsHeld&) = delete;

 private:
  sigset_t previous_;
};

}  // namespace

TemporaryFile::TemporaryFile(const std::filesystem::path& folder, const std::string& name) {
  install_handlers();
  std::string pattern = (folder / ("." + name + ".tmp-XXXXXX")).string();
  if (pattern.size() >= sizeof registered_path) {
    error_ = ENAMETOOLONG;
    return;
  }
  const SignalsHeld held;
  if (path_registered != 0)
    throw std::logic_error("a second temporary output file while one is being written");
  fd_ = ::mkstemp(pattern.data());
  if (fd_ < 0) {
    error_ = errno;
    return;
  }
  path_ = std::move(pattern);
  std::memcpy(registered_path, path_.c_str(), path_.size() + 1);
  path_registered = 1;
}

TemporaryFile::~TemporaryFile() {
  const SignalsHeld held;
  if (fd_ >= 0)
    ::close(fd_);
  if (path_registered != 0 && !path_.empty() && registered_path == path_) {
    ::unlink(path_.c_str());
    path_registered = 0;
  }
}

int TemporaryFile::commit(const std::filesystem::path& target, bool replace) {
  const SignalsHeld held;
  if (fd_ >= 0 && ::close(fd_) != 0) {
    fd_ = -1;
    return errno;
  }
  fd_ = -1;
  int result = 0;
  if (replace) {
    result = ::rename(path_.c_str(), target.c_str()) == 0 ? 0 : errno;
  } else if (::renameat2(AT_FDCWD, path_.c_str(), AT_FDCWD, target.c_str(), RENAME_NOREPLACE) ==
             0) {
    result = 0;
  } else if (errno != EINVAL) {
    result = errno;
  } else if (::link(path_.c_str(), target.c_str()) == 0) {
    // A file system without RENAME_NOREPLACE (NFS): a hard link too is made
    // only where no name is; then the temporary name goes.
    ::unlink(path_.c_str());
  } else {
    result = errno;
  }
  if (result == 0)
    path_registered = 0;
  return result;
}

}  // namespace procure::cli
