#include "procure/time/meeting_slots.hpp"

#include <algorithm>

namespace procure {
namespace {

constexpr int minutes_per_day = 24 * 60;

TimeOfDay at_minute(int minute) {
  return *TimeOfDay::from_hms(minute / 60, minute % 60);
}

int minute_of(TimeOfDay time) {
  return time.seconds_since_midnight() / 60;
}

// The minute of the day each slot starts, the same every day.
std::vector<int> slot_starts(const SlotWindow& window, const SlotLayout& layout) {
  std::vector<int> starts;
  const int from = minute_of(*window.start.time);
  const int to = minute_of(*window.end.time);
  const int length = static_cast<int>(layout.length.count());
  const int gap = static_cast<int>(layout.gap.count());
  if (length < 1 || gap < 0)
    return starts;
  int t = from;
  while (t + length <= to) {
    const auto clash = std::find_if(layout.breaks.begin(), layout.breaks.end(), [&](const auto& b) {
      return t < minute_of(b.second) && minute_of(b.first) < t + length;
    });
    if (clash != layout.breaks.end()) {
      t = minute_of(clash->second);
      continue;
    }
    starts.push_back(t);
    t += length + gap;
  }
  return starts;
}

std::size_t days_in(const SlotWindow& window) {
  const int days = window.start.date.days_until(window.end.date) + 1;
  return days < 1 ? 0 : static_cast<std::size_t>(days);
}

}  // namespace

std::size_t count_window_slots(const SlotWindow& window, const SlotLayout& layout) {
  return days_in(window) * slot_starts(window, layout).size();
}

Parsed<std::vector<SlotTime>> cut_window_slots(const SlotWindow& window, const SlotLayout& layout) {
  const int length = static_cast<int>(layout.length.count());
  if (length < 1 || layout.gap.count() < 0)
    return Problem{"dialogue.bad-minutes", {{"value", std::to_string(length)}}};
  const auto starts = slot_starts(window, layout);
  std::vector<SlotTime> slots;
  for (Date day = window.start.date; day <= window.end.date; day = day.plus_days(1)) {
    for (const int t : starts)
      slots.push_back({{day, at_minute(t)}, {day, at_minute(t + length)}});
  }
  return slots;
}

DateTime minutes_after(const DateTime& at, std::chrono::minutes minutes) {
  const int total = (at.time ? minute_of(*at.time) : 0) + static_cast<int>(minutes.count());
  return {at.date.plus_days(total / minutes_per_day), at_minute(total % minutes_per_day)};
}

}  // namespace procure
