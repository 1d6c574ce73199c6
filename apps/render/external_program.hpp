#pragma once
// Running a converter (pandoc, LibreOffice) as a child process: found on
// PATH or named by an environment variable, its files in a temporary folder
// of its own, its run bounded in time.

#include <array>
#include <chrono>
#include <filesystem>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "common/removed_on_signal.hpp"
#include "procure/core/diagnostic.hpp"

namespace procure::cli {

// A program named by an environment variable (a path, or a name looked up
// on PATH), or found on PATH by its own name.
std::optional<std::filesystem::path> find_program(const char* variable, std::string_view name);

struct ProgramRun {
  int status = -1;         // the exit status; -1 if it could not start or was killed
  bool timed_out = false;  // stopped (with what it started) when the time ran out
};

// Runs a program (argument 0 is its path) in a process group of its own,
// with no input, its output and errors in `log` and TMPDIR set to
// `scratch`; after `limit` the group is killed. When procure is stopped by
// one of the stop_signals meanwhile, the group is killed and `scratch`
// removed before the signal ends procure.
ProgramRun run_program(const std::vector<std::string>& args, const std::filesystem::path& log,
                       std::chrono::seconds limit, const std::filesystem::path& scratch);

// How long a converter may run: PROCURE_CONVERT_TIMEOUT seconds, or 120.
std::chrono::seconds converter_time_limit();

// Runs a converter within converter_time_limit() and checks that it wrote
// `output`; false with the problem in `diagnostics` (what it said on its log
// included) when it timed out, failed or wrote nothing.
bool convert_with(const std::vector<std::string>& args, const std::filesystem::path& log,
                  const std::filesystem::path& scratch, const std::filesystem::path& output,
                  Diagnostics& diagnostics);

// A file's bytes (empty if it cannot be read).
std::string read_file_bytes(const std::filesystem::path& path);

// A folder for one conversion's files, removed with everything in it when
// done; a run stopped by a signal removes the named files and the folder.
class ScratchFolder {
 public:
  explicit ScratchFolder(std::array<std::string_view, 3> file_names);
  ~ScratchFolder();
  ScratchFolder(const ScratchFolder&) = delete;
  ScratchFolder& operator=(const ScratchFolder&) = delete;

  const std::filesystem::path& path() const { return path_; }
  int error() const { return error_; }  // errno when the folder could not be made

 private:
  std::filesystem::path path_;
  int error_ = 0;
  std::optional<RemovedOnSignal> folder_registration_;
  std::array<std::optional<RemovedOnSignal>, 3> file_registrations_;
};

}  // namespace procure::cli
