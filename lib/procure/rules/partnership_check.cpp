// The rules of an innovation partnership after its award (2014/24/EU art.
// 31(2)): the contracting authority decides after each phase, on the
// intermediate targets, to go on with a partner or to end its partnership,
// and may end one only where the procurement documents said so; the result
// is bought, without a new competition, from partners still in it.
#include <algorithm>

#include "procure/rules/check_steps.hpp"

namespace procure::rules_detail {
namespace {

const std::string partnership_rule = "2014/24/EU art. 31(2)";
const std::string partnership_source = "https://eur-lex.europa.eu/eli/dir/2014/24/oj";

void check_decision(CheckContext& ctx, const Partnership& partnership,
                    const DevelopmentPhase& phase, const PartnerDecision& decision) {
  const MessageArgs args{{"partner", decision.partner},
                         {"phase", std::to_string(phase.number)},
                         {"date", decision.on.iso()}};
  if (const auto ended = partnership.ended_before(decision.partner, phase.number)) {
    auto with_ended = args;
    with_ended.emplace_back("ended", std::to_string(*ended));
    ctx.finding(Severity::error, "partnership.decision-after-end", std::move(with_ended),
                decision.where, partnership_rule, partnership_source);
    ctx.applied("partnership:phase-" + std::to_string(phase.number) + "-partners", partnership_rule,
                partnership_source, false);
    return;
  }
  // The decision rests on the targets the phase was to attain: it is taken at its end.
  if (const auto end = ctx.kase.timeline.resolve(phase.end)) {
    const bool passed = !(decision.on < end->date);
    if (!passed) {
      auto with_end = args;
      with_end.emplace_back("end", end->iso());
      ctx.finding(Severity::error, "partnership.decision-before-phase-end", std::move(with_end),
                  decision.where, partnership_rule, partnership_source);
    }
    ctx.applied("partnership:phase-" + std::to_string(phase.number) + "-decision-date",
                partnership_rule, partnership_source, passed);
  }
  if (decision.decision == PhaseDecision::end) {
    if (!partnership.termination_reserved) {
      ctx.finding(Severity::error, "partnership.end-not-reserved", args, decision.decision_where,
                  partnership_rule, partnership_source);
    }
    ctx.applied("partnership:phase-" + std::to_string(phase.number) + "-end", partnership_rule,
                partnership_source, partnership.termination_reserved);
  }
}

}  // namespace

void check_partnership(CheckContext& ctx) {
  const auto& partnership = ctx.kase.stages.partnership;
  if (!partnership)
    return;
  for (const auto& phase : partnership->phases) {
    for (const auto& decision : phase.decisions)
      check_decision(ctx, *partnership, phase, decision);
  }
  const auto& acquisition = partnership->acquisition;
  if (!acquisition)
    return;
  const int after_last = static_cast<int>(partnership->phases.size()) + 1;
  bool passed = true;
  for (const auto& id : acquisition->partners) {
    if (const auto ended = partnership->ended_before(id, after_last)) {
      passed = false;
      ctx.finding(Severity::error, "partnership.acquisition-from-ended",
                  {{"partner", id}, {"ended", std::to_string(*ended)}}, acquisition->where,
                  partnership_rule, partnership_source);
    }
  }
  ctx.applied("partnership:acquisition", partnership_rule, partnership_source, passed);
}

}  // namespace procure::rules_detail
