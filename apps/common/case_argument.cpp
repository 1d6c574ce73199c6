#include "case_argument.hpp"

namespace procure::cli {

std::optional<CaseWithDialogue> load_case_argument(const std::string& argument,
                                                   const ToolContext& ctx, int& exit) {
  Diagnostics problems;
  const auto locations = find_cases({argument}, problems);
  if (locations.size() != 1) {
    exit = ctx.fail(problems, exit_bad_input);
    return std::nullopt;
  }
  CaseWithDialogue loaded{load_case(locations.front().folder, locations.front().display), {}};
  if (!loaded.kase.ok()) {
    exit = ctx.fail(loaded.kase.diagnostics, exit_bad_input);
    return std::nullopt;
  }
  loaded.dialogue = load_dialogue(loaded.kase.value);
  if (!loaded.dialogue.ok()) {
    problems.append(loaded.kase.diagnostics);
    problems.append(loaded.dialogue.diagnostics);
    exit = ctx.fail(problems, exit_bad_input);
    return std::nullopt;
  }
  return loaded;
}

Diagnostics load_warnings(const CaseWithDialogue& loaded) {
  Diagnostics warnings;
  for (const Diagnostics* from : {&loaded.kase.diagnostics, &loaded.dialogue.diagnostics}) {
    for (const auto& d : from->items()) {
      if (d.severity != Severity::error)
        warnings.add(d);
    }
  }
  return warnings;
}

}  // namespace procure::cli
