#pragma once
// A file opened and locked (flock) against another run's change for as
// long as the object lives: read, changed and replaced under the lock, two
// runs at once each make their change, the second to the first's text
// (the last to rename had dropped the other's). Where the file locked was
// replaced before the lock was got, the name is opened again.

#include <filesystem>
#include <optional>
#include <string>

namespace procure::cli {

class LockedFile {
 public:
  explicit LockedFile(const std::filesystem::path& path);
  LockedFile(const LockedFile&) = delete;
  LockedFile& operator=(const LockedFile&) = delete;
  ~LockedFile();

  // The whole text; nothing when the file could not be opened and locked,
  // or a read fails (errno says why).
  std::optional<std::string> read() const;

 private:
  int fd_ = -1;
};

}  // namespace procure::cli
