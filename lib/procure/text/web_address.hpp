#pragma once
// An address on the web a case gives (where tenders are submitted): written
// into notices as it is, so only a plain http(s) address is taken.

#include <cstddef>
#include <string_view>

namespace procure {

// The longest address taken: far above any e-tendering system's, and within
// what browsers and Doffin handle.
inline constexpr std::size_t max_web_address_length = 2000;

// "https://host/path": http or https, a host, no space or control character
// (which would let the text end the address and say something else), at
// most max_web_address_length bytes.
bool is_web_address(std::string_view text);

}  // namespace procure
