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
class EventUids {
 public:
  explicit EventUids(std::string_view case_identity);
  std::string operator()(std::string_view item) const;

 private:
  std::string suffix_;  // "-<16 hex digits>@procure"
};

}  // namespace procure
