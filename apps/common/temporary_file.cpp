#include "temporary_file.hpp"

#include <fcntl.h>
#include <stdio.h>
#include <unistd.h>

#include <cerrno>

namespace procure::cli {

TemporaryFile::TemporaryFile(const std::filesystem::path& folder, const std::string& name) {
  std::string pattern = (folder / ("." + name + ".tmp-XXXXXX")).string();
  const SignalsHeld held;
  fd_ = ::mkstemp(pattern.data());
  if (fd_ < 0) {
    error_ = errno;
    return;
  }
  path_ = std::move(pattern);
  registration_.emplace(path_);
}

TemporaryFile::~TemporaryFile() {
  const SignalsHeld held;
  if (fd_ >= 0)
    ::close(fd_);
  if (registration_)
    ::unlink(path_.c_str());
}

int TemporaryFile::commit(const std::filesystem::path& target, bool replace) {
  const SignalsHeld held;
  const int closed = ::close(fd_);
  fd_ = -1;
  if (closed != 0)
    return errno;
  int result = 0;
  if (replace) {
    result = ::rename(path_.c_str(), target.c_str()) == 0 ? 0 : errno;
  } else if (::renameat2(AT_FDCWD, path_.c_str(), AT_FDCWD, target.c_str(), RENAME_NOREPLACE) ==
             0) {
    result = 0;
  } else if (errno != EINVAL && errno != ENOSYS) {
    result = errno;
  } else if (::link(path_.c_str(), target.c_str()) == 0) {
    // A file system (NFS) or kernel without RENAME_NOREPLACE: a hard link too
    // is made only where no name is; then the temporary name goes.
    ::unlink(path_.c_str());
  } else {
    result = errno;
  }
  if (result == 0)
    registration_.reset();
  return result;
}

}  // namespace procure::cli
