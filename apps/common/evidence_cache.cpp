#include "evidence_cache.hpp"

#include <dirent.h>
#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

#include <algorithm>
#include <cerrno>
#include <limits>
#include <memory>
#include <system_error>

#include "cache_entry.hpp"

namespace procure::cli {
namespace {

namespace fs = std::filesystem;

constexpr std::string_view entry_magic = "procure case evidence 4\n";
// A case is a few dozen files; a folder with far more is not a case to keep.
constexpr std::size_t max_files = 20'000;
constexpr std::uintmax_t max_entry_bytes = 64u * 1024u * 1024u;

std::int64_t nanoseconds(const timespec& t) {
  return static_cast<std::int64_t>(t.tv_sec) * 1'000'000'000 + t.tv_nsec;
}

FileIdentity identity(const struct stat& st, std::string relative) {
  return FileIdentity{std::move(relative),
                      static_cast<std::uint64_t>(st.st_dev),
                      static_cast<std::uint64_t>(st.st_ino),
                      static_cast<std::uint64_t>(st.st_mode),
                      static_cast<std::uint64_t>(st.st_size),
                      nanoseconds(st.st_mtim),
                      nanoseconds(st.st_ctim)};
}

// A case's folders nest a level or two; deeper is not a case to keep.
constexpr int max_depth = 16;

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

constexpr int max_int = std::numeric_limits<int>::max();

void write_instant(EntryWriter& w, Instant t) {
  w.number(t.time_since_epoch().count());
}
Instant read_instant(EntryReader& r) {
  return Instant(std::chrono::seconds(r.number()));
}

void write_evidence(EntryWriter& w, const CaseEvidence& e) {
  w.number(e.inputs ? 1 : 0);
  if (const auto& i = e.inputs) {
    w.number(i->received);
    w.number(i->late);
    w.number(i->last ? 1 : 0);
    if (i->last)
      write_instant(w, *i->last);
    write_instant(w, i->deadline);
    w.string(i->file);
  }
  w.number(e.opening ? 1 : 0);
  if (const auto& o = e.opening) {
    w.number(o->received);
    w.number(o->late);
    write_instant(w, o->opened_at);
    w.string(o->file);
    write_span(w, o->opened_where);
  }
  w.number(e.requests_opening ? 1 : 0);
  if (const auto& q = e.requests_opening) {
    w.number(q->opened);
    write_instant(w, q->opened_at);
    w.string(q->file);
  }
  w.number(e.evaluation ? 1 : 0);
  if (const auto& v = e.evaluation) {
    w.number(v->complete ? 1 : 0);
    w.number(v->incomplete);
    w.string(v->folder);
  }
  write_problems(w, e.problems);
}
CaseEvidence read_evidence(EntryReader& r) {
  CaseEvidence e;
  if (r.small(0, 1) == 1) {
    InputsEvidence i;
    i.received = r.small(0, max_int);
    i.late = r.small(0, max_int);
    if (r.small(0, 1) == 1)
      i.last = read_instant(r);
    i.deadline = read_instant(r);
    i.file = r.string();
    e.inputs = std::move(i);
  }
  if (r.small(0, 1) == 1) {
    OpeningEvidence o;
    o.received = r.small(0, max_int);
    o.late = r.small(0, max_int);
    o.opened_at = read_instant(r);
    o.file = r.string();
    o.opened_where = read_span(r);
    e.opening = std::move(o);
  }
  if (r.small(0, 1) == 1) {
    RequestsOpeningEvidence q;
    q.opened = r.small(0, max_int);
    q.opened_at = read_instant(r);
    q.file = r.string();
    e.requests_opening = std::move(q);
  }
  if (r.small(0, 1) == 1) {
    EvaluationEvidence v;
    v.complete = r.small(0, 1) == 1;
    v.incomplete = r.small(0, max_int);
    v.folder = r.string();
    e.evaluation = std::move(v);
  }
  e.problems = read_problems(r);
  return e;
}

void write_files(EntryWriter& w, const CaseFiles& files) {
  w.unsigned_number(files.size());
  for (const auto& f : files) {
    w.string(f.path);
    w.fixed64(f.device);
    w.fixed64(f.inode);
    w.fixed64(f.mode);
    w.fixed64(f.size);
    w.fixed64(static_cast<std::uint64_t>(f.modified_ns));
    w.fixed64(static_cast<std::uint64_t>(f.changed_ns));
  }
}

// Whose case it is: the entry of another folder or another build is not this one's.
void write_owner(EntryWriter& w, const std::string& build, const CaseLocation& location) {
  w.string(build);
  w.string(fs::absolute(location.folder).lexically_normal().string());
  w.string(location.display);
}

}  // namespace

std::optional<EvidenceCache> EvidenceCache::open(const fs::path& folder, std::string build,
                                                 std::chrono::nanoseconds settle) {
  std::error_code ec;
  fs::create_directories(folder, ec);
  if (ec)
    return std::nullopt;
  // The file system's clock, as it stamps the files: a file just made here.
  std::string probe = (folder / ".clock-XXXXXX").string();
  const int fd = ::mkstemp(probe.data());
  if (fd < 0)
    return std::nullopt;
  struct stat st {};
  const bool stamped = ::fstat(fd, &st) == 0;
  ::close(fd);
  ::unlink(probe.c_str());
  if (!stamped)
    return std::nullopt;
  // The earlier of this clock and the system's: a cache on a file system
  // whose clock runs ahead must not take a file changed just now for settled.
  const std::int64_t system_now = std::chrono::duration_cast<std::chrono::nanoseconds>(
                                      std::chrono::system_clock::now().time_since_epoch())
                                      .count();
  const std::int64_t now = std::min(nanoseconds(st.st_ctim), system_now);
  return EvidenceCache(folder, std::move(build), now - settle.count());
}

std::optional<CaseFiles> EvidenceCache::files(const CaseLocation& location) const {
  struct stat st {};
  if (::lstat(location.folder.c_str(), &st) != 0 || S_ISLNK(st.st_mode))
    return std::nullopt;
  CaseFiles files{identity(st, "")};
  const int folder =
      ::open(location.folder.c_str(), O_RDONLY | O_DIRECTORY | O_NOFOLLOW | O_CLOEXEC);
  if (folder < 0 || !add_folder(folder, "", 1, files))
    return std::nullopt;
  std::sort(files.begin(), files.end(),
            [](const FileIdentity& a, const FileIdentity& b) { return a.path < b.path; });
  return files;
}

std::string EvidenceCache::owner(const CaseLocation& location) const {
  EntryWriter w;
  write_owner(w, build_, location);
  return std::move(w.text());
}

fs::path EvidenceCache::entry_path(std::string_view owner) const {
  return folder_ / entry_file_name(owner, ".entry");
}

std::optional<KeptCase> EvidenceCache::find(const CaseLocation& location,
                                            const CaseFiles& now) const {
  const std::string expected_owner = owner(location);
  const auto text = read_entry(entry_path(expected_owner), max_entry_bytes);
  if (!text)
    return std::nullopt;
  EntryReader r(*text);
  r.literal(entry_magic);
  r.literal(expected_owner);
  // The files as they are, written as an entry writes them: the same bytes
  // exactly when the same files (the same names, numbers and times).
  EntryWriter expected_files;
  write_files(expected_files, now);
  r.literal(expected_files.text());
  if (!r.ok())
    return std::nullopt;
  KeptCase kept;
  kept.case_text = r.string();
  kept.case_limits.max_depth = r.small(0, max_int);
  kept.case_limits.max_nodes = r.count(std::numeric_limits<std::size_t>::max());
  kept.case_parsed = r.string();
  kept.evidence = read_evidence(r);
  r.literal("end\n");
  if (!r.at_end())
    return std::nullopt;
  return kept;
}

void EvidenceCache::keep(const CaseLocation& location, const CaseFiles& before,
                         const KeptCase& kept) const {
  const bool settled = std::all_of(before.begin(), before.end(), [&](const FileIdentity& f) {
    return f.changed_ns < settled_before_ns_ && f.modified_ns < settled_before_ns_;
  });
  if (!settled || !keepable(kept.evidence.problems))
    return;
  const std::string entry_owner = owner(location);
  EntryWriter w;
  w.text() += entry_magic;
  w.text() += entry_owner;
  write_files(w, before);
  w.string(kept.case_text);
  w.number(kept.case_limits.max_depth);
  w.unsigned_number(kept.case_limits.max_nodes);
  w.string(kept.case_parsed);
  write_evidence(w, kept.evidence);
  w.text() += "end\n";
  write_entry(entry_path(entry_owner), w.text());
}

std::optional<EvidenceCache> open_user_evidence_cache(bool no_cache) {
  const auto at = user_cache_location("case-evidence", no_cache);
  if (!at)
    return std::nullopt;
  return EvidenceCache::open(at->folder, at->build);
}

}  // namespace procure::cli
