#pragma once
// How a window of one-to-one meetings is cut into slots: their length, the
// gap between them and the breaks, the same hours on every day of the
// window. The market dialogue's one-to-one meetings (dialogue/slots.yaml)
// and the negotiation meetings of a round (stages.negotiation.rounds[].meetings)
// are both laid out so.

#include <chrono>
#include <utility>
#include <vector>

#include "procure/time/civil_time.hpp"

namespace procure {

struct SlotLayout {
  std::chrono::minutes length{60};
  std::chrono::minutes gap{0};
  std::vector<std::pair<TimeOfDay, TimeOfDay>> breaks;
};

}  // namespace procure
