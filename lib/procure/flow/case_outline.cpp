#include "procure/flow/case_outline.hpp"

namespace procure {

CaseOutline case_outline(const Case& kase, const CaseSchedule& schedule) {
  CaseOutline outline{kase.reference, kase.title, kase.primary_language(), schedule.items,
                      status_plan(kase, schedule)};
  for (auto& item : outline.items)
    item.where = {};
  return outline;
}

}  // namespace procure
