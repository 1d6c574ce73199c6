#include "procure/flow/phase_decisions.hpp"

namespace procure {

std::string phase_decisions_path(const DevelopmentPhase& phase) {
  return "stages.partnership.phases[" + std::to_string(phase.number - 1) + "].decisions";
}

}  // namespace procure
