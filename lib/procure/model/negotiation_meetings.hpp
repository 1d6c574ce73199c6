#pragma once
// A negotiation round's meetings (stages.negotiation.rounds[].meetings): the
// window from negotiations_start to negotiations_end cut into slots as the
// market dialogue's one-to-one meetings are (time/meeting_slots.hpp), the
// meetings booked in it, and a slot proposed to each tenderer still in the
// round without one (docs/procedures.md).

#include <string>
#include <vector>

#include "procure/core/problem.hpp"
#include "procure/model/case.hpp"
#include "procure/time/meeting_slots.hpp"

namespace procure {

// Where a round's meetings stand in case.yaml, also the name their
// findings give them: "stages.negotiation.rounds[0].meetings".
std::string meetings_path(const NegotiationRound& round);

// The round's negotiations_start and negotiations_end, both with a time of
// day (stages.meetings-need-times otherwise).
Parsed<SlotWindow> negotiation_window(const Case& kase, const NegotiationRound& round);

struct BookedMeeting {
  int round = 0;
  const NegotiationBooking* booking = nullptr;
  DateTime start;
  DateTime end;
};

// Every meeting booked in the round, in the order written, with its end.
std::vector<BookedMeeting> booked_meetings(const NegotiationRound& round);

// Every meeting booked in every round, by start.
std::vector<BookedMeeting> booked_negotiation_meetings(const Case& kase);

struct NegotiationSlot {
  SlotTime time;
  std::string tenderer;  // empty: free
  bool booked = false;   // false with a tenderer: proposed
};

struct NegotiationSlotSchedule {
  std::vector<NegotiationSlot> slots;
  std::vector<BookedMeeting> off_slots;  // booked, but not at a free slot's start
  std::vector<std::string> unplaced;     // still in the round, no meeting, no slot left
};

// The round's slots, each booked meeting at the slot it starts, and the
// free slots proposed, in time order, to the tenderers still in the round
// without a meeting, in the order they were invited (one rule for all).
// More than max_slots is a problem (dialogue.too-many-slots).
Parsed<NegotiationSlotSchedule> negotiation_slots(const Case& kase, const NegotiationRound& round);

}  // namespace procure
