#include "case_set.hpp"

#include "procure/flow/case_evidence.hpp"

namespace procure::cli {
namespace {

// One case as its own thread reads it; joined into the set in the cases' order.
struct CaseRead {
  CaseLoad load;
  bool load_failed = false;
  Diagnostics evidence_problems;
  std::optional<CaseSchedule> schedule;
  Diagnostics disagreements;
};

CaseRead load_one_case(const CaseLocation& location, const RuleTables& tables,
                       std::optional<Instant> now, CaseSetCaches caches) {
  CaseRead read;
  read.load = load_case(location.folder, location.display, caches.trees);
  read.load_failed = !read.load.ok();
  if (read.load_failed)
    return read;
  // Freed on this thread once the progress is found, not by the joining
  // thread, which did nothing else while it freed every case's evidence.
  CaseEvidence evidence;
  if (now) {
    // After case.yaml was read: a case.yaml changed since shows as changed.
    const EvidenceCache* cache = caches.evidence;
    const auto files = cache != nullptr ? cache->files(location) : std::nullopt;
    if (auto kept = files ? cache->find(location, *files) : std::nullopt) {
      evidence = std::move(*kept);
    } else {
      evidence = read_case_evidence(read.load.value);
      if (files)
        cache->keep(location, *files, evidence);
    }
  }
  read.evidence_problems = std::move(evidence.problems);
  CaseProgress progress = case_progress(read.load.value, evidence, now.value_or(Instant::max()));
  read.disagreements = progress.disagreements;
  read.schedule = case_schedule(read.load.value, std::move(progress), tables);
  return read;
}

}  // namespace

CaseSet load_case_set(const std::vector<std::string>& arguments, const RuleTables& tables,
                      std::optional<Instant> now, CaseSetCaches caches, unsigned workers) {
  CaseSet set;
  std::vector<CaseLocation> locations = find_cases(arguments, set.errors);
  std::vector<CaseRead> reads = parallel_map<CaseRead>(
      locations.size(), workers,
      [&](std::size_t i) { return load_one_case(locations[i], tables, now, caches); });
  set.cases.reserve(locations.size());
  for (std::size_t i = 0; i < locations.size(); ++i) {
    CaseRead& read = reads[i];
    for (const auto& d : read.load.diagnostics.items()) {
      if (d.severity == Severity::error)
        set.errors.add(d);
      else
        set.load_warnings.add(d);
    }
    if (read.load_failed)
      continue;
    set.errors.append(read.evidence_problems);
    set.warnings.append(read.disagreements);
    if (!read.schedule->problems.empty()) {
      set.errors.append(read.schedule->problems);
      continue;
    }
    set.cases.emplace_back(std::move(locations[i]), std::move(read.load.value),
                           std::move(*read.schedule));
  }
  return set;
}

}  // namespace procure::cli
