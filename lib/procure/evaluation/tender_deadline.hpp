#pragma once
// The tender deadline of a case as an instant: the timeline's
// `tender_deadline`, Oslo local time. A deadline given as a date alone ends
// at the end of that day (24:00), as periods do (Regulation 1182/71 Art. 3(2)).
// A tender received after it, even by one second, is late and rejected.

#include <optional>

#include "procure/core/diagnostic.hpp"
#include "procure/core/problem.hpp"
#include "procure/model/case.hpp"
#include "procure/time/oslo_time.hpp"

namespace procure {

Parsed<Instant> tender_deadline(const Case& kase);

// Where the deadline stands in case.yaml, for findings about it.
std::optional<SourceSpan> tender_deadline_place(const Case& kase);

// The deadline, or nullopt with its problem reported at the deadline (or at
// case.yaml when the timeline has none).
std::optional<Instant> tender_deadline(const Case& kase, Diagnostics& diagnostics);

}  // namespace procure
