#include "procure/model/case_files.hpp"

#include <dirent.h>
#include <sys/stat.h>

#include <algorithm>
#include <cerrno>
#include <memory>
#include <string_view>
#include <vector>

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

FileId id_of(const struct stat& st) {
  return FileId{st.st_dev, st.st_ino};
}

bool is_target(const std::optional<FileId>& target, const struct stat& st) {
  return target && id_of(st) == *target;
}

}  // namespace

WriteTarget::WriteTarget(const fs::path& target) : where_(resolved(target)) {
  struct stat st {};
  if (::stat(target.c_str(), &st) != 0)
    return;
  id_ = id_of(st);
  links_only_ = S_ISREG(st.st_mode) && st.st_nlink == 1;
}

bool WriteTarget::reached_through(const fs::path& link) const {
  struct stat st {};
  if (::stat(link.c_str(), &st) != 0)
    return false;
  return is_target(id_, st) || (S_ISDIR(st.st_mode) && is_within(where_, resolved(link)));
}

bool WriteTarget::found_in(const fs::path& own_folder) const {
  std::vector<fs::path> folders{own_folder};
  while (!folders.empty()) {
    const fs::path folder = std::move(folders.back());
    folders.pop_back();
    DIR* listing = ::opendir(folder.c_str());
    if (listing == nullptr)
      continue;
    const std::unique_ptr<DIR, int (*)(DIR*)> closing(listing, ::closedir);
    while (const dirent* entry = ::readdir(listing)) {
      const std::string_view name = entry->d_name;
      if (name == "." || name == "..")
        continue;
      // The listing gives each name's kind on most file systems; where it
      // does not, the name is looked at itself.
      const bool kind_unknown = entry->d_type == DT_UNKNOWN;
      // Any other name is the target only as a hard link, and a target
      // that does not exist or is a regular file with one link has none:
      // then a thousand cases' files need no look of their own.
      if (links_only_ && !kind_unknown && entry->d_type != DT_LNK && entry->d_type != DT_DIR)
        continue;
      fs::path path = folder / name;
      struct stat st {};
      if (kind_unknown && ::lstat(path.c_str(), &st) != 0)
        continue;
      const bool is_link = kind_unknown ? S_ISLNK(st.st_mode) : entry->d_type == DT_LNK;
      const bool is_folder = kind_unknown ? S_ISDIR(st.st_mode) : entry->d_type == DT_DIR;
      if (is_link) {
        if (reached_through(path))
          return true;
        continue;
      }
      if (!links_only_ && (kind_unknown || ::lstat(path.c_str(), &st) == 0) && is_target(id_, st))
        return true;
      if (is_folder)
        folders.push_back(std::move(path));
    }
  }
  return false;
}

std::optional<fs::path> WriteTarget::touches(const fs::path& case_folder) const {
  // The folder resolved once; an own name is resolved on its own only where
  // it is a symbolic link (or cannot be looked at), as resolving each name
  // asked again about every folder above it.
  const fs::path folder = resolved(case_folder);
  for (const auto name : case_own_names) {
    const fs::path own = case_folder / name;
    struct stat st {};
    const bool named = ::lstat(own.c_str(), &st) == 0;
    const bool plain = named ? !S_ISLNK(st.st_mode) : errno == ENOENT;
    if (is_within(where_, plain ? folder / name : resolved(own)))
      return own;
    if (!named)
      continue;
    // An own name that is a link stands for what it leads to.
    if (!plain && ::stat(own.c_str(), &st) != 0)
      continue;
    if (is_target(id_, st) || (S_ISDIR(st.st_mode) && found_in(own)))
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
