#pragma once
// What the portfolio tools (remind, status) show of a case: its reference
// and title, its schedule's items and the plan of its status. The same at
// every moment of its progress's AsOf span, so the tools keep it between
// runs, and a repeat run needs neither the case nor its files.

#include <string>
#include <vector>

#include "procure/core/lang.hpp"
#include "procure/core/localized_text.hpp"
#include "procure/flow/case_status.hpp"
#include "procure/flow/schedule.hpp"

namespace procure {

struct CaseOutline {
  std::string reference;
  LocalizedText title;
  Lang primary_language = Lang::nb;
  // Without their places in case.yaml (`where`): what shows an outline
  // quotes no line of the case.
  std::vector<ScheduleItem> items;
  StatusPlan status;

  bool operator==(const CaseOutline&) const = default;
};

CaseOutline case_outline(const Case& kase, const CaseSchedule& schedule);

}  // namespace procure
