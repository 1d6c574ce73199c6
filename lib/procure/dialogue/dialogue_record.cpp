#include "procure/dialogue/dialogue_record.hpp"

namespace procure {

const Participant* DialogueRecord::find_participant(std::string_view id) const {
  for (const auto& p : participants) {
    if (p.id == id)
      return &p;
  }
  return nullptr;
}

const SlotPlan* DialogueRecord::find_slot_plan(std::string_view meeting) const {
  for (const auto& plan : slot_plans) {
    if (plan.meeting == meeting)
      return &plan;
  }
  return nullptr;
}

}  // namespace procure
