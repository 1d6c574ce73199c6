#include "procure/core/system_reason.hpp"

#include <string.h>

namespace procure {

std::pair<std::string, std::string> system_reason_arg(int errnum) {
  // GNU: null for a number without a name; never a translated text.
  const char* name = ::strerrorname_np(errnum);
  return {std::string(system_reason_name),
          name != nullptr ? std::string(name) : std::to_string(errnum)};
}

std::string system_reason_code(std::string_view reason) {
  return "reason." + std::string(reason);
}

}  // namespace procure
