#pragma once
// The timeline of one case as rows and phase spans, shared by the terminal
// table and the HTML page of procure-timeline.

#include <optional>
#include <string>
#include <vector>

#include "common/case_set.hpp"
#include "common/tool.hpp"
#include "procure/flow/case_status.hpp"
#include "procure/time/oslo_time.hpp"

namespace procure::cli {

struct TimelineRow {
  std::string key;      // the schedule item's key; "negotiation.round-1.<tenderer>" for a meeting
  std::string when;     // "2018-05-31 12:00", "2018-W16..2018-W17"
  std::string day;      // "Thursday"
  std::string title;    // "Tender deadline"
  std::string note;     // "Saturday: not a working day", "counted by the rules from ..."
  bool closed = false;  // falls on a day that is not a working day
  Date first;           // for the chart
  Date last;
  Instant start;  // the earliest moment and when it is due, as the schedule's items
  Instant due;
  bool computed = false;  // a date the rules added
};

struct PhaseSpan {
  Phase phase = Phase::needs;
  std::string name;
  Date first;
  Date last;
  std::optional<int> number;  // an R&D phase's number

  // Its days as the rules count a period (Regulation 1182/71 art. 3(1)):
  // the day it starts is not counted, so a phase on one day has 0.
  int days_after_start() const { return first.days_until(last); }
};

struct TimelineView {
  std::vector<TimelineRow> rows;
  std::vector<PhaseSpan> phases;  // the applicable phases with known days
};

TimelineView timeline_view(const ToolContext& ctx, const LoadedCase& c);

}  // namespace procure::cli
