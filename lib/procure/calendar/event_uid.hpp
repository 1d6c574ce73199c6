#pragma once
// Stable identifiers for calendar events: the same case and item give the
// same UID in every export, so that importing a calendar again updates its
// events instead of adding copies, and different cases never collide.

#include <string>
#include <string_view>

namespace procure {

// "<item>-<16 hex digits of SHA-256 of the case identity>@procure", where
// the case identity is what names the case for good (its reference and
// buyer); `item` is kept readable, with characters outside [a-z0-9_-] as '-'.
std::string event_uid(std::string_view case_identity, std::string_view item);

}  // namespace procure
