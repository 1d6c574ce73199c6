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

namespace {

struct Window {
  const DialogueMeeting* meeting = nullptr;
  Date first_day;
  Date last_day;
  std::vector<int> starts;  // the minute of the day each slot starts, the same every day
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
  window.first_day = start->date;
  window.last_day = end->date;
  const int from = minute_of(*start->time);
  const int to = minute_of(*end->time);
  const int length = static_cast<int>(plan.length.count());
  const int gap = static_cast<int>(plan.gap.count());
  if (length < 1 || gap < 0)
    return Problem{"dialogue.bad-minutes", {{"value", std::to_string(length)}}};
  int t = from;
  while (t + length <= to) {
    const auto clash = std::find_if(plan.breaks.begin(), plan.breaks.end(), [&](const auto& b) {
      return t < minute_of(b.second) && minute_of(b.first) < t + length;
    });
    if (clash != plan.breaks.end()) {
      t = minute_of(clash->second);
      continue;
    }
    window.starts.push_back(t);
    t += length + gap;
  }
  return window;
}

std::size_t slots_in(const Window& window) {
  const int days = window.first_day.days_until(window.last_day) + 1;
  return days < 1 ? 0 : static_cast<std::size_t>(days) * window.starts.size();
}

}  // namespace

Parsed<std::size_t> count_slots(const Case& kase, const SlotPlan& plan) {
  const auto window = slot_window(kase, plan);
  if (!window)
    return window.problem();
  return slots_in(*window);
}

Parsed<SlotSchedule> schedule_slots(const Case& kase, const DialogueRecord& record,
                                    const SlotPlan& plan) {
  const auto window = slot_window(kase, plan);
  if (!window)
    return window.problem();
  if (const std::size_t count = slots_in(*window); count > max_slots) {
    return Problem{"dialogue.too-many-slots",
                   {{"id", plan.meeting},
                    {"count", std::to_string(count)},
                    {"limit", std::to_string(max_slots)}}};
  }
  SlotSchedule schedule;
  schedule.meeting = window->meeting;
  const int length = static_cast<int>(plan.length.count());
  for (Date day = window->first_day; day <= window->last_day; day = day.plus_days(1)) {
    for (const int t : window->starts)
      schedule.slots.push_back({{day, at_minute(t)}, {day, at_minute(t + length)}, {}});
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
