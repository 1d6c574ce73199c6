#pragma once
// The close of a competitive dialogue: the dialogue declared concluded, the
// participants told, and each one still in invited to submit its final
// tender (2014/24/EU art. 30(6)). The dialogue's rounds are the rounds of
// `stages: negotiation`; the final tenders are its last round.

#include <string>
#include <vector>

#include "procure/core/diagnostic.hpp"
#include "procure/model/timeline.hpp"

namespace procure {

struct DialogueClosing {
  TimeRef at;                        // when the dialogue was declared concluded
  std::vector<std::string> invited;  // the participants invited to submit final tenders
  bool invited_all = false;          // `invited: all`
  SourceSpan where;
  SourceSpan invited_where;
};

}  // namespace procure
