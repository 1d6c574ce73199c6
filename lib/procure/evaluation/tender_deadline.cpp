#include "procure/evaluation/tender_deadline.hpp"

namespace procure {

Parsed<Instant> tender_deadline(const Case& kase) {
  const Milestone* milestone = kase.timeline.find(MilestoneKind::tender_deadline);
  if (milestone == nullptr)
    return Problem{"opening.no-deadline", {}};
  const DateTime* exact = milestone->exact();
  if (exact == nullptr)
    return Problem{"ref.milestone-not-exact", {{"id", milestone->id}}};
  const TimeOfDay time = exact->time.value_or(*TimeOfDay::from_hms(24, 0));
  return oslo_instant(exact->date, time);
}

std::optional<SourceSpan> tender_deadline_place(const Case& kase) {
  if (const auto* where = kase.location("timeline.tender_deadline"))
    return *where;
  return std::nullopt;
}

std::optional<Instant> tender_deadline(const Case& kase, Diagnostics& diagnostics) {
  const auto deadline = tender_deadline(kase);
  if (deadline)
    return *deadline;
  SourceSpan where;
  where.file = kase.case_file;
  diagnostics.error(deadline.problem().code, deadline.problem().args,
                    tender_deadline_place(kase).value_or(where));
  return std::nullopt;
}

}  // namespace procure
