#include "procure/model/cpv_code.hpp"

#include "procure/core/ascii.hpp"

namespace procure {

Parsed<CpvCode> CpvCode::parse(std::string_view text) {
  const bool with_check = text.size() == 10 && text[8] == '-' && is_all_digits(text.substr(9));
  if ((text.size() != 8 && !with_check) || !is_all_digits(text.substr(0, 8))) {
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
