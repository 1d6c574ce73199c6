#pragma once
// The moments a time in a case stands for. A date with a time of day is one
// moment (Oslo local time). A date without one is the whole day, from 00:00
// to 24:00, for an event (a meeting, a notice sent); for a deadline it is
// the end of that day, 24:00, since a deadline given as a day runs to its
// end. A planning window is all of its days. Something due on a date
// without a time is due at the end of that day.

#include "procure/core/problem.hpp"
#include "procure/model/timeline.hpp"
#include "procure/time/oslo_time.hpp"

namespace procure {

struct MomentRange {
  Instant earliest;
  Instant latest;
};

// Local times that do not exist or happen twice in Oslo are problems
// (time.nonexistent-in-oslo, time.ambiguous-in-oslo).
Parsed<MomentRange> moments(const DateTime& when);
Parsed<MomentRange> moments(const Milestone& milestone);

// Deadlines: the suppliers' (written input, requests to participate,
// questions, tenders) and the ends of periods (standstill, tender validity).
bool is_deadline(MilestoneKind kind);

// When something on `when` is due: its moment, or the end of its day.
Parsed<Instant> due_instant(const DateTime& when);

}  // namespace procure
