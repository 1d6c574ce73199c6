#pragma once
// A pass/fail qualification requirement, and the documentation asked for it.

#include <string>

#include "procure/core/diagnostic.hpp"
#include "procure/core/localized_text.hpp"

namespace procure {

struct QualificationRequirement {
  std::string id;
  LocalizedText requirement;
  LocalizedText evidence;
  SourceSpan where;
};

}  // namespace procure
