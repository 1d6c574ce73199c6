#include "score_input.hpp"

#include <chrono>

#include "procure/evaluation/stage_files.hpp"
#include "procure/evaluation/tender_deadline.hpp"
#include "procure/model/round_view.hpp"

namespace procure::cli {

namespace {

// Turns a loaded case into the view of one of its negotiation rounds.
bool select_round(ScoreCase& score_case, int round, Diagnostics& diagnostics) {
  const Case& kase = score_case.kase();
  const auto& negotiation = kase.stages.negotiation;
  score_case.rounds = negotiation ? static_cast<int>(negotiation->rounds.size()) : 0;
  if (score_case.rounds == 0 && round == 0)
    return true;
  const int number = round == 0 ? score_case.rounds : round;
  const NegotiationRound* chosen = kase.stages.round(number);
  if (chosen == nullptr) {
    diagnostics.error("score.no-such-round", {{"round", std::to_string(number)},
                                              {"rounds", std::to_string(score_case.rounds)}});
    return false;
  }
  auto view = case_for_round(kase, *chosen);
  if (!view)
    return false;  // its milestone is missing: reported when the case was read
  score_case.load.value = std::move(*view);
  score_case.round = number;
  score_case.location.folder = round_folder(score_case.case_folder, number);
  score_case.location.display = round_display_folder(score_case.location.display, number);
  return true;
}

// The one case `argument` names, loaded; nullopt when it cannot be used.
std::optional<ScoreCase> load_named_case(const std::string& argument, Diagnostics& diagnostics) {
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
  score_case.case_folder = score_case.location.folder;
  return score_case;
}

}  // namespace

std::optional<ScoreCase> load_score_case(const std::string& argument, int round,
                                         Diagnostics& diagnostics) {
  auto score_case = load_named_case(argument, diagnostics);
  if (!score_case || !select_round(*score_case, round, diagnostics))
    return std::nullopt;
  const auto deadline = tender_deadline(score_case->kase(), diagnostics);
  if (!deadline)
    return std::nullopt;
  score_case->deadline = *deadline;
  return score_case;
}

std::optional<ScoreCase> load_requests_case(const std::string& argument, Diagnostics& diagnostics) {
  auto score_case = load_named_case(argument, diagnostics);
  if (!score_case)
    return std::nullopt;
  if (!score_case->kase().stages.prequalification) {
    diagnostics.error("opening.no-prequalification");
    return std::nullopt;
  }
  const auto deadline = participation_deadline(score_case->kase(), diagnostics);
  if (!deadline)
    return std::nullopt;
  score_case->deadline = *deadline;
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
