#include "case_file_identities.hpp"

#include <dirent.h>
#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

#include <algorithm>
#include <cerrno>
#include <memory>

namespace procure::cli {
namespace {

// A case is a few dozen files; a folder with far more is not a case to keep.
constexpr std::size_t max_files = 20'000;
// A case's folders nest a level or two; deeper is not a case to keep.
constexpr int max_depth = 16;

FileIdentity identity(const struct stat& st, std::string relative) {
  return FileIdentity{std::move(relative),
                      static_cast<std::uint64_t>(st.st_dev),
                      static_cast<std::uint64_t>(st.st_ino),
                      static_cast<std::uint64_t>(st.st_mode),
                      static_cast<std::uint64_t>(st.st_size),
                      timestamp_ns(st.st_mtim),
                      timestamp_ns(st.st_ctim)};
}

// A file's numbers, as an entry holds them after its path.
void write_numbers(EntryWriter& w, const FileIdentity& f) {
  w.fixed64(f.device);
  w.fixed64(f.inode);
  w.fixed64(f.mode);
  w.fixed64(f.size);
  w.fixed64(static_cast<std::uint64_t>(f.modified_ns));
  w.fixed64(static_cast<std::uint64_t>(f.changed_ns));
}
void read_numbers(EntryReader& r, FileIdentity& f) {
  f.device = r.fixed64();
  f.inode = r.fixed64();
  f.mode = r.fixed64();
  f.size = r.fixed64();
  f.modified_ns = static_cast<std::int64_t>(r.fixed64());
  f.changed_ns = static_cast<std::int64_t>(r.fixed64());
}

// A folder opened to state its files by name, closed on every path out.
struct OpenFolder {
  int fd;
  ~OpenFolder() {
    if (fd >= 0)
      ::close(fd);
  }
};

// Adds what the open folder `folder` holds, its files and folders and theirs,
// named by their paths relative to the case (the folder's own: `prefix`).
// Each is stated by its name in its folder, not by a path from the root: a
// repeat run states every file of every case. False when the case is not to
// be kept: a symbolic link, a folder that cannot be read, too many files.
bool add_folder(int folder, const std::string& prefix, int depth, CaseFiles& files) {
  DIR* listing = ::fdopendir(folder);
  if (listing == nullptr) {
    ::close(folder);
    return false;
  }
  const std::unique_ptr<DIR, int (*)(DIR*)> closing(listing, ::closedir);
  errno = 0;
  while (const dirent* entry = ::readdir(listing)) {
    const std::string_view name = entry->d_name;
    if (name == "." || name == "..")
      continue;
    struct stat st {};
    if (files.size() >= max_files ||
        ::fstatat(folder, entry->d_name, &st, AT_SYMLINK_NOFOLLOW) != 0 || S_ISLNK(st.st_mode))
      return false;
    std::string relative = prefix.empty() ? std::string(name) : prefix + '/' + std::string(name);
    if (S_ISDIR(st.st_mode)) {
      files.push_back(identity(st, relative));
      if (depth >= max_depth)
        return false;
      const int inner =
          ::openat(folder, entry->d_name, O_RDONLY | O_DIRECTORY | O_NOFOLLOW | O_CLOEXEC);
      if (inner < 0 || !add_folder(inner, relative, depth + 1, files))
        return false;
    } else {
      files.push_back(identity(st, std::move(relative)));
    }
    errno = 0;
  }
  return errno == 0;
}

}  // namespace

std::int64_t timestamp_ns(const timespec& t) {
  return static_cast<std::int64_t>(t.tv_sec) * 1'000'000'000 + t.tv_nsec;
}

std::optional<CaseFiles> folder_files(const std::filesystem::path& folder) {
  struct stat st {};
  if (::lstat(folder.c_str(), &st) != 0 || S_ISLNK(st.st_mode))
    return std::nullopt;
  CaseFiles files{identity(st, "")};
  const int listed = ::open(folder.c_str(), O_RDONLY | O_DIRECTORY | O_NOFOLLOW | O_CLOEXEC);
  if (listed < 0 || !add_folder(listed, "", 1, files))
    return std::nullopt;
  std::sort(files.begin(), files.end(),
            [](const FileIdentity& a, const FileIdentity& b) { return a.path < b.path; });
  return files;
}

void write_case_files(EntryWriter& w, const CaseFiles& files) {
  w.unsigned_number(files.size());
  for (const auto& f : files) {
    w.string(f.path);
    write_numbers(w, f);
  }
}

std::optional<CaseFiles> read_case_files(EntryReader& r) {
  CaseFiles files(r.count(max_files + 1));
  for (auto& f : files) {
    f.path = r.string();
    read_numbers(r, f);
  }
  if (!r.ok())
    return std::nullopt;
  return files;
}

bool folder_files_unchanged(const std::filesystem::path& folder, std::string_view kept) {
  const OpenFolder opened{::open(folder.c_str(), O_RDONLY | O_DIRECTORY | O_NOFOLLOW | O_CLOEXEC)};
  if (opened.fd < 0)
    return false;
  EntryReader r(kept);
  const std::size_t count = r.count(max_files + 1);
  std::string path;
  for (std::size_t i = 0; i < count; ++i) {
    path.assign(r.bytes(r.unsigned_number(':')));
    // The folder itself, where it is kept, comes first, its path empty.
    if (!r.ok() || (path.empty() && i != 0))
      return false;
    struct stat st {};
    const int stated = path.empty() ? ::fstat(opened.fd, &st)
                                    : ::fstatat(opened.fd, path.c_str(), &st, AT_SYMLINK_NOFOLLOW);
    if (stated != 0 || S_ISLNK(st.st_mode))
      return false;
    FileIdentity was;  // its path left empty, as now's
    read_numbers(r, was);
    if (was != identity(st, {}))
      return false;
  }
  return count > 0 && r.at_end();
}

bool kept_regular_file(std::string_view kept, std::string_view name) {
  EntryReader r(kept);
  const std::size_t count = r.count(max_files + 1);
  for (std::size_t i = 0; i < count && r.ok(); ++i) {
    const std::string_view path = r.bytes(r.unsigned_number(':'));
    FileIdentity file;
    read_numbers(r, file);
    if (r.ok() && path == name)
      return S_ISREG(file.mode);
  }
  return false;
}

}  // namespace procure::cli
