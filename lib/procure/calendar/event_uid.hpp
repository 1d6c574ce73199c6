#pragma once
// Stable identifiers for calendar events: the same case and item give the
// same UID in every export, so that importing a calendar again updates its
// events instead of adding copies, and different cases never collide.

#include <string>
#include <string_view>

namespace procure {

// The UIDs of one case's events: "<item>-<16 hex digits of SHA-256 of the
// case identity>@procure", where the case identity is what names the case
// for good (its reference and buyer); `item` is kept readable, with
// characters outside [a-z0-9_-] as '-'. The digest is taken once a case,
// not once an event.
//
// The items the toolkit makes start "computed-", "dialogue-", "meeting-"
// or "negotiation-"; a milestone of the timeline is its id, which is
// [a-z0-9_-] only, unless its id starts so too: then it is
// "milestone.<id>", which no other item can be (only it holds a '.'). So
// an officer's milestone never takes a UID the toolkit gives another event,
// and every other milestone keeps the UID it always had.
class EventUids {
 public:
  explicit EventUids(std::string_view case_identity);
  // A schedule item by its key: a milestone's id, or "computed.<what>".
  std::string item(std::string_view key) const;
  // A meeting of the market dialogue by its id.
  std::string dialogue_meeting(std::string_view id) const;
  // A negotiation meeting booked with `tenderer` in `round`.
  std::string negotiation_meeting(int round, std::string_view tenderer) const;

 private:
  std::string uid(std::string_view prefix, std::string_view item) const;

  std::string suffix_;  // "-<16 hex digits>@procure"
};

}  // namespace procure
