#pragma once
// Where an innovation partnership's decisions for an R&D phase are recorded:
// the record that marks the phase, and the milestone of its end, done.

#include <string>

#include "procure/model/partnership.hpp"

namespace procure {

// "stages.partnership.phases[0].decisions" for R&D phase 1.
std::string phase_decisions_path(const DevelopmentPhase& phase);

}  // namespace procure
