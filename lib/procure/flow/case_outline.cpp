#include "procure/flow/case_outline.hpp"

namespace procure {

CaseOutline case_outline(const Case& kase, const CaseSchedule& schedule) {
  return {kase.reference, kase.title, kase.primary_language(), schedule.items,
          status_plan(kase, schedule)};
}

}  // namespace procure
