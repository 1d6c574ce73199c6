#pragma once
// Small helpers the unit tests share.

#include <string>
#include <vector>

#include "procure/core/diagnostic.hpp"

namespace procure::test {

// The codes of the diagnostics, in order.
inline std::vector<std::string> codes(const Diagnostics& diagnostics) {
  std::vector<std::string> out;
  for (const auto& d : diagnostics.items())
    out.push_back(d.code);
  return out;
}

}  // namespace procure::test
