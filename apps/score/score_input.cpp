#include "score_input.hpp"

#include <chrono>

#include "procure/evaluation/tender_deadline.hpp"

namespace procure::cli {

std::optional<ScoreCase> load_score_case(const std::string& argument, Diagnostics& diagnostics) {
  auto locations = find_cases({argument}, diagnostics);
  if (locations.empty())
    return std::nullopt;
  if (locations.size() > 1) {
    diagnostics.error("score.several-cases",
                      {{"path", argument}, {"count", std::to_string(locations.size())}});
    return std::nullopt;
  }
  ScoreCase score_case;
  score_case.location = std::move(locations.front());
  score_case.load = load_case(score_case.location.folder, score_case.location.display);
  diagnostics.append(score_case.load.diagnostics);
  if (!score_case.load.ok())
    return std::nullopt;
  const auto deadline = tender_deadline(score_case.kase(), diagnostics);
  if (!deadline)
    return std::nullopt;
  score_case.deadline = *deadline;
  return score_case;
}

std::optional<Instant> parse_now(const std::string& text, Diagnostics& diagnostics) {
  if (text.empty())
    return std::chrono::floor<std::chrono::seconds>(std::chrono::system_clock::now());
  const auto instant = parse_instant(text);
  if (!instant) {
    diagnostics.error(instant.problem().code, instant.problem().args);
    return std::nullopt;
  }
  return *instant;
}

}  // namespace procure::cli
