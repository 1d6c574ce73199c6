#include "procure/model/round_view.hpp"

namespace procure {

std::optional<Case> case_for_round(const Case& kase, const NegotiationRound& round) {
  const auto deadline = kase.timeline.resolve(round.tender_deadline);
  if (!deadline)
    return std::nullopt;
  Case view = kase;
  auto& milestones = view.timeline.milestones;
  const Milestone* found = view.timeline.find(MilestoneKind::tender_deadline);
  if (found == nullptr) {
    Milestone added;
    added.id = "tender_deadline";
    added.kind = MilestoneKind::tender_deadline;
    milestones.push_back(added);
    found = &milestones.back();
  }
  auto& milestone = milestones[static_cast<std::size_t>(found - milestones.data())];
  milestone.when = *deadline;
  milestone.where = round.tender_deadline.where;
  view.locations.insert_or_assign("timeline.tender_deadline", round.tender_deadline.where);
  return view;
}

}  // namespace procure
