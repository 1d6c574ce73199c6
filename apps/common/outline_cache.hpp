#pragma once
// What remind and status found of each case (its CaseOutline), kept between
// runs (case_answers.hpp: while the case's files and the rule tables' are
// as they were), so that a repeat run reads the heads of one pack and
// builds neither the case nor its schedule. An outline answers
// only for the moments the case's progress answers alike (its AsOf span):
// a morning's run uses it until a record comes to hold or a deadline a
// count runs to passes, and it is then found again from what the case's
// files showed (KeptCase, evidence_cache.hpp), kept behind it in the same
// entry. It holds, too, what loading the case, reading its files and
// comparing them with the records reported, so a run reports the same.

#include <optional>
#include <string>
#include <vector>

#include "common/case_answers.hpp"
#include "procure/core/lang.hpp"
#include "procure/flow/case_outline.hpp"

namespace procure::cli {

struct KeptOutline {
  CaseOutline outline;
  Diagnostics load_diagnostics;   // what reading case.yaml reported
  Diagnostics evidence_problems;  // the case's other files' problems
  Diagnostics disagreements;      // records the case's files contradict
};

// An outline's entry as the cache holds it: the span of moments it answers
// for (`AsOf`: from `same_from`, until before `same_until`) and what it keeps.
struct OutlineEntry {
  Instant same_from = Instant::min();
  Instant same_until = Instant::max();
  KeptOutline kept;
};

// OutlineEntry as an entry holds it; nullopt when its problems cannot be
// kept exactly (see `keepable`).
std::optional<std::string> encode_outline_entry(const OutlineEntry& entry);
// What encode_outline_entry wrote, read back from `r` to its end; nullopt
// when damaged, or when `now` is given and lies outside the entry's span
// (the rest then unread).
std::optional<OutlineEntry> decode_outline_entry(EntryReader r,
                                                 std::optional<Instant> now = std::nullopt);

class OutlineCache {
 public:
  // Entries in the evidence cache's folder, for its build, the rule tables
  // read from `rule_files` (stated before the tables were read) with their
  // texts in `texts_in`, and the cases of the run's `arguments`.
  OutlineCache(const EvidenceCache& evidence, const CaseFiles& rule_files, Lang texts_in,
               const std::vector<std::string>& arguments);

  struct Found {
    // What was kept for the case's files as they are, the tables and the
    // moment asked about; its entry is carried into the run's next pack.
    std::optional<KeptOutline> kept;
    // Where nothing was: the case's files as they are now (nullopt: the
    // case is not kept), and what they showed, where it was kept for them.
    std::optional<CaseFiles> files;
    std::optional<KeptCase> kept_case;
    // False for a candidate that holds no case.yaml (CaseAnswers::find).
    bool is_case = true;
  };
  Found find(const CaseCandidate& candidate, Instant now) const;

  // Keeps `kept`, found from the files `before` at a moment of `as_of`'s
  // span, and what the files showed (`kept_case`, where there is one).
  void keep(const CaseLocation& location, const CaseFiles& before, const AsOf& as_of,
            const KeptOutline& kept, const std::optional<KeptCase>& kept_case) const;

  // Writes what the run kept, once every case was found and kept.
  void finish() { answers_.finish(); }

 private:
  CaseAnswers answers_;
};

}  // namespace procure::cli
