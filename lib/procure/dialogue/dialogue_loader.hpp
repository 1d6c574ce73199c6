#pragma once
// Reading a case's dialogue/ folder: participants.yaml, slots.yaml,
// inputs.yaml and questions.yaml, each optional. Every reference to the case
// (a meeting, a question) and between the files (a participant) is checked.

#include <filesystem>
#include <string>
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

// A dialogue file's text as it would be after a change, read instead of
// the file itself (to check the change before it is written).
struct DialogueFileText {
  std::string name;  // "participants.yaml"
  std::string text;
};

// Reads <case folder>/dialogue/. A missing folder or file is an empty record.
DialogueLoad load_dialogue(const Case& kase, const DialogueFileText* instead = nullptr);

}  // namespace procure
