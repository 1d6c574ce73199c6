#include "removed_on_signal.hpp"

#include <limits.h>
#include <pthread.h>
#include <unistd.h>

#include <cstring>
#include <stdexcept>

namespace procure::cli {
namespace {

constexpr int cleanup_signals[] = {SIGINT, SIGTERM, SIGHUP};
constexpr int slot_count = 8;

// Fixed storage a signal handler may read: a path and a flag per slot.
char registered_paths[slot_count][PATH_MAX];
volatile sig_atomic_t slot_used[slot_count] = {};

extern "C" void remove_registered_and_stop(int signal_number) {
  for (int i = slot_count - 1; i >= 0; --i) {
    if (slot_used[i] != 0 && ::unlink(registered_paths[i]) != 0)
      ::rmdir(registered_paths[i]);
  }
  ::signal(signal_number, SIG_DFL);
  ::raise(signal_number);  // delivered when the handler returns: ends the run as the signal would
}

// Installed with each path (three system calls), so no handler set since
// (a library's, a test framework's) can keep the path from being removed.
void install_handlers() {
  for (const int signal_number : cleanup_signals) {
    struct sigaction previous {};
    ::sigaction(signal_number, nullptr, &previous);
    if (previous.sa_handler == SIG_IGN)  // nohup and the like: keep ignoring
      continue;
    struct sigaction action {};
    action.sa_handler = remove_registered_and_stop;
    ::sigemptyset(&action.sa_mask);
    ::sigaction(signal_number, &action, nullptr);
  }
}

}  // namespace

SignalsHeld::SignalsHeld() {
  sigset_t set;
  ::sigemptyset(&set);
  for (const int signal_number : cleanup_signals)
    ::sigaddset(&set, signal_number);
  ::pthread_sigmask(SIG_BLOCK, &set, &previous_);
}

SignalsHeld::~SignalsHeld() {
  ::pthread_sigmask(SIG_SETMASK, &previous_, nullptr);
}

RemovedOnSignal::RemovedOnSignal(const std::filesystem::path& path) : slot_(-1) {
  const std::string& text = path.native();
  if (text.size() >= PATH_MAX)
    throw std::length_error("temporary path longer than PATH_MAX: " + text);
  const SignalsHeld held;
  install_handlers();
  for (int i = 0; i < slot_count && slot_ < 0; ++i) {
    if (slot_used[i] == 0)
      slot_ = i;
  }
  if (slot_ < 0)
    throw std::logic_error("more temporary paths at once than the signal handler can hold");
  std::memcpy(registered_paths[slot_], text.c_str(), text.size() + 1);
  slot_used[slot_] = 1;
}

RemovedOnSignal::~RemovedOnSignal() {
  const SignalsHeld held;
  slot_used[slot_] = 0;
}

}  // namespace procure::cli
