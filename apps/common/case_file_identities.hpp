#pragma once
// Every file and folder of a case (or of the rule tables' folder) as the
// file system describes it: names, device, inode, type, size, and
// modification and change time to the nanosecond. The caches of the tools
// key what a case's files showed by these (see evidence_cache.hpp for why
// they cannot go stale).

#include <time.h>

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include <filesystem>
#include <string_view>
#include "cache_entry.hpp"

namespace procure::cli {

// One file or folder of a case.
struct FileIdentity {
  std::string path;  // relative to the case folder; "" for the folder itself
  std::uint64_t device = 0;
  std::uint64_t inode = 0;
  std::uint64_t mode = 0;  // type and permissions
  std::uint64_t size = 0;
  std::int64_t modified_ns = 0;
  std::int64_t changed_ns = 0;

  bool operator==(const FileIdentity&) const = default;
};

// Every file and folder of a case, by path.
using CaseFiles = std::vector<FileIdentity>;

// A file system time in nanoseconds since 1970.
std::int64_t timestamp_ns(const timespec& t);

// The files and folders in `folder` and the folder itself, as they are now;
// nullopt when they are not to be kept (a symbolic link among them, folders
// nested too deep, more than a case's worth of files).
std::optional<CaseFiles> folder_files(const std::filesystem::path& folder);

// The files as an entry holds them: the same bytes exactly when the same
// files (the same names, numbers and times).
void write_case_files(EntryWriter& w, const CaseFiles& files);
std::optional<CaseFiles> read_case_files(EntryReader& r);

// Whether `folder`'s files are now exactly those `kept` holds (as
// write_case_files wrote them: all of them, the folder first). Each is stated by its name, and the
// folders are not listed: a folder whose identity is unchanged holds the same names (adding,
// removing or renaming an entry sets its times), so when every file and folder is as it was there
// is nothing else.
bool folder_files_unchanged(const std::filesystem::path& folder, std::string_view kept);

// Whether the files `kept` holds (as write_case_files wrote them) have a
// regular file by the path `name`.
bool kept_regular_file(std::string_view kept, std::string_view name);

}  // namespace procure::cli
