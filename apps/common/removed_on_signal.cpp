#include "removed_on_signal.hpp"

#include <limits.h>
#include <pthread.h>
#include <unistd.h>

#include <atomic>
#include <cstring>
#include <stdexcept>

#include "parallel_map.hpp"

namespace procure::cli {
namespace {

// Enough for every thread that reads cases (each may be writing a cache
// entry) and the outputs and helper programs' files of the main thread.
constexpr int slot_count = 2 * max_case_workers;

// Fixed storage a signal handler may read: a path and a state per slot. A
// slot is claimed by one thread (free to claimed), its path written, then
// published (registered) before the path is made: the handler, on
// whichever thread the signal reaches, reads only published paths.
// Lock-free atomics are safe there.
enum SlotState : int { free_slot, claimed, registered };
char registered_paths[slot_count][PATH_MAX];
std::atomic<int> slot_states[slot_count] = {};
// Set by the handler before it removes anything. The other threads go on
// meanwhile: the handler first waits until none is making a path (a path
// made after it passed its slot would stay), and none starts one after.
std::atomic<bool> stopping{false};
std::atomic<int> paths_being_made{0};
static_assert(std::atomic<int>::is_always_lock_free && std::atomic<bool>::is_always_lock_free);

// On a thread that is not handling the signal, once the handler has begun:
// waits for it to end the process.
[[noreturn]] void wait_for_the_end() {
  for (;;)
    ::pause();
}

void remove(const char* path) {
  if (::unlink(path) != 0)
    ::rmdir(path);
}

extern "C" void remove_registered_and_stop(int signal_number) {
  stopping.store(true);
  while (paths_being_made.load() != 0) {
  }
  for (int i = slot_count - 1; i >= 0; --i) {
    if (slot_states[i].load() == registered)
      remove(registered_paths[i]);
  }
  ::signal(signal_number, SIG_DFL);
  ::raise(signal_number);  // delivered when the handler returns: ends the run as the signal would
}

// Installed with each path (three system calls), so no handler set since
// (a library's, a test framework's) can keep the path from being removed.
void install_handlers() {
  if (stopping.load())  // the handler has begun, and set the default to end the run
    return;
  for (const int signal_number : stop_signals) {
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
  for (const int signal_number : stop_signals)
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
    int expected = free_slot;
    if (slot_states[i].compare_exchange_strong(expected, claimed, std::memory_order_acquire))
      slot_ = i;
  }
  if (slot_ < 0)
    throw std::logic_error("more temporary paths at once than the signal handler can hold");
  std::memcpy(registered_paths[slot_], text.c_str(), text.size() + 1);
  slot_states[slot_].store(registered);
}

bool RemovedOnSignal::make(const std::function<bool()>& make_path) const {
  ++paths_being_made;
  if (stopping.load()) {
    --paths_being_made;
    wait_for_the_end();
  }
  const bool made = make_path();
  if (stopping.load() && made)
    remove(registered_paths[slot_]);
  --paths_being_made;
  if (stopping.load())
    wait_for_the_end();
  return made;
}

RemovedOnSignal::~RemovedOnSignal() {
  const SignalsHeld held;
  slot_states[slot_].store(free_slot, std::memory_order_release);
}

}  // namespace procure::cli
