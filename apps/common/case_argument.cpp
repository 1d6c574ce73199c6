#include "case_argument.hpp"

#include <chrono>

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

std::optional<Date> date_option(const std::string& text, Diagnostics& diagnostics) {
  if (text.empty()) {
    // Only the tools read the clock, and only as a default: the date in Oslo.
    const auto now =
        std::chrono::time_point_cast<std::chrono::seconds>(std::chrono::system_clock::now());
    return oslo_local(now).date;
  }
  const auto parsed = Date::parse(text);
  if (!parsed) {
    diagnostics.error(parsed.problem().code, parsed.problem().args);
    return std::nullopt;
  }
  return *parsed;
}

}  // namespace procure::cli
