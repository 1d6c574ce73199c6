#pragma once
// The innovation partnership after its award (2014/24/EU art. 31(2)): the
// partners, the research and development phases each with its intermediate
// targets and planned end, the decision at each phase's end to go on with a
// partner or to end its partnership, and the acquisition of the result,
// which needs no new competition. A partner keeps the id it had in the
// competition (requests/<id>.yaml, rounds/<n>/bids/<id>.yaml).

#include <optional>
#include <span>
#include <string>
#include <string_view>
#include <vector>

#include "procure/core/choice.hpp"
#include "procure/core/diagnostic.hpp"
#include "procure/core/localized_text.hpp"
#include "procure/model/timeline.hpp"

namespace procure {

// What the contracting authority decided for a partner at a phase's end.
enum class PhaseDecision {
  go_on,  // the partner goes on to the next phase (or to the acquisition)
  end,    // its partnership ends (art. 31(2), if the documents reserved it)
};

std::span<const Choice<PhaseDecision>> phase_decision_choices();

struct PartnerDecision {
  std::string partner;
  Date on;
  PhaseDecision decision = PhaseDecision::go_on;
  SourceSpan where;
  SourceSpan decision_where;
};

struct DevelopmentPhase {
  int number = 1;  // R&D phase 1, 2, ... in the order written
  LocalizedText title;
  std::vector<LocalizedText> targets;  // the intermediate targets the partners are to attain
  TimeRef end;                         // the planned end: a milestone or a date
  std::vector<PartnerDecision> decisions;
  SourceSpan where;

  const PartnerDecision* decision_for(std::string_view partner) const;
};

// The last phase: buying the result from partners that reached the agreed
// performance levels and maximum costs.
struct Acquisition {
  Date on;
  std::vector<std::string> partners;
  SourceSpan where;
};

struct Partnership {
  // The procurement documents reserved ending the partnership, or reducing
  // the partners, after a phase (art. 31(2)).
  bool termination_reserved = false;
  std::vector<std::string> partners;  // one or several
  std::vector<DevelopmentPhase> phases;
  std::optional<Acquisition> acquisition;
  SourceSpan where;

  // The partners still in the partnership at the start of phase `number`
  // (number past the last phase: at the acquisition).
  std::vector<std::string> partners_before(int number) const;
  // The phase after which a partner's partnership was ended, if it was before `number`.
  std::optional<int> ended_before(std::string_view partner, int number) const;
  // Every partner still in at a phase's start has its decision for that phase.
  bool decided(const DevelopmentPhase& phase) const;
};

}  // namespace procure
