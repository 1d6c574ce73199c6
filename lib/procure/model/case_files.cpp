#include "procure/model/case_files.hpp"

#include <sys/stat.h>

#include <algorithm>
#include <cerrno>

namespace procure {
namespace {
namespace fs = std::filesystem;

// The path with every symbolic link in the part that exists resolved, and no
// trailing separator, so that two names of one place compare equal.
fs::path resolved(const fs::path& path) {
  std::error_code ec;
  fs::path out = fs::weakly_canonical(fs::absolute(path, ec), ec);
  if (ec)
    out = fs::absolute(path, ec).lexically_normal();
  if (!out.has_filename() && out.has_parent_path() && out != out.root_path())
    out = out.parent_path();
  return out;
}

bool is_within(const fs::path& path, const fs::path& folder) {
  return std::mismatch(folder.begin(), folder.end(), path.begin(), path.end()).first ==
         folder.end();
}

using FileId = WriteTarget::FileId;

std::optional<FileId> file_id(const fs::path& path) {
  struct stat st {};
  if (::stat(path.c_str(), &st) != 0)
    return std::nullopt;
  return FileId{st.st_dev, st.st_ino};
}

// Whether `target` is the same file as `own` or, for a folder, as anything
// in it. Bounded by the number of files in the case's folders; the target is
// stated once, not once for each of a thousand tenders.
bool same_file_as_any(const FileId& target, const fs::path& own) {
  if (file_id(own) == target)
    return true;
  std::error_code ec;
  if (!fs::is_directory(own, ec))
    return false;
  for (auto it =
           fs::recursive_directory_iterator(own, fs::directory_options::skip_permission_denied, ec);
       !ec && it != fs::recursive_directory_iterator(); it.increment(ec)) {
    if (file_id(it->path()) == target)
      return true;
  }
  return false;
}

}  // namespace

WriteTarget::WriteTarget(const fs::path& target) : where_(resolved(target)), id_(file_id(target)) {}

std::optional<fs::path> WriteTarget::touches(const fs::path& case_folder) const {
  // The folder resolved once; an own name is resolved on its own only where
  // it is a symbolic link (or cannot be looked at), as resolving each name
  // asked again about every folder above it.
  const fs::path folder = resolved(case_folder);
  for (const auto name : case_own_names) {
    const fs::path own = case_folder / name;
    struct stat st {};
    const bool plain = ::lstat(own.c_str(), &st) == 0 ? !S_ISLNK(st.st_mode) : errno == ENOENT;
    if (is_within(where_, plain ? folder / name : resolved(own)))
      return own;
    if (id_ && same_file_as_any(*id_, own))
      return own;
  }
  return std::nullopt;
}

std::optional<fs::path> case_file_above(const fs::path& target) {
  std::error_code ec;
  const fs::path where = resolved(target);
  for (fs::path folder = where.parent_path(); folder.has_relative_path();
       folder = folder.parent_path()) {
    if (fs::is_regular_file(folder / case_file_name, ec))
      return WriteTarget(where).touches(folder);
  }
  return std::nullopt;
}

}  // namespace procure
