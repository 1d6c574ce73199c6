#include "procure/model/negotiation_meetings.hpp"

#include <algorithm>

namespace procure {

std::string meetings_path(const NegotiationRound& round) {
  return "stages.negotiation.rounds[" + std::to_string(round.number - 1) + "].meetings";
}

Parsed<SlotWindow> negotiation_window(const Case& kase, const NegotiationRound& round) {
  const auto start =
      round.negotiations_start ? kase.timeline.resolve(*round.negotiations_start) : std::nullopt;
  const auto end =
      round.negotiations_end ? kase.timeline.resolve(*round.negotiations_end) : std::nullopt;
  if (!start || !end || !start->time || !end->time)
    return Problem{"stages.meetings-need-times", {{"round", std::to_string(round.number)}}};
  return SlotWindow{*start, *end};
}

std::vector<BookedMeeting> booked_meetings(const NegotiationRound& round) {
  std::vector<BookedMeeting> out;
  if (!round.meetings)
    return out;
  for (const auto& booking : round.meetings->booked) {
    if (!booking.start.time)
      continue;
    out.push_back({round.number, &booking, booking.start,
                   minutes_after(booking.start, booking.length_in(round.meetings->plan))});
  }
  return out;
}

std::vector<BookedMeeting> booked_negotiation_meetings(const Case& kase) {
  std::vector<BookedMeeting> out;
  if (!kase.stages.negotiation)
    return out;
  for (const auto& round : kase.stages.negotiation->rounds) {
    for (auto& meeting : booked_meetings(round))
      out.push_back(std::move(meeting));
  }
  std::stable_sort(out.begin(), out.end(),
                   [](const auto& a, const auto& b) { return a.start < b.start; });
  return out;
}

Parsed<NegotiationSlotSchedule> negotiation_slots(const Case& kase, const NegotiationRound& round) {
  NegotiationSlotSchedule schedule;
  if (!round.meetings)
    return schedule;
  const auto window = negotiation_window(kase, round);
  if (!window)
    return window.problem();
  const SlotLayout& plan = round.meetings->plan;
  if (const std::size_t count = count_window_slots(*window, plan); count > max_slots) {
    return Problem{"dialogue.too-many-slots",
                   {{"id", meetings_path(round)},
                    {"count", std::to_string(count)},
                    {"limit", std::to_string(max_slots)}}};
  }
  const auto times = cut_window_slots(*window, plan);
  if (!times)
    return times.problem();
  for (const auto& t : *times)
    schedule.slots.push_back({t, {}, false});
  std::vector<std::string> met;
  for (auto& meeting : booked_meetings(round)) {
    met.push_back(meeting.booking->tenderer);
    // Slots are in time order: the first that starts at the meeting's start.
    const auto slot = std::lower_bound(
        schedule.slots.begin(), schedule.slots.end(), meeting.start,
        [](const NegotiationSlot& s, const DateTime& at) { return s.time.start < at; });
    if (slot != schedule.slots.end() && slot->time.start == meeting.start &&
        slot->tenderer.empty()) {
      slot->tenderer = meeting.booking->tenderer;
      slot->booked = true;
    } else {
      schedule.off_slots.push_back(std::move(meeting));
    }
  }
  auto free = schedule.slots.begin();
  for (const auto& id : kase.stages.remaining_before(round.number)) {
    if (std::find(met.begin(), met.end(), id) != met.end())
      continue;
    free = std::find_if(free, schedule.slots.end(),
                        [](const NegotiationSlot& s) { return s.tenderer.empty(); });
    if (free == schedule.slots.end()) {
      schedule.unplaced.push_back(id);
    } else {
      free->tenderer = id;
    }
  }
  return schedule;
}

}  // namespace procure
