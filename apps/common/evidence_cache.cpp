#include "evidence_cache.hpp"

#include <sys/stat.h>
#include <unistd.h>

#include <algorithm>
#include <limits>
#include <system_error>

#include "cache_entry.hpp"

namespace procure::cli {
namespace {

namespace fs = std::filesystem;

// Its own format's name, so that a change to it is never read by the old
// rules whichever entry holds it.
constexpr std::string_view kept_case_format = "case evidence 5\n";

constexpr int max_int = std::numeric_limits<int>::max();

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

}  // namespace

std::optional<std::string> encode_kept_case(const KeptCase& kept) {
  if (!keepable(kept.evidence.problems))
    return std::nullopt;
  EntryWriter w;
  w.text() += kept_case_format;
  w.string(kept.case_text);
  w.number(kept.case_limits.max_depth);
  w.unsigned_number(kept.case_limits.max_nodes);
  w.string(kept.case_parsed);
  write_evidence(w, kept.evidence);
  return std::move(w.text());
}

std::optional<KeptCase> decode_kept_case(std::string_view bytes) {
  EntryReader r(bytes);
  r.literal(kept_case_format);
  KeptCase kept;
  kept.case_text = r.string();
  kept.case_limits.max_depth = r.small(0, max_int);
  kept.case_limits.max_nodes = r.count(std::numeric_limits<std::size_t>::max());
  kept.case_parsed = r.string();
  kept.evidence = read_evidence(r);
  if (!r.at_end())
    return std::nullopt;
  return kept;
}

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
  const std::int64_t now = std::min(timestamp_ns(st.st_ctim), system_now);
  return EvidenceCache(folder, std::move(build), now - settle.count());
}

bool EvidenceCache::settled(const CaseFiles& files) const {
  return std::all_of(files.begin(), files.end(), [&](const FileIdentity& f) {
    return f.changed_ns < settled_before_ns_ && f.modified_ns < settled_before_ns_;
  });
}

std::optional<EvidenceCache> open_user_evidence_cache(bool no_cache) {
  const auto at = user_cache_location("case-evidence", no_cache);
  if (!at)
    return std::nullopt;
  return EvidenceCache::open(at->folder, at->build);
}

}  // namespace procure::cli
