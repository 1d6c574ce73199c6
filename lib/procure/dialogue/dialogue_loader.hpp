#pragma once
// Reading a case's dialogue/ folder: participants.yaml, slots.yaml,
// inputs.yaml and questions.yaml, each optional. Every reference to the case
// (a meeting, a question) and between the files (a participant) is checked.

#include <filesystem>
#include <vector>

#include "procure/core/diagnostic.hpp"
#include "procure/dialogue/dialogue_record.hpp"
#include "procure/model/case.hpp"

namespace procure {

struct DialogueLoad {
  DialogueRecord value;
  Diagnostics diagnostics;
  bool ok() const { return !diagnostics.has_errors(); }
};

// Reads <case folder>/dialogue/. A missing folder or file is an empty record.
DialogueLoad load_dialogue(const Case& kase);

}  // namespace procure
