#include "procure/model/cpv_code.hpp"

namespace procure {

Parsed<CpvCode> CpvCode::parse(std::string_view text) {
  const auto digits = [](std::string_view s) {
    for (const char c : s) {
      if (c < '0' || c > '9')
        return false;
    }
    return true;
  };
  const bool with_check = text.size() == 10 && text[8] == '-' && digits(text.substr(9));
  if ((text.size() != 8 && !with_check) || !digits(text.substr(0, 8))) {
    return Problem{"cpv.invalid", {{"value", std::string(text)}}};
  }
  // Divisions run from 03 to 98; 00 is never a valid code.
  if (text.substr(0, 2) == "00")
    return Problem{"cpv.invalid", {{"value", std::string(text)}}};
  CpvCode code;
  code.code_ = std::string(text);
  return code;
}

}  // namespace procure
