#include "procure/flow/case_status.hpp"

#include <algorithm>
#include <array>

#include "procure/calendar/milestone_time.hpp"
#include "procure/flow/phase_decisions.hpp"

namespace procure {
namespace {

constexpr std::array<Choice<Phase>, 14> phases{{
    {"needs", Phase::needs},
    {"market-dialogue", Phase::market_dialogue},
    {"written-input", Phase::written_input},
    {"notice", Phase::notice},
    {"prequalification", Phase::prequalification},
    {"tender-period", Phase::tender_period},
    {"negotiation", Phase::negotiation},
    {"dialogue", Phase::dialogue},
    {"evaluation", Phase::evaluation},
    {"award", Phase::award},
    {"standstill", Phase::standstill},
    {"contract", Phase::contract},
    {"development", Phase::development},
    {"acquisition", Phase::acquisition},
}};

constexpr std::array<Choice<PhaseState>, 5> states{{
    {"not-applicable", PhaseState::not_applicable},
    {"done", PhaseState::done},
    {"overdue", PhaseState::overdue},
    {"current", PhaseState::current},
    {"upcoming", PhaseState::upcoming},
}};

class StatusBuilder {
 public:
  StatusBuilder(const Case& kase, const CaseSchedule& schedule)
      : kase_(kase), schedule_(schedule) {}

  const ScheduleItem* item(MilestoneKind kind) const {
    // A computed item (the standstill counted from the award notice) stands in for the milestone.
    const ScheduleItem* found = nullptr;
    for (const auto& i : schedule_.items) {
      if (i.kind == kind && (found == nullptr || i.computed))
        found = &i;
    }
    return found;
  }
  // The day of an item the rules put there: computed, or a signature the
  // standstill holds back; it stands for the milestone's planned day.
  std::optional<Date> rules_day(MilestoneKind kind) const {
    if (const ScheduleItem* i = item(kind); i != nullptr && (i->computed || i->held_by_standstill))
      return std::get<DateTime>(i->when).date;
    return std::nullopt;
  }
  std::optional<Date> first_day(MilestoneKind kind) const {
    if (const ScheduleItem* i = item(kind); i != nullptr && i->held_by_standstill)
      return rules_day(kind);
    const Milestone* m = kase_.timeline.find(kind);
    return m != nullptr ? std::optional(m->earliest_date()) : std::nullopt;
  }
  std::optional<Date> last_day(MilestoneKind kind) const {
    if (const auto day = rules_day(kind))
      return day;
    const Milestone* m = kase_.timeline.find(kind);
    return m != nullptr ? std::optional(m->latest_date()) : std::nullopt;
  }
  bool has(MilestoneKind kind) const { return item(kind) != nullptr; }
  const ScheduleItem* item(const TimeRef& ref) const {
    for (const auto& i : schedule_.items) {
      if (!ref.milestone.empty() && i.key == ref.milestone)
        return &i;
    }
    return nullptr;
  }

  const StepRecord* record(Step step) const { return schedule_.progress.find(step); }

  PhaseStatus phase(Phase p, bool applicable, std::optional<MilestoneKind> closing,
                    std::optional<Step> step, std::optional<Date> first,
                    std::optional<Date> last) const {
    PhaseStatus s;
    s.phase = p;
    s.state = applicable ? PhaseState::upcoming : PhaseState::not_applicable;
    if (step) {
      s.record = record_key(*step);
      if (const StepRecord* r = record(*step)) {
        s.recorded = true;
        s.source = r->source;
        s.count = r->count;
        s.done_at = r->at;
      }
    }
    if (const ScheduleItem* i = closing ? item(*closing) : nullptr) {
      s.milestone = i->key;
      s.due = i->due;
    }
    s.first = first ? first : last;
    s.last = last ? last : first;
    if (s.first && s.last && *s.last < *s.first)
      std::swap(s.first, s.last);
    return s;
  }

 private:
  const Case& kase_;
  const CaseSchedule& schedule_;
};

// An innovation partnership goes on after the contract: its R&D phases, each
// closed by its planned end and done once every partner still in has its
// decision, then the acquisition of the result, done once it is recorded.
void add_partnership_phases(const Case& kase, const StatusBuilder& b,
                            std::vector<PhaseStatus>& plan) {
  const auto& partnership = kase.stages.partnership;
  if (!partnership)
    return;
  std::optional<Date> first = b.last_day(MilestoneKind::contract_signature);
  for (const auto& phase : partnership->phases) {
    PhaseStatus s = b.phase(Phase::development, true, std::nullopt, std::nullopt, first, first);
    s.number = phase.number;
    s.record = phase_decisions_path(phase);
    if (const ScheduleItem* end = b.item(phase.end)) {
      s.milestone = end->key;
      s.due = end->due;
    } else if (const auto at = kase.timeline.resolve(phase.end)) {
      if (const auto due = due_instant(*at))
        s.due = *due;
    }
    if (s.due) {
      s.last = oslo_local(*s.due - std::chrono::seconds(1)).date;
      if (!s.first || *s.last < *s.first)
        s.first = s.last;
    }
    if (partnership->decided(phase)) {
      s.recorded = true;
      s.source = s.record;
      for (const auto& d : phase.decisions) {
        if (!s.done_at || s.done_at->date < d.on)
          s.done_at = DateTime{d.on, std::nullopt};
      }
    }
    first = s.last;
    plan.push_back(std::move(s));
  }
  PhaseStatus acquisition =
      b.phase(Phase::acquisition, true, std::nullopt, std::nullopt, first, std::nullopt);
  acquisition.record = "stages.partnership.acquisition";
  if (const auto& bought = partnership->acquisition) {
    acquisition.recorded = true;
    acquisition.source = acquisition.record;
    acquisition.done_at = DateTime{bought->on, std::nullopt};
    acquisition.last = bought->on;
    if (!acquisition.first || bought->on < *acquisition.first)
      acquisition.first = bought->on;
  }
  plan.push_back(std::move(acquisition));
}

}  // namespace

MessageArgs phase_display_args(const PhaseStatus& phase) {
  if (!phase.number)
    return {};
  return {{"number", std::to_string(*phase.number)}};
}

std::span<const Choice<Phase>> phase_choices() {
  return phases;
}

std::string phase_display_key(Phase phase) {
  return "name.phase." + std::string(name_in<Phase>(phases, phase));
}

const PhaseStatus& CaseStatus::phase(Phase p) const {
  for (const auto& status : phases) {
    if (status.phase == p)
      return status;
  }
  static const PhaseStatus absent = [] {
    PhaseStatus status;
    status.state = PhaseState::not_applicable;
    return status;
  }();
  return absent;
}

std::span<const Choice<PhaseState>> phase_state_choices() {
  return states;
}

std::vector<PhaseStatus> phase_plan(const Case& kase, const CaseSchedule& schedule) {
  using K = MilestoneKind;
  const StatusBuilder b(kase, schedule);
  const bool procurement = kase.procedure != Procedure::prize && kase.regime != Regime::none;
  const bool dialogue = !kase.market_dialogue.meetings.empty() ||
                        b.has(K::dialogue_meeting_start) || b.has(K::dialogue_meeting_end);
  const bool written =
      kase.market_dialogue.written_input.has_value() || b.has(K::written_input_deadline);
  const auto dialogue_last = b.last_day(K::dialogue_meeting_end)
                                 ? b.last_day(K::dialogue_meeting_end)
                                 : b.last_day(K::dialogue_meeting_start);
  const auto notice_last = b.last_day(K::notice_sent);
  const auto evaluation_first = b.first_day(K::tender_opening) ? b.first_day(K::tender_opening)
                                                               : b.last_day(K::tender_deadline);
  const ScheduleItem* standstill = b.item(K::standstill_end);
  const StepRecord* sent = b.record(Step::award_notices_sent);
  const std::optional<Date> sent_on =
      sent != nullptr && sent->at ? std::optional(sent->at->date) : b.last_day(K::award_notice);

  // The needs are described, or not: the case's own text is their record.
  PhaseStatus needs =
      b.phase(Phase::needs, true, std::nullopt, std::nullopt, std::nullopt, std::nullopt);
  needs.record = "needs";
  needs.recorded = !kase.needs.empty();
  if (needs.recorded)
    needs.source = "needs";
  PhaseStatus standstill_phase =
      b.phase(Phase::standstill, standstill != nullptr, K::standstill_end, Step::award_notices_sent,
              sent_on, b.last_day(K::standstill_end));
  // The standstill needs no record of its own: it is over when its end has
  // passed after the award notices were sent, and done on its last day.
  standstill_phase.recorded = standstill_phase.recorded && standstill != nullptr;
  standstill_phase.done_at.reset();
  if (standstill_phase.recorded && standstill_phase.last)
    standstill_phase.done_at = DateTime{*standstill_phase.last, std::nullopt};
  // A case in stages: the prequalification runs from the notice to the
  // invitation to tender, and the negotiation from the initial tenders to the
  // final tender deadline; neither has a record of its own (see case_status).
  const bool prequalified = kase.stages.prequalification.has_value();
  const auto invitation_last = b.has(K::invitation_sent) ? b.last_day(K::invitation_sent)
                                                         : b.last_day(K::participation_deadline);
  PhaseStatus prequalification =
      b.phase(Phase::prequalification, prequalified,
              b.has(K::invitation_sent) ? K::invitation_sent : K::participation_deadline,
              std::nullopt, notice_last, invitation_last);
  const NegotiationRound* deciding = kase.stages.deciding_round();
  const bool negotiated = deciding != nullptr && deciding->number > 1;
  PhaseStatus negotiation = b.phase(Phase::negotiation, negotiated, std::nullopt, std::nullopt,
                                    evaluation_first, std::nullopt);
  if (const ScheduleItem* final_deadline =
          negotiated ? b.item(deciding->tender_deadline) : nullptr) {
    negotiation.milestone = final_deadline->key;
    negotiation.due = final_deadline->due;
    negotiation.last = oslo_local(final_deadline->due - std::chrono::seconds(1)).date;
  }
  // A competitive dialogue's rounds are its dialogue, up to the final tenders.
  if (kase.procedure == Procedure::competitive_dialogue)
    negotiation.phase = Phase::dialogue;
  std::vector<PhaseStatus> plan{
      needs,
      b.phase(Phase::market_dialogue, dialogue,
              b.has(K::dialogue_meeting_end) ? K::dialogue_meeting_end : K::dialogue_meeting_start,
              Step::dialogue_held, b.first_day(K::dialogue_meeting_start), dialogue_last),
      b.phase(Phase::written_input, written, K::written_input_deadline,
              Step::written_inputs_received,
              dialogue_last ? dialogue_last : b.first_day(K::prior_information_notice),
              b.last_day(K::written_input_deadline)),
      b.phase(Phase::notice, procurement || b.has(K::notice_sent), K::notice_sent,
              Step::notice_published, b.first_day(K::notice_sent), notice_last),
      prequalification,
      b.phase(Phase::tender_period, procurement || b.has(K::tender_deadline), K::tender_deadline,
              Step::tenders_received, prequalified ? invitation_last : notice_last,
              b.last_day(K::tender_deadline)),
      negotiation,
      b.phase(Phase::evaluation, procurement || kase.award.has_value(),
              b.has(K::award_notice) ? K::award_notice : K::contract_signature, Step::scores_agreed,
              negotiated && negotiation.last ? negotiation.last : evaluation_first,
              b.last_day(K::award_notice)),
      b.phase(Phase::award, procurement || b.has(K::award_notice), K::award_notice,
              Step::award_notices_sent, b.first_day(K::award_notice), b.last_day(K::award_notice)),
      standstill_phase,
      b.phase(Phase::contract, procurement || b.has(K::contract_signature), K::contract_signature,
              Step::contract_signed, b.first_day(K::contract_signature),
              b.last_day(K::contract_signature)),
  };
  // A case of one round keeps the nine phases it always had.
  std::erase_if(plan, [](const PhaseStatus& p) {
    return (p.phase == Phase::prequalification || p.phase == Phase::negotiation ||
            p.phase == Phase::dialogue) &&
           p.state == PhaseState::not_applicable;
  });
  add_partnership_phases(kase, b, plan);
  return plan;
}

StatusPlan status_plan(const Case& kase, const CaseSchedule& schedule) {
  using K = MilestoneKind;
  StatusPlan plan{phase_plan(kase, schedule), {}};
  if (kase.needs.empty())
    plan.missing.emplace_back("needs");
  if (kase.procedure != Procedure::prize && kase.regime != Regime::none) {
    const StatusBuilder b(kase, schedule);
    for (const K kind :
         {K::notice_sent, K::tender_deadline, K::award_notice, K::contract_signature}) {
      if (!b.has(kind))
        plan.missing.emplace_back(name_in(standard_milestones(), kind));
    }
  }
  return plan;
}

CaseStatus case_status(StatusPlan plan, std::span<const ScheduleItem> items, Instant now) {
  CaseStatus status;
  status.phases = std::move(plan.phases);
  status.missing = std::move(plan.missing);
  for (auto& p : status.phases) {
    // The standstill has no record of its own: it is over once its end has passed.
    if (p.phase == Phase::standstill && p.recorded && p.due && *p.due > now) {
      p.recorded = false;
      p.source.clear();
      p.done_at.reset();
    }
    if (p.state == PhaseState::not_applicable)
      continue;
    // The stages have no record of their own: over once their closing milestone has passed.
    if ((p.phase == Phase::prequalification || p.phase == Phase::negotiation ||
         p.phase == Phase::dialogue) &&
        p.due && *p.due < now) {
      p.recorded = true;
      p.done_at = DateTime{oslo_local(*p.due - std::chrono::seconds(1)).date, std::nullopt};
    }
    if (p.recorded) {
      p.state = PhaseState::done;
    } else if (p.due && *p.due < now && p.phase != Phase::standstill) {
      // A period is never overdue: it waits for the award notices it runs from.
      p.state = PhaseState::overdue;
    }
    if (!status.current && p.state != PhaseState::done) {
      status.current = p.phase;
      status.current_number = p.number;
      if (p.state == PhaseState::upcoming)
        p.state = PhaseState::current;
    }
  }

  // A phase has begun by the plan on its first day, but not before the
  // milestone that closes the phase before it: the evaluation begins at
  // the tender deadline's hour, not at midnight before it.
  const Date today = oslo_local(now).date;
  const PhaseStatus* before = nullptr;
  for (const auto& p : status.phases) {
    if (p.state == PhaseState::not_applicable)
      continue;
    if (p.first && *p.first <= today && (!before || !before->due || *before->due <= now)) {
      status.planned = p.phase;
      status.planned_number = p.number;
    }
    before = &p;
  }

  for (const auto& i : items) {
    if (i.overdue(now))
      status.overdue.push_back(i);
    else if (!status.next && !i.done && i.due >= now)
      status.next = i;
  }
  return status;
}

CaseStatus case_status(const Case& kase, const CaseSchedule& schedule, Instant now) {
  return case_status(status_plan(kase, schedule), schedule.items, now);
}

}  // namespace procure
