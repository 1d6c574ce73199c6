#include "procure/notices/notice_identity.hpp"

#include <fmt/format.h>

#include "procure/core/sha256.hpp"

namespace procure {

std::string derived_uuid(std::string_view name) {
  std::string hex = sha256_hex(name).substr(0, 32);
  // Version nibble 4 and variant 10xx, as a random UUID has them.
  hex[12] = '4';
  static constexpr char variant[] = "89ab";
  hex[16] = variant[(hex[16] >= 'a' ? hex[16] - 'a' + 10 : hex[16] - '0') % 4];
  return hex.substr(0, 8) + "-" + hex.substr(8, 4) + "-" + hex.substr(12, 4) + "-" +
         hex.substr(16, 4) + "-" + hex.substr(20, 12);
}

std::string notice_version_text(int version) {
  return fmt::format("{:02}", version);
}

}  // namespace procure
