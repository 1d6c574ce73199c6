#pragma once
// The case a tool works on, named on the command line, with its dialogue
// folder: loaded, or the problems that stop the tool.

#include <optional>
#include <string>

#include "procure/dialogue/dialogue_loader.hpp"
#include "procure/load/case_loader.hpp"
#include "tool.hpp"

namespace procure::cli {

struct CaseWithDialogue {
  CaseLoad kase;
  DialogueLoad dialogue;
};

// Loads one case folder (or its case.yaml) and its dialogue/ folder. Any
// error is reported through ctx.fail and gives nullopt; warnings are kept.
std::optional<CaseWithDialogue> load_case_argument(const std::string& argument,
                                                   const ToolContext& ctx, int& exit);

// The warnings of loading the case and its dialogue folder.
Diagnostics load_warnings(const CaseWithDialogue& loaded);

}  // namespace procure::cli
