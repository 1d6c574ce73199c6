#include "procure/dialogue/slot_schedule.hpp"

#include <algorithm>

namespace procure {
namespace {

TimeOfDay at_minute(int minute) {
  return *TimeOfDay::from_hms(minute / 60, minute % 60);
}

int minute_of(TimeOfDay time) {
  return time.seconds_since_midnight() / 60;
}

}  // namespace

std::vector<const Participant*> registered_for(const DialogueRecord& record,
                                               std::string_view meeting) {
  std::vector<std::pair<Instant, const Participant*>> found;
  for (const auto& p : record.participants) {
    for (const auto& r : p.registrations) {
      if (r.meeting == meeting) {
        found.emplace_back(r.received.at, &p);
        break;
      }
    }
  }
  std::stable_sort(found.begin(), found.end(),
                   [](const auto& a, const auto& b) { return a.first < b.first; });
  std::vector<const Participant*> out;
  for (const auto& [at, p] : found)
    out.push_back(p);
  return out;
}

Parsed<SlotSchedule> schedule_slots(const Case& kase, const DialogueRecord& record,
                                    const SlotPlan& plan) {
  SlotSchedule schedule;
  for (const auto& m : kase.market_dialogue.meetings) {
    if (m.id == plan.meeting)
      schedule.meeting = &m;
  }
  if (schedule.meeting == nullptr)
    return Problem{"dialogue.unknown-meeting",
                   {{"id", plan.meeting}, {"known", "–"}, {"suggestion", "–"}}};
  const auto start = kase.timeline.resolve(schedule.meeting->start);
  const auto end = kase.timeline.resolve(schedule.meeting->end);
  if (!start || !end || !start->time || !end->time)
    return Problem{"dialogue.slots-need-times", {{"id", plan.meeting}}};
  const int from = minute_of(*start->time);
  const int to = minute_of(*end->time);
  const int length = static_cast<int>(plan.length.count());
  const int gap = static_cast<int>(plan.gap.count());
  for (Date day = start->date; day <= end->date; day = day.plus_days(1)) {
    int t = from;
    while (t + length <= to) {
      const auto clash = std::find_if(plan.breaks.begin(), plan.breaks.end(), [&](const auto& b) {
        return t < minute_of(b.second) && minute_of(b.first) < t + length;
      });
      if (clash != plan.breaks.end()) {
        t = minute_of(clash->second);
        continue;
      }
      schedule.slots.push_back({{day, at_minute(t)}, {day, at_minute(t + length)}, {}});
      t += length + gap;
    }
  }
  std::size_t next = 0;
  for (const Participant* p : registered_for(record, plan.meeting)) {
    if (next < schedule.slots.size()) {
      schedule.slots[next++].participant = p->id;
    } else {
      schedule.unplaced.push_back(p->id);
    }
  }
  return schedule;
}

}  // namespace procure
