#include "procure/model/case_files.hpp"

#include <algorithm>

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

// Whether `target` (which exists) is the same file as `own` or, for a folder,
// as anything in it. Bounded by the number of files in the case's folders.
bool same_file_as_any(const fs::path& target, const fs::path& own) {
  std::error_code ec;
  if (fs::equivalent(target, own, ec))
    return true;
  if (!fs::is_directory(own, ec))
    return false;
  for (auto it =
           fs::recursive_directory_iterator(own, fs::directory_options::skip_permission_denied, ec);
       !ec && it != fs::recursive_directory_iterator(); it.increment(ec)) {
    std::error_code entry_ec;
    if (fs::equivalent(target, it->path(), entry_ec))
      return true;
  }
  return false;
}

}  // namespace

std::optional<fs::path> case_file_touched_by(const fs::path& target, const fs::path& case_folder) {
  std::error_code ec;
  const fs::path where = resolved(target);
  const bool exists = fs::exists(target, ec);
  for (const auto name : case_own_names) {
    const fs::path own = case_folder / name;
    if (is_within(where, resolved(own)))
      return own;
    if (exists && same_file_as_any(target, own))
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
      return case_file_touched_by(where, folder);
  }
  return std::nullopt;
}

}  // namespace procure
