#pragma once
// Temporary paths that must not outlive the run, even one stopped by a
// signal (stop_signals): while registered, a signal handler removes
// them (files unlinked, folders removed once empty, the latest registered
// first) and then lets the signal end the process as it would have. Paths
// may be registered from several threads at once.

#include <signal.h>

#include <array>
#include <filesystem>
#include <functional>

namespace procure::cli {

// The signals that end a run and are cleaned up after: SIGINT (Ctrl-C),
// SIGTERM, SIGHUP, SIGQUIT (Ctrl-\) and SIGPIPE (a reader gone: `| head -1`).
inline constexpr std::array<int, 5> stop_signals = {SIGINT, SIGTERM, SIGHUP, SIGQUIT, SIGPIPE};

// Holds the stop signals back on this thread for its lifetime: around making a
// temporary path and registering it, so that no signal taken here finds it
// made and not registered (one taken on another thread: see make()).
class SignalsHeld {
 public:
  SignalsHeld();
  ~SignalsHeld();
  SignalsHeld(const SignalsHeld&) = delete;
  SignalsHeld& operator=(const SignalsHeld&) = delete;

 private:
  sigset_t previous_;
};

class RemovedOnSignal {
 public:
  // Registers `path` (a file or a folder, existing or about to be made) and
  // installs the handlers. Throws std::logic_error past a fixed number of
  // paths at once, twice max_case_workers (a bug: the handler can only
  // read fixed storage).
  explicit RemovedOnSignal(const std::filesystem::path& path);
  // Makes the registered path with `make_path` (true if it made it), on a
  // thread that holds the signals back (SignalsHeld). Another thread may
  // still take a signal meanwhile; its handler waits for every make() under
  // way, and a path made after the handler began is removed here, so the
  // path never outlives the run.
  bool make(const std::function<bool()>& make_path) const;
  // Unregisters the path (it is not removed: the owner does that, or has
  // given it another name).
  ~RemovedOnSignal();
  RemovedOnSignal(const RemovedOnSignal&) = delete;
  RemovedOnSignal& operator=(const RemovedOnSignal&) = delete;

 private:
  int slot_;
};

}  // namespace procure::cli
