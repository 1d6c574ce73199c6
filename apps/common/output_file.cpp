#include "output_file.hpp"

#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

#include <cerrno>
#include <cstring>
#include <string>

namespace procure::cli {
namespace {

bool write_all(int fd, std::string_view content) {
  while (!content.empty()) {
    const ssize_t n = ::write(fd, content.data(), content.size());
    if (n < 0) {
      if (errno == EINTR)
        continue;
      return false;
    }
    content.remove_prefix(static_cast<std::size_t>(n));
  }
  return true;
}

}  // namespace

bool write_file_atomically(const std::filesystem::path& target, std::string_view content,
                           const WriteRules& rules, Diagnostics& diagnostics) {
  namespace fs = std::filesystem;
  std::error_code ec;
  const std::string shown = target.string();
  for (const auto& input : rules.inputs) {
    if (fs::exists(target, ec) && fs::equivalent(target, input, ec)) {
      diagnostics.error("output.is-input", {{"path", shown}});
      return false;
    }
  }
  if (fs::exists(target, ec) && !rules.force) {
    diagnostics.error("output.exists", {{"path", shown}});
    return false;
  }
  const fs::path folder = target.has_parent_path() ? target.parent_path() : fs::path(".");
  if (!fs::is_directory(folder, ec)) {
    diagnostics.error("output.no-folder", {{"path", shown}, {"folder", folder.string()}});
    return false;
  }
  // Keep the permissions of a file we replace; a new file gets the usual ones.
  const mode_t mask = ::umask(0);
  ::umask(mask);
  auto mode = static_cast<mode_t>(0666 & ~mask);
  if (fs::exists(target, ec))
    mode = static_cast<mode_t>(fs::status(target, ec).permissions());
  std::string temp = (folder / ("." + target.filename().string() + ".tmp-XXXXXX")).string();
  const int fd = ::mkstemp(temp.data());
  if (fd < 0) {
    diagnostics.error("output.write-failed", {{"path", shown}, {"reason", std::strerror(errno)}});
    return false;
  }
  const bool written = write_all(fd, content) && ::fsync(fd) == 0;
  const int saved_errno = errno;
  ::fchmod(fd, mode);
  ::close(fd);
  if (!written || ::rename(temp.c_str(), target.c_str()) != 0) {
    const int reason = written ? errno : saved_errno;
    ::unlink(temp.c_str());
    diagnostics.error("output.write-failed", {{"path", shown}, {"reason", std::strerror(reason)}});
    return false;
  }
  return true;
}

}  // namespace procure::cli
