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
#include <vector>

#include "common/evidence_cache.hpp"
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

// A case as remind and status show it.
struct OutlinedCase {
  CaseLocation location;
  CaseOutline outline;
};

template <class Found>
struct CasesFound {
  std::vector<Found> cases;
  Diagnostics errors;         // from finding, loading and scheduling the cases
  Diagnostics warnings;       // records that the case's files contradict
  Diagnostics load_warnings;  // what reading case.yaml warned about
};
using CaseSet = CasesFound<LoadedCase>;
using OutlineSet = CasesFound<OutlinedCase>;

// What a run keeps for the next (null: nothing): what each case's files
// showed, case.yaml's text and tree with it; and YAML trees, of case.yaml
// where the evidence cache does not keep the case. The rule tables' files,
// as stated before the tables were read: outlines are kept only with them.
struct CaseSetCaches {
  const EvidenceCache* evidence = nullptr;
  const yaml::ParseMemo* trees = nullptr;
  const CaseFiles* rule_files = nullptr;
};

// With `now`, the steps done by then, from the records and the case's files;
// without, the plan as the records under records: have it. What the files
// showed and case.yaml's tree are taken from `caches` where they hold them
// and kept there. The cases are read on `workers` threads at once; the set
// is the same for any number, with the caches or without.
CaseSet load_case_set(const std::vector<std::string>& arguments, const RuleTables& tables,
                      std::optional<Instant> now, CaseSetCaches caches = {},
                      unsigned workers = case_workers());

// The same cases as load_case_set at `now`, as remind and status show them.
// With the evidence cache, each case's outline is kept there as well
// (OutlineCache), and a repeat run takes it from there while the case's
// files, the tables and what the case's records say by `now` are as they
// were: the same outlines and problems as without the caches.
OutlineSet load_case_outlines(const std::vector<std::string>& arguments, const RuleTables& tables,
                              Instant now, CaseSetCaches caches = {},
                              unsigned workers = case_workers());

}  // namespace procure::cli
