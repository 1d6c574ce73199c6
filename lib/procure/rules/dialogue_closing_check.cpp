// The close of a competitive dialogue (2014/24/EU art. 30(6)): the final
// tenders are asked for only once the dialogue is declared concluded, and
// every participant still in is invited to submit one.
#include <algorithm>

#include "procure/calendar/milestone_time.hpp"
#include "procure/rules/check_steps.hpp"

namespace procure::rules_detail {
namespace {

const std::string closing_rule = "2014/24/EU art. 30(6)";
const std::string closing_source = "https://eur-lex.europa.eu/eli/dir/2014/24/oj";

void check_final_deadline(CheckContext& ctx, const DialogueClosing& closing,
                          const NegotiationRound& final_round) {
  const auto closed = ctx.kase.timeline.resolve(closing.at);
  // A close that is the last dialogue round's end is checked with the rounds
  // (stages.final-before-negotiations-end): one finding for one mistake.
  const NegotiationRound* last_dialogue = ctx.kase.stages.round(final_round.number - 1);
  if (last_dialogue != nullptr && last_dialogue->negotiations_end && closed &&
      ctx.kase.timeline.resolve(*last_dialogue->negotiations_end) == closed)
    return;
  const auto deadline = ctx.kase.timeline.resolve(final_round.tender_deadline);
  if (!closed || !deadline)
    return;
  const auto closed_moments = moments(*closed);
  const auto due = due_instant(*deadline);
  if (!closed_moments || !due)
    return;
  const bool passed = *due > closed_moments->latest;
  if (!passed) {
    ctx.finding(Severity::error, "dialogue.final-before-closing",
                {{"round", std::to_string(final_round.number)},
                 {"deadline", deadline->iso()},
                 {"closed", closed->iso()}},
                final_round.tender_deadline.where, closing_rule, closing_source);
  }
  ctx.applied("dialogue:final-after-closing", closing_rule, closing_source, passed);
}

void check_invited(CheckContext& ctx, const DialogueClosing& closing,
                   const NegotiationRound& final_round) {
  if (closing.invited_all || !ctx.kase.stages.prequalification)
    return;
  std::string missing;
  for (const auto& id : ctx.kase.stages.remaining_before(final_round.number)) {
    if (std::find(closing.invited.begin(), closing.invited.end(), id) == closing.invited.end())
      missing += (missing.empty() ? "" : ", ") + id;
  }
  if (!missing.empty()) {
    ctx.finding(Severity::error, "dialogue.final-invitation-missing", {{"missing", missing}},
                closing.invited_where, closing_rule, closing_source);
  }
  ctx.applied("dialogue:final-invitations", closing_rule, closing_source, missing.empty());
}

}  // namespace

void check_dialogue_closing(CheckContext& ctx) {
  const auto& closing = ctx.kase.stages.dialogue_closing;
  const NegotiationRound* final_round = ctx.kase.stages.deciding_round();
  if (!closing || final_round == nullptr)
    return;
  check_final_deadline(ctx, *closing, *final_round);
  check_invited(ctx, *closing, *final_round);
}

}  // namespace procure::rules_detail
