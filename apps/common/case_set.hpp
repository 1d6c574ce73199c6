#pragma once
// The cases a schedule tool works on (remind, status, timeline, calendar):
// the arguments resolved to case folders, each case loaded and its schedule
// built. A case that cannot be read is left out, its errors kept; loader
// warnings are for procure check and are not repeated here.

#include <string>
#include <vector>

#include "procure/flow/schedule.hpp"
#include "procure/load/case_loader.hpp"

namespace procure::cli {

struct LoadedCase {
  CaseLocation location;
  Case value;
  CaseSchedule schedule;
};

struct CaseSet {
  std::vector<LoadedCase> cases;
  Diagnostics errors;  // from finding, loading and scheduling the cases
};

CaseSet load_case_set(const std::vector<std::string>& arguments, const RuleTables& tables);

}  // namespace procure::cli
