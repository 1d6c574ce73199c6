#include "procure/calendar/event_uid.hpp"

#include <array>

#include "procure/core/sha256.hpp"

namespace procure {
namespace {

// What the UIDs of the events the toolkit makes start with: its items'
// keys hold a '.' ("computed.answers_due", "dialogue.<meeting>.registration_deadline"),
// read with '-' for it, and its meetings are "meeting-" and "negotiation-".
constexpr std::array<std::string_view, 4> made_prefixes{"computed-", "dialogue-", "meeting-",
                                                        "negotiation-"};

bool starts_as_made(std::string_view id) {
  for (const auto prefix : made_prefixes) {
    if (id.starts_with(prefix))
      return true;
  }
  return false;
}

}  // namespace

EventUids::EventUids(std::string_view case_identity) {
  // Appended piece by piece: g++ 12 at -O3 warns (-Wrestrict) of nothing
  // real in "-" + std::string.
  suffix_ += '-';
  suffix_ += std::string_view(sha256_hex(case_identity)).substr(0, 16);
  suffix_ += "@procure";
}

std::string EventUids::uid(std::string_view prefix, std::string_view item) const {
  std::string uid;
  uid.reserve(prefix.size() + item.size() + suffix_.size());
  uid.append(prefix);
  for (const char c : item) {
    const bool keep = (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '-' || c == '_';
    uid += keep ? c : '-';
  }
  uid += suffix_;
  return uid;
}

std::string EventUids::item(std::string_view key) const {
  // A milestone's id never holds a '.', an item the toolkit adds always does.
  const bool milestone = key.find('.') == std::string_view::npos;
  return uid(milestone && starts_as_made(key) ? "milestone." : "", key);
}

std::string EventUids::dialogue_meeting(std::string_view id) const {
  return uid("meeting-", id);
}

std::string EventUids::negotiation_meeting(int round, std::string_view tenderer) const {
  return uid("negotiation-" + std::to_string(round) + "-", tenderer);
}

}  // namespace procure
