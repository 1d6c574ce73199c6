#pragma once
// Where a case stands. The flow of an innovation-friendly procurement is a
// row of phases: needs, market dialogue, written input, notice, tender
// period, evaluation, award, standstill, contract. Each phase closes with a
// milestone of the timeline and is done when that step's record holds
// (CaseProgress: records.dialogue_held, or the opening protocol for the
// tenders, the complete evaluation for the scores, ...); a phase whose
// milestone has passed without its record is overdue. The current phase is
// the first that is not done.

#include <optional>
#include <span>
#include <string>
#include <vector>

#include "procure/core/choice.hpp"
#include "procure/flow/schedule.hpp"

namespace procure {

enum class Phase {
  needs,
  market_dialogue,
  written_input,
  notice,
  prequalification,  // a case in stages: requests to participate, selection, invitation
  tender_period,
  negotiation,  // a case in rounds: from the initial tenders to the final tender deadline
  evaluation,
  award,
  standstill,
  contract,
  dialogue,     // a competitive dialogue: its rounds, up to the dialogue's close
  development,  // an innovation partnership: R&D phase PhaseStatus::number, after the contract
  acquisition,  // an innovation partnership: buying the result after the last R&D phase
};

// "needs", "market-dialogue", ... for JSON; the display name is
// "name.phase.<that>".
std::span<const Choice<Phase>> phase_choices();
std::string phase_display_key(Phase phase);

enum class PhaseState { not_applicable, done, overdue, current, upcoming };

std::span<const Choice<PhaseState>> phase_state_choices();

struct PhaseStatus {
  Phase phase = Phase::needs;
  PhaseState state = PhaseState::upcoming;
  // The days the phase spans in the plan (for charts), when known.
  std::optional<Date> first;
  std::optional<Date> last;
  // The milestone that closes it and when that is due.
  std::string milestone;
  std::optional<Instant> due;
  // What marks it done: a record ("records.tenders_opened"), or for the
  // needs the case's `needs` text; and, once it holds, where it was found
  // (the entry under records:, or a file of the case: CaseProgress).
  std::string record;
  bool recorded = false;
  std::string source;
  std::optional<int> count;         // the inputs or tenders it counts
  std::optional<DateTime> done_at;  // when it was done, as far as the record says
  std::optional<int> number;        // an R&D phase's number (1, 2, ...)

  bool operator==(const PhaseStatus&) const = default;
};

// The arguments of a phase's display name: an R&D phase's number.
MessageArgs phase_display_args(const PhaseStatus& phase);

struct CaseStatus {
  std::vector<PhaseStatus> phases;    // every phase, in flow order
  std::optional<Phase> current;       // the first phase not done; none when all are
  std::optional<int> current_number;  // its number, when it is an R&D phase
  // Where the plan puts the case now: the last phase that has begun by the
  // timeline. It runs ahead of `current` when records are missing.
  std::optional<Phase> planned;
  std::optional<int> planned_number;  // its number, when it is an R&D phase
  // Milestones the flow needs that the timeline lacks (tender_deadline, ...),
  // and `needs` when the case does not describe them.
  std::vector<std::string> missing;
  // The schedule's overdue items: past their time, their record missing.
  std::vector<ScheduleItem> overdue;
  // The next thing due at or after now that is not done.
  std::optional<ScheduleItem> next;

  // The phase's status; a stage's phase the case does not have is not applicable.
  const PhaseStatus& phase(Phase p) const;
};

// The phases as the plan has them: which apply, the days each spans, the
// milestone that closes it and its record; every applicable one `upcoming`.
std::vector<PhaseStatus> phase_plan(const Case& kase, const CaseSchedule& schedule);

// What of a case's status no moment changes: the phases as the plan has
// them and the milestones the case lacks. Kept with the schedule by the
// tools' cache (see AsOf), so that a status is found without the case.
struct StatusPlan {
  std::vector<PhaseStatus> phases;
  std::vector<std::string> missing;

  bool operator==(const StatusPlan&) const = default;
};

StatusPlan status_plan(const Case& kase, const CaseSchedule& schedule);

// The status at `now` of the case whose plan and schedule items these are.
CaseStatus case_status(StatusPlan plan, std::span<const ScheduleItem> items, Instant now);
CaseStatus case_status(const Case& kase, const CaseSchedule& schedule, Instant now);

}  // namespace procure
