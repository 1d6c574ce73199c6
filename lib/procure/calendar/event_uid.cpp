#include "procure/calendar/event_uid.hpp"

#include "procure/core/sha256.hpp"

namespace procure {

EventUids::EventUids(std::string_view case_identity) {
  // Appended piece by piece: g++ 12 at -O3 warns (-Wrestrict) of nothing
  // real in "-" + std::string.
  suffix_ += '-';
  suffix_ += std::string_view(sha256_hex(case_identity)).substr(0, 16);
  suffix_ += "@procure";
}

std::string EventUids::operator()(std::string_view item) const {
  std::string uid;
  uid.reserve(item.size() + suffix_.size());
  for (const char c : item) {
    const bool keep = (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '-' || c == '_';
    uid += keep ? c : '-';
  }
  uid += suffix_;
  return uid;
}

}  // namespace procure
