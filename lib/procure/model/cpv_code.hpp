#pragma once
// Common Procurement Vocabulary codes: eight digits and a check digit,
// "79411000-8". The check digit's algorithm is not published by the EU, so
// only the form is checked, not the digit.

#include <string>
#include <string_view>

#include "procure/core/problem.hpp"

namespace procure {

class CpvCode {
 public:
  // "79411000-8" or "79411000" (without check digit).
  static Parsed<CpvCode> parse(std::string_view text);

  const std::string& code() const { return code_; }
  // "79": the division, the first two digits.
  std::string division() const { return code_.substr(0, 2); }
  bool operator==(const CpvCode&) const = default;

 private:
  std::string code_;
};

}  // namespace procure
