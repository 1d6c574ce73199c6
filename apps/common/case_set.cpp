#include "case_set.hpp"

namespace procure::cli {

CaseSet load_case_set(const std::vector<std::string>& arguments, const RuleTables& tables) {
  CaseSet set;
  for (auto& location : find_cases(arguments, set.errors)) {
    CaseLoad load = load_case(location.folder, location.display);
    const auto before = set.errors.error_count();
    for (const auto& d : load.diagnostics.items()) {
      if (d.severity == Severity::error)
        set.errors.add(d);
    }
    if (!load.ok() || set.errors.error_count() != before)
      continue;
    CaseSchedule schedule = case_schedule(load.value, tables);
    if (!schedule.problems.empty()) {
      set.errors.append(schedule.problems);
      continue;
    }
    set.cases.push_back({std::move(location), std::move(load.value), std::move(schedule)});
  }
  return set;
}

}  // namespace procure::cli
