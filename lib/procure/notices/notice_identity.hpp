#pragma once
// The identifiers eForms gives a notice, derived from the case so that the
// same case always gives the same notice (and golden tests stay stable):
// never random, never from the clock.

#include <string>
#include <string_view>

namespace procure {

// A UUID in the version-4 layout eForms requires (BR-BT-00701-0052), made
// from the SHA-256 of `name`: the same name always gives the same UUID.
std::string derived_uuid(std::string_view name);

// The eForms version counter as notices write it: 1 -> "01".
std::string notice_version_text(int version);

}  // namespace procure
