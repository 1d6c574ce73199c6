#pragma once
// One-to-one meeting slots: the meeting's window from case.yaml cut into
// slots of the planned length, with the gap between them and the breaks
// left out (time/meeting_slots.hpp), given to the registered suppliers in
// the order their registrations arrived (first come, first served, the same
// rule for all).

#include <string>
#include <string_view>
#include <vector>

#include "procure/core/problem.hpp"
#include "procure/dialogue/dialogue_record.hpp"
#include "procure/model/case.hpp"
#include "procure/time/meeting_slots.hpp"

namespace procure {

struct Slot {
  DateTime start;
  DateTime end;
  std::string participant;  // empty: free
};

// A registration that came after its meeting's registration deadline.
struct LateRegistration {
  std::string participant;
  Instant received;
  DateTime deadline;
};

struct SlotSchedule {
  const DialogueMeeting* meeting = nullptr;
  std::vector<Slot> slots;
  std::vector<std::string> unplaced;  // registered, but no slot was left
  // In the order they registered. They are placed by the same rule as the
  // rest, never left out: whether a late registration keeps its slot is
  // the officer's decision, one rule for all (equal treatment).
  std::vector<LateRegistration> late;

  bool registered_late(std::string_view participant) const;
};

// How many slots the plan cuts its meeting into, counted without making
// them; a problem when the meeting is unknown or has no times.
Parsed<std::size_t> count_slots(const Case& kase, const SlotPlan& plan);

// A meeting over several days has the same hours on each day. More than
// max_slots is a problem (dialogue.too-many-slots).
Parsed<SlotSchedule> schedule_slots(const Case& kase, const DialogueRecord& record,
                                    const SlotPlan& plan);

// The participants registered for a meeting, in the order they registered.
std::vector<const Participant*> registered_for(const DialogueRecord& record,
                                               std::string_view meeting);

// A participant's (first) registration for a meeting, or nullptr.
const Registration* registration_for(const Participant& participant, std::string_view meeting);

}  // namespace procure
