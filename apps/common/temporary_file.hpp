#pragma once
// A temporary file next to an output, that never outlives the run: it is
// removed when the object ends without being committed, and when the run is
// stopped by SIGINT (Ctrl-C), SIGTERM or SIGHUP while it exists.

#include <filesystem>
#include <optional>
#include <string>
#include <string_view>

#include "removed_on_signal.hpp"

namespace procure::cli {

class TemporaryFile {
 public:
  // Creates ".<name>.tmp-" and twelve random letters and digits in
  // `folder` (of a long name, its first 200 bytes), readable by its owner
  // alone; check ok(), else error() is the errno.
  TemporaryFile(const std::filesystem::path& folder, const std::string& name);
  ~TemporaryFile();
  TemporaryFile(const TemporaryFile&) = delete;
  TemporaryFile& operator=(const TemporaryFile&) = delete;

  bool ok() const { return fd_ >= 0; }
  int error() const { return error_; }
  int fd() const { return fd_; }
  // Its name, for a library that writes by name (libxlsxwriter).
  const std::string& path() const { return path_; }

  // Closes the file and gives it the name `target`. Without `replace` the
  // name must be free, checked by the kernel in the same step (no window in
  // which another run can create it). Returns 0, or the errno (EEXIST when
  // `target` exists and may not be replaced).
  int commit(const std::filesystem::path& target, bool replace);

 private:
  std::string path_;
  int fd_ = -1;
  int error_ = 0;
  std::optional<RemovedOnSignal> registration_;  // while the file has its temporary name
};

// The name of the file a TemporaryFile named `file_name` was made for, or
// nullopt when `file_name` is not a temporary file's name: what a run
// killed outright (SIGKILL, a power cut) leaves behind.
std::optional<std::string_view> temporary_file_target(std::string_view file_name);

}  // namespace procure::cli
