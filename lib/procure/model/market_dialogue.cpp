#include "procure/model/market_dialogue.hpp"

#include <array>

namespace procure {
namespace {

constexpr std::array<Choice<MeetingKind>, 2> meeting_kinds{{
    {"plenary", MeetingKind::plenary},
    {"one-to-one", MeetingKind::one_to_one},
}};

}  // namespace

std::span<const Choice<MeetingKind>> meeting_kind_choices() {
  return meeting_kinds;
}

}  // namespace procure
