#include "locked_file.hpp"

#include <fcntl.h>
#include <sys/file.h>
#include <sys/stat.h>
#include <unistd.h>

#include <cerrno>

namespace procure::cli {

LockedFile::LockedFile(const std::filesystem::path& path) {
  // Each try finds the file replaced by a run that held the lock: a bound
  // well past any number of runs at once.
  for (int tries = 0; tries < 1000; ++tries) {
    fd_ = ::open(path.c_str(), O_RDONLY | O_CLOEXEC);
    if (fd_ < 0)
      return;
    int locked = 0;
    while ((locked = ::flock(fd_, LOCK_EX)) != 0 && errno == EINTR) {
    }
    struct stat held {
    }, named{};
    if (locked == 0 && ::fstat(fd_, &held) == 0 && ::stat(path.c_str(), &named) == 0 &&
        held.st_dev == named.st_dev && held.st_ino == named.st_ino)
      return;
    const int error = locked == 0 ? 0 : errno;
    ::close(fd_);
    fd_ = -1;
    if (error != 0) {
      errno = error;
      return;
    }
  }
  errno = EAGAIN;
}

LockedFile::~LockedFile() {
  if (fd_ >= 0)
    ::close(fd_);
}

std::optional<std::string> LockedFile::read() const {
  if (fd_ < 0)
    return std::nullopt;
  std::string text;
  char buffer[1 << 16];
  for (off_t at = 0;;) {
    const ssize_t n = ::pread(fd_, buffer, sizeof buffer, at);
    if (n < 0 && errno == EINTR)
      continue;
    if (n < 0)
      return std::nullopt;
    if (n == 0)
      return text;
    text.append(buffer, static_cast<std::size_t>(n));
    at += n;
  }
}

}  // namespace procure::cli
