#pragma once
// The cases a schedule tool works on (remind, status, timeline, calendar):
// the arguments resolved to case folders, each case loaded, what has been
// done in it found (its records, and with a `now` the case's own files:
// dialogue inputs, opening protocol, evaluation) and its schedule built. A
// case that cannot be read is left out, its errors kept; an error in one of
// its other files is kept too, and the case shows without what that file
// holds. What loading warned about is kept apart: shown, not a finding.

#include <optional>
#include <string>
#include <type_traits>
#include <vector>

#include "common/evidence_cache.hpp"
#include "common/outline_cache.hpp"
#include "common/parallel_map.hpp"
#include "procure/flow/case_outline.hpp"
#include "procure/flow/schedule.hpp"
#include "procure/load/case_loader.hpp"

namespace procure::cli {

struct LoadedCase {
  CaseLocation location;
  Case value;
  CaseSchedule schedule;
};

// A case as remind and status read it: where it is and its outline.
struct OutlinedCase {
  CaseLocation location;
  CaseOutline outline;
};

// What names a case where remind and status show it.
struct CaseHeading {
  CaseLocation location;
  std::string reference;
  LocalizedText title;
  Lang primary_language = Lang::nb;
};

// The case's names, moved out of `outlined`; its items and plan stay.
inline CaseHeading take_heading(OutlinedCase& outlined) {
  return {std::move(outlined.location), std::move(outlined.outline.reference),
          std::move(outlined.outline.title), outlined.outline.primary_language};
}

template <class Found>
struct CasesFound {
  std::vector<Found> cases;
  Diagnostics errors;         // from finding, loading and scheduling the cases
  Diagnostics warnings;       // records that the case's files contradict
  Diagnostics load_warnings;  // what reading case.yaml warned about
};
using CaseSet = CasesFound<LoadedCase>;

// One case as its own thread read it; joined into the set in the cases' order.
template <class Found>
struct CaseRead {
  // A folder of a folder of cases that holds no case.yaml: left out, as
  // find_cases leaves it out.
  bool not_a_case = false;
  Diagnostics load_diagnostics;  // what reading case.yaml reported
  bool load_failed = false;
  Diagnostics evidence_problems;
  Diagnostics disagreements;
  Diagnostics schedule_problems;
  std::optional<Found> found;  // the case, unless it failed to load or to schedule

  // The read of a folder that holds no case.yaml.
  static CaseRead no_case() {
    CaseRead read;
    read.not_a_case = true;
    return read;
  }

  // The same read, its case turned into `make(case)`.
  template <class Make>
  auto then(Make make) && {
    using Made = std::invoke_result_t<Make&, Found&&>;
    CaseRead<Made> read{not_a_case,
                        std::move(load_diagnostics),
                        load_failed,
                        std::move(evidence_problems),
                        std::move(disagreements),
                        std::move(schedule_problems),
                        std::nullopt};
    if (found)
      read.found = make(std::move(*found));
    return read;
  }
};

// The cases read, joined in their order: a case's problems, then the case.
template <class Found>
CasesFound<Found> join_cases(Diagnostics found_errors, std::vector<CaseRead<Found>>& reads) {
  CasesFound<Found> set;
  set.errors = std::move(found_errors);
  set.cases.reserve(reads.size());
  for (auto& read : reads) {
    if (read.not_a_case)
      continue;
    for (const auto& d : read.load_diagnostics.items()) {
      if (d.severity == Severity::error)
        set.errors.add(d);
      else
        set.load_warnings.add(d);
    }
    if (read.load_failed)
      continue;
    set.errors.append(read.evidence_problems);
    set.warnings.append(read.disagreements);
    if (!read.schedule_problems.empty()) {
      set.errors.append(read.schedule_problems);
      continue;
    }
    set.cases.push_back(std::move(*read.found));
  }
  return set;
}

// What a run keeps for the next (null: nothing): each case's outline, and
// behind it what the case's files showed, case.yaml's text and tree with
// it; and YAML trees, of case.yaml where no outline is kept. The rule
// tables' files, as stated before the tables were read: outlines are kept
// only with them.
struct CaseSetCaches {
  const EvidenceCache* evidence = nullptr;
  const yaml::ParseMemo* trees = nullptr;
  const CaseFiles* rule_files = nullptr;
};

// One case read as load_case_set reads each.
CaseRead<LoadedCase> load_case_read(const CaseLocation& location, const RuleTables& tables,
                                    std::optional<Instant> now);

// With `now`, the steps done by then, from the records and the case's files;
// without, the plan as the records under records: have it. The cases are
// read on `workers` threads at once; the set is the same for any number.
// Each case is turned into what the tool shows of it (`show(loaded case)`)
// on the thread that read it, so that a portfolio's cases are never held
// all at once (timeline's 10 000 cases took 600 MB).
template <class Show>
auto show_loaded_cases(const std::vector<std::string>& arguments, const RuleTables& tables,
                       std::optional<Instant> now, Show show, unsigned workers = case_workers()) {
  using Shown = std::invoke_result_t<Show&, LoadedCase&&>;
  Diagnostics errors;
  const std::vector<CaseLocation> locations = find_cases(arguments, errors);
  auto reads = parallel_map<CaseRead<Shown>>(locations.size(), workers, [&](std::size_t i) {
    return load_case_read(locations[i], tables, now).then(show);
  });
  return join_cases(std::move(errors), reads);
}

// The cases themselves.
CaseSet load_case_set(const std::vector<std::string>& arguments, const RuleTables& tables,
                      std::optional<Instant> now, unsigned workers = case_workers());

// Reads the cases as remind and status show them at a moment: the same
// cases as load_case_set, each as its outline. With the evidence cache, each
// case's outline is kept there (OutlineCache), and a repeat run takes it
// from there while the case's files, the tables and what the case's records
// say by `now` are as they were, or else finds it again from what the
// case's files showed, kept with it: the same outlines and problems as
// without the caches.
class CaseOutlineReader {
 public:
  CaseOutlineReader(const RuleTables& tables, Instant now, CaseSetCaches caches,
                    const std::vector<std::string>& arguments);
  CaseRead<OutlinedCase> read(const CaseCandidate& candidate) const;
  // Keeps what the run found, once every case was read.
  void finish();

 private:
  const RuleTables& tables_;
  Instant now_;
  CaseSetCaches caches_;
  std::optional<OutlineCache> outlines_;
};

// The cases of `arguments` at `now`, each turned into what the tool shows of
// it (`show(outlined case)`) on the thread that read it: each outline is
// freed as soon as it is shown, and the next takes its memory again, where a
// portfolio's outlines held at once touched fresh memory for every case. The
// cases are read on `workers` threads at once; the set is the same for any
// number, with the caches or without.
template <class Show>
auto show_case_outlines(const std::vector<std::string>& arguments, const RuleTables& tables,
                        Instant now, Show show, CaseSetCaches caches = {},
                        unsigned workers = case_workers()) {
  using Shown = std::invoke_result_t<Show&, OutlinedCase&&>;
  Diagnostics errors;
  // The folders of a folder of cases are asked about their case.yaml on the
  // reading threads, or answered by the cache, not one by one here.
  const std::vector<CaseCandidate> candidates = find_case_candidates(arguments, errors);
  CaseOutlineReader reader(tables, now, caches, arguments);
  auto reads = parallel_map<CaseRead<Shown>>(candidates.size(), workers, [&](std::size_t i) {
    return reader.read(candidates[i]).then(show);
  });
  reader.finish();
  return join_cases(std::move(errors), reads);
}

}  // namespace procure::cli
