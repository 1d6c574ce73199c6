#pragma once
// A case's schedule as calendar events: each meeting of the market dialogue
// and each negotiation meeting booked, with its start and end, and every
// other item of the schedule as a moment or a whole day (a planning window
// as its days), with alarms unless the step is done. Made from the case's
// outline, so that a repeat run over a portfolio takes it from the cache.

#include <chrono>
#include <vector>

#include "common/tool.hpp"
#include "procure/calendar/icalendar.hpp"
#include "procure/flow/case_outline.hpp"

namespace procure::cli {

std::vector<IcsEvent> calendar_events(const ToolContext& ctx, const CaseOutline& c,
                                      const std::vector<std::chrono::minutes>& alarms);

}  // namespace procure::cli
