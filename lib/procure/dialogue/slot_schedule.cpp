#include "procure/dialogue/slot_schedule.hpp"

#include <algorithm>

#include "procure/dialogue/equal_treatment.hpp"

namespace procure {

bool SlotSchedule::registered_late(std::string_view participant) const {
  return std::any_of(late.begin(), late.end(), [participant](const LateRegistration& r) {
    return r.participant == participant;
  });
}

const Registration* registration_for(const Participant& participant, std::string_view meeting) {
  for (const auto& r : participant.registrations) {
    if (r.meeting == meeting)
      return &r;
  }
  return nullptr;
}

std::vector<const Participant*> registered_for(const DialogueRecord& record,
                                               std::string_view meeting) {
  std::vector<std::pair<Instant, const Participant*>> found;
  for (const auto& p : record.participants) {
    if (const Registration* r = registration_for(p, meeting))
      found.emplace_back(r->received.at, &p);
  }
  std::stable_sort(found.begin(), found.end(),
                   [](const auto& a, const auto& b) { return a.first < b.first; });
  std::vector<const Participant*> out;
  for (const auto& [at, p] : found)
    out.push_back(p);
  return out;
}

namespace {

struct Window {
  const DialogueMeeting* meeting = nullptr;
  SlotWindow times;
};

Parsed<Window> slot_window(const Case& kase, const SlotPlan& plan) {
  Window window;
  for (const auto& m : kase.market_dialogue.meetings) {
    if (m.id == plan.meeting)
      window.meeting = &m;
  }
  if (window.meeting == nullptr)
    return Problem{"dialogue.unknown-meeting",
                   {{"id", plan.meeting}, {"known", "–"}, {"suggestion", "–"}}};
  const auto start = kase.timeline.resolve(window.meeting->start);
  const auto end = kase.timeline.resolve(window.meeting->end);
  if (!start || !end || !start->time || !end->time)
    return Problem{"dialogue.slots-need-times", {{"id", plan.meeting}}};
  window.times = {*start, *end};
  return window;
}

}  // namespace

Parsed<std::size_t> count_slots(const Case& kase, const SlotPlan& plan) {
  const auto window = slot_window(kase, plan);
  if (!window)
    return window.problem();
  return count_window_slots(window->times, plan);
}

Parsed<SlotSchedule> schedule_slots(const Case& kase, const DialogueRecord& record,
                                    const SlotPlan& plan) {
  const auto window = slot_window(kase, plan);
  if (!window)
    return window.problem();
  if (const std::size_t count = count_window_slots(window->times, plan); count > max_slots) {
    return Problem{"dialogue.too-many-slots",
                   {{"id", plan.meeting},
                    {"count", std::to_string(count)},
                    {"limit", std::to_string(max_slots)}}};
  }
  const auto times = cut_window_slots(window->times, plan);
  if (!times)
    return times.problem();
  SlotSchedule schedule;
  schedule.meeting = window->meeting;
  for (const auto& t : *times)
    schedule.slots.push_back({t.start, t.end, {}});
  std::size_t next = 0;
  for (const Participant* p : registered_for(record, plan.meeting)) {
    const Registration* registration = registration_for(*p, plan.meeting);
    if (const auto deadline = registration_deadline(kase, *registration);
        deadline && is_late(registration->received, *deadline))
      schedule.late.push_back({p->id, registration->received.at, *deadline});
    if (next < schedule.slots.size()) {
      schedule.slots[next++].participant = p->id;
    } else {
      schedule.unplaced.push_back(p->id);
    }
  }
  return schedule;
}

}  // namespace procure
