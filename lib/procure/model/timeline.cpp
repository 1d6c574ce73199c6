#include "procure/model/timeline.hpp"

#include <array>

namespace procure {
namespace {

constexpr std::array<Choice<MilestoneKind>, 14> standard{{
    {"prior_information_notice", MilestoneKind::prior_information_notice},
    {"dialogue_meeting_start", MilestoneKind::dialogue_meeting_start},
    {"dialogue_meeting_end", MilestoneKind::dialogue_meeting_end},
    {"written_input_deadline", MilestoneKind::written_input_deadline},
    {"notice_sent", MilestoneKind::notice_sent},
    {"participation_deadline", MilestoneKind::participation_deadline},
    {"invitation_sent", MilestoneKind::invitation_sent},
    {"clarification_deadline", MilestoneKind::clarification_deadline},
    {"tender_deadline", MilestoneKind::tender_deadline},
    {"tender_opening", MilestoneKind::tender_opening},
    {"award_notice", MilestoneKind::award_notice},
    {"standstill_end", MilestoneKind::standstill_end},
    {"contract_signature", MilestoneKind::contract_signature},
    {"tender_validity_end", MilestoneKind::tender_validity_end},
}};

}  // namespace

std::span<const Choice<MilestoneKind>> standard_milestones() {
  return standard;
}

Date Milestone::earliest_date() const {
  if (const auto* window = std::get_if<DateWindow>(&when))
    return window->first;
  return std::get<DateTime>(when).date;
}

Date Milestone::latest_date() const {
  if (const auto* window = std::get_if<DateWindow>(&when))
    return window->last;
  return std::get<DateTime>(when).date;
}

const Milestone* Timeline::find(std::string_view id) const {
  for (const auto& m : milestones) {
    if (m.id == id)
      return &m;
  }
  return nullptr;
}

const Milestone* Timeline::find(MilestoneKind kind) const {
  for (const auto& m : milestones) {
    if (m.kind == kind)
      return &m;
  }
  return nullptr;
}

std::optional<DateTime> Timeline::resolve(const TimeRef& ref) const {
  if (ref.at)
    return ref.at;
  const Milestone* m = find(ref.milestone);
  if (m == nullptr || m->exact() == nullptr)
    return std::nullopt;
  return *m->exact();
}

std::vector<std::string> Timeline::ids() const {
  std::vector<std::string> out;
  for (const auto& m : milestones)
    out.push_back(m.id);
  return out;
}

}  // namespace procure
