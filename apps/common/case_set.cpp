#include "case_set.hpp"

#include "procure/flow/case_evidence.hpp"

namespace procure::cli {

CaseSet load_case_set(const std::vector<std::string>& arguments, const RuleTables& tables,
                      std::optional<Instant> now) {
  CaseSet set;
  for (auto& location : find_cases(arguments, set.errors)) {
    CaseLoad load = load_case(location.folder, location.display);
    const auto before = set.errors.error_count();
    for (const auto& d : load.diagnostics.items()) {
      if (d.severity == Severity::error)
        set.errors.add(d);
      else
        set.load_warnings.add(d);
    }
    if (!load.ok() || set.errors.error_count() != before)
      continue;
    CaseEvidence evidence;
    if (now) {
      evidence = read_case_evidence(load.value);
      set.errors.append(evidence.problems);
    }
    CaseProgress progress = case_progress(load.value, evidence, now.value_or(Instant::max()));
    set.warnings.append(progress.disagreements);
    CaseSchedule schedule = case_schedule(load.value, std::move(progress), tables);
    if (!schedule.problems.empty()) {
      set.errors.append(schedule.problems);
      continue;
    }
    set.cases.push_back({std::move(location), std::move(load.value), std::move(schedule)});
  }
  return set;
}

}  // namespace procure::cli
