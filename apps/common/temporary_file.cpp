#include "temporary_file.hpp"

#include <fcntl.h>
#include <stdio.h>
#include <sys/random.h>
#include <unistd.h>

#include <cerrno>
#include <string_view>
#include <system_error>

namespace procure::cli {

namespace {

// Twelve letters and digits from the kernel's random source: 71 bits, so
// that two runs never choose the same temporary name.
constexpr std::string_view alphabet =
    "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789";
constexpr std::size_t random_letters = 12;
constexpr std::string_view temporary_mark = ".tmp-";
// Of the target's name, so that the marks fit in the 255 bytes a name may
// have on Linux file systems: a longer one made any output of a name near
// that size fail ("File name too long").
constexpr std::size_t kept_name_bytes = 200;

// `name`'s first kept_name_bytes at most, cut where a UTF-8 character starts.
std::string_view kept_name(std::string_view name) {
  if (name.size() <= kept_name_bytes)
    return name;
  std::size_t end = kept_name_bytes;
  while (end > 0 && (static_cast<unsigned char>(name[end]) & 0xC0) == 0x80)
    --end;
  return name.substr(0, end);
}

std::string random_suffix() {
  unsigned char bytes[random_letters] = {};
  std::size_t got = 0;
  while (got < sizeof bytes) {
    const ssize_t n = ::getrandom(bytes + got, sizeof bytes - got, 0);
    if (n > 0)
      got += static_cast<std::size_t>(n);
    else if (errno != EINTR)
      throw std::system_error(errno, std::generic_category(), "getrandom");
  }
  std::string suffix;
  for (const unsigned char byte : bytes)
    suffix += alphabet[byte % alphabet.size()];
  return suffix;
}

}  // namespace

std::optional<std::string_view> temporary_file_target(std::string_view file_name) {
  const std::size_t marked = 1 + temporary_mark.size() + random_letters;
  if (file_name.size() <= marked || file_name.front() != '.')
    return std::nullopt;
  const std::string_view letters = file_name.substr(file_name.size() - random_letters);
  const std::string_view target = file_name.substr(1, file_name.size() - marked);
  if (file_name.substr(1 + target.size(), temporary_mark.size()) != temporary_mark ||
      letters.find_first_not_of(alphabet) != std::string_view::npos)
    return std::nullopt;
  return target;
}

TemporaryFile::TemporaryFile(const std::filesystem::path& folder, const std::string& name) {
  const SignalsHeld held;
  // Registered, then made: a signal taken by another thread (it cannot be
  // held back there) finds the file however the two meet.
  for (int attempt = 0; attempt < 100; ++attempt) {
    std::string path = (folder / ("." + std::string(kept_name(name)) + std::string(temporary_mark) +
                                  random_suffix()))
                           .string();
    registration_.emplace(path);
    if (registration_->make([&] {
          fd_ = ::open(path.c_str(), O_RDWR | O_CREAT | O_EXCL | O_CLOEXEC, 0600);
          return fd_ >= 0;
        })) {
      path_ = std::move(path);
      return;
    }
    error_ = errno;
    registration_.reset();
    if (error_ != EEXIST)
      return;
  }
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
