#pragma once
// A window of one-to-one meetings cut into slots by a SlotLayout: on each
// day from the window's first day to its last, with the same hours each
// day, the first slot at the window's start time, the next `gap` minutes
// after each slot's end, a slot that would overlap a break moved to the
// break's end, and none that would end after the window's end time. The
// market dialogue's one-to-one meetings and a negotiation round's meetings
// share it (docs/market-dialogue.md, docs/procedures.md).

#include <chrono>
#include <cstddef>
#include <vector>

#include "procure/core/problem.hpp"
#include "procure/time/civil_time.hpp"
#include "procure/time/slot_layout.hpp"

namespace procure {

// A window is cut into at most this many slots: a week of 45-minute slots
// is a few hundred, and a plan of one-minute slots over weeks is a mistake
// that would list tens of thousands.
inline constexpr std::size_t max_slots = 1000;

struct SlotTime {
  DateTime start;
  DateTime end;
};

// `start` and `end` with their times of day; `end` not before `start`.
struct SlotWindow {
  DateTime start;
  DateTime end;
};

// How many slots the layout cuts the window into, counted without making them.
std::size_t count_window_slots(const SlotWindow& window, const SlotLayout& layout);

// The slots, in time order; more than max_slots is the caller's to refuse
// first (count_window_slots). A length under one minute is a problem
// (dialogue.bad-minutes).
Parsed<std::vector<SlotTime>> cut_window_slots(const SlotWindow& window, const SlotLayout& layout);

// The moment `minutes` after `at` (a time of day), past midnight if need be.
DateTime minutes_after(const DateTime& at, std::chrono::minutes minutes);

}  // namespace procure
