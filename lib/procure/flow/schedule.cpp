#include "procure/flow/schedule.hpp"

#include <algorithm>

#include "procure/calendar/milestone_time.hpp"
#include "procure/calendar/period_end.hpp"
#include "procure/flow/contract_deadlines.hpp"
#include "procure/flow/phase_decisions.hpp"
#include "procure/rules/rule_check.hpp"

namespace procure {
namespace {

// The step whose record shows a milestone's step was done.
std::optional<Step> step_of(MilestoneKind kind) {
  switch (kind) {
    case MilestoneKind::dialogue_meeting_end:
      return Step::dialogue_held;
    case MilestoneKind::written_input_deadline:
      return Step::written_inputs_received;
    case MilestoneKind::notice_sent:
      return Step::notice_published;
    case MilestoneKind::tender_deadline:
      return Step::tenders_received;
    case MilestoneKind::tender_opening:
      return Step::tenders_opened;
    case MilestoneKind::award_notice:
      return Step::award_notices_sent;
    case MilestoneKind::contract_signature:
      return Step::contract_signed;
    default:
      return std::nullopt;
  }
}

std::string action_key(MilestoneKind kind) {
  return "name.action." + std::string(name_in(standard_milestones(), kind));
}

std::optional<ScheduleItem> from_milestone(const Milestone& m, const CaseProgress& progress,
                                           Diagnostics& problems) {
  const auto range = moments(m);
  if (!range) {
    problems.error(range.problem().code, range.problem().args, m.where);
    return std::nullopt;
  }
  ScheduleItem item;
  item.key = m.id;
  item.kind = m.kind;
  // A standard milestone may carry the case's own title ("Application
  // deadline" for a prize's tender_deadline); it wins over the catalog's.
  item.title = m.title;
  if (m.kind != MilestoneKind::custom)
    item.title_key = action_key(m.kind);
  item.when = m.when;
  item.deadline = is_deadline(m.kind);
  // A deadline given as a day is due at its end; an event's day starts at 00:00.
  const auto* exact = m.exact();
  item.start = exact != nullptr && !exact->time ? start_of_day(exact->date) : range->earliest;
  item.due = range->latest;
  if (const auto step = step_of(m.kind)) {
    item.record = step;
    if (const StepRecord* r = progress.find(*step)) {
      item.done = true;
      item.done_by = r->source;
    }
  }
  item.where = m.where;
  return item;
}

}  // namespace

ScheduleItem computed_item(std::string key, MilestoneKind kind, std::string title_key, Date day,
                           const RuleRef& ref, CountedFrom counted_from, const SourceSpan& where) {
  ScheduleItem item;
  item.key = std::move(key);
  item.kind = kind;
  item.title_key = std::move(title_key);
  item.when = DateTime{day, std::nullopt};
  item.start = start_of_day(day);
  item.due = end_of_day(day);
  item.deadline = true;
  item.computed = true;
  item.rule = ref.rule;
  item.source = ref.source;
  item.unconfirmed = ref.unconfirmed;
  item.counted_from = std::move(counted_from);
  item.where = where;
  return item;
}

CountedFrom planned_from(const Milestone& milestone, Date day) {
  return {milestone.id + " " + day.iso(), milestone.kind, false, day, std::nullopt};
}

CountedFrom recorded_from(const StepRecord& record, MilestoneKind milestone) {
  const Date day = record.at->date;
  return {record.source + " " + day.iso(), milestone, true, day, std::nullopt};
}

CountedFrom held_from(const ScheduleItem& item, const StandstillHold& hold) {
  const Date day = hold.first_allowed.date;
  return {item.key + " " + hold.planned.date.iso() + " held to " + day.iso(), item.kind, false, day,
          hold.planned.date};
}

namespace {

// The last day to send answers: the days-before limit counted back from the
// tender deadline, and back again to a working day, so the answers are out in time.
void add_answers_due(const Case& kase, const RuleTables& tables, std::vector<ScheduleItem>& items) {
  const Milestone* deadline = kase.timeline.find(MilestoneKind::tender_deadline);
  const TimeLimitRow* row = applicable_time_limit(
      kase, tables, MilestoneKind::clarification_deadline, MilestoneKind::tender_deadline);
  if (deadline == nullptr || row == nullptr || row->check != TimeLimitCheck::days_before)
    return;
  const WorkingCalendar calendar(kase.closing_days);
  Date last = deadline->earliest_date().plus_days(-row->days);
  if (!calendar.is_working_day(last))
    last = calendar.previous_working_day(last);
  items.push_back(
      computed_item("computed.answers_due", MilestoneKind::custom, "name.action.answers_due", last,
                    row->ref, planned_from(*deadline, deadline->earliest_date()), deadline->where));
}

// The standstill's end counted from the award notice: when the timeline has
// no standstill_end, or the award notices were sent on a recorded day.
void add_standstill_end(const Case& kase, const CaseProgress& progress, const RuleTables& tables,
                        std::vector<ScheduleItem>& items) {
  const Milestone* award = kase.timeline.find(MilestoneKind::award_notice);
  const StepRecord* recorded = progress.find(Step::award_notices_sent);
  const bool planned_end = kase.timeline.find(MilestoneKind::standstill_end) != nullptr;
  if (planned_end && (recorded == nullptr || !recorded->at))
    return;
  std::optional<CountedFrom> from;
  if (recorded != nullptr && recorded->at)
    from = recorded_from(*recorded, MilestoneKind::award_notice);
  else if (award != nullptr && award->exact() != nullptr)
    from = planned_from(*award, award->exact()->date);
  const TimeLimitRow* row = applicable_time_limit(kase, tables, MilestoneKind::award_notice,
                                                  MilestoneKind::standstill_end);
  if (!from || row == nullptr)
    return;
  const auto period = count_period(from->day, Period{row->days, PeriodUnit::days},
                                   WorkingCalendar(kase.closing_days));
  if (!period)
    return;
  std::string key = "computed.standstill_end";
  if (planned_end) {
    // It keeps the planned end's key, so that a calendar updates the event
    // it already has once the award notices are sent.
    key = kase.timeline.find(MilestoneKind::standstill_end)->id;
    std::erase_if(items,
                  [](const ScheduleItem& i) { return i.kind == MilestoneKind::standstill_end; });
  }
  const SourceSpan* where =
      kase.location(recorded != nullptr ? recorded->source : "timeline.award_notice");
  items.push_back(computed_item(key, MilestoneKind::standstill_end, "name.action.standstill_end",
                                period->last, row->ref, *from,
                                where != nullptr ? *where : SourceSpan{}));
}

// The default end of tender validity when the timeline states none.
void add_tender_validity(const Case& kase, const RuleTables& tables,
                         std::vector<ScheduleItem>& items) {
  if (kase.procedure == Procedure::prize || kase.regime == Regime::none ||
      kase.timeline.find(MilestoneKind::tender_validity_end) != nullptr)
    return;
  const Milestone* deadline = kase.timeline.find(MilestoneKind::tender_deadline);
  if (deadline == nullptr)
    return;
  const Milestone* notice = kase.timeline.find(MilestoneKind::notice_sent);
  const Date day = notice != nullptr ? notice->latest_date() : deadline->latest_date();
  const TenderValidityRow* row = tables.tender_validity_in_force(day);
  if (row == nullptr)
    return;
  const auto period = count_period(deadline->latest_date(), Period{row->days, PeriodUnit::days},
                                   WorkingCalendar(kase.closing_days));
  if (!period)
    return;
  items.push_back(computed_item("computed.tender_validity_end", MilestoneKind::tender_validity_end,
                                "name.action.tender_validity_end", period->last, row->ref,
                                planned_from(*deadline, deadline->latest_date()), deadline->where));
}

// An R&D phase's end, written as a milestone, waits for the decision on each
// partner still in the innovation partnership (2014/24/EU art. 31(2)).
void track_phase_decisions(const Case& kase, std::vector<ScheduleItem>& items) {
  const auto& partnership = kase.stages.partnership;
  if (!partnership)
    return;
  for (const auto& phase : partnership->phases) {
    for (auto& item : items) {
      if (phase.end.milestone.empty() || item.key != phase.end.milestone || item.computed)
        continue;
      item.record_entry = phase_decisions_path(phase);
      item.done = partnership->decided(phase);
      if (item.done)
        item.done_by = item.record_entry;
    }
  }
}

// The requests to participate are opened once their deadline has passed
// (2014/24/EU art. 22(3)): the deadline is done when the requests' opening
// protocol holds, and overdue past it without one, as the tender deadline
// waits for the tenders' opening.
void track_requests_opening(const Case& kase, const CaseProgress& progress,
                            std::vector<ScheduleItem>& items) {
  if (!kase.stages.prequalification)
    return;
  for (auto& item : items) {
    if (item.kind != MilestoneKind::participation_deadline || item.computed)
      continue;
    item.record_entry = std::string(requests_opening_protocol_file);
    item.done = progress.requests_opened.has_value();
    if (item.done)
      item.done_by = progress.requests_opened->source;
  }
}

// A planned signature the standstill forbids is not due on its planned day:
// it is held back to the first moment after the standstill's end (the one
// the award notices and the procurement record state, last_of), as
// check_contract_timing counts it. A recorded signature is what happened:
// check and record report it, the schedule keeps it.
void hold_signature_for_standstill(const Case& kase, const RuleTables& tables,
                                   std::vector<ScheduleItem>& items) {
  // The end that last_of gives once the items are in order; a window is
  // still being planned, and holds nothing back.
  const ScheduleItem* standstill = nullptr;
  for (const auto& item : items) {
    if (item.kind == MilestoneKind::standstill_end &&
        (standstill == nullptr || standstill->due < item.due))
      standstill = &item;
  }
  if (standstill == nullptr || !std::holds_alternative<DateTime>(standstill->when))
    return;
  for (auto& item : items) {
    const auto* planned = std::get_if<DateTime>(&item.when);
    if (item.kind != MilestoneKind::contract_signature || item.computed || item.done ||
        planned == nullptr || item.start >= standstill->due)
      continue;
    StandstillHold hold;
    hold.planned = *planned;
    // A day's end is the next day's start; an end with a time allows that moment.
    const DateTime end = std::get<DateTime>(standstill->when);
    hold.standstill_end = end;
    hold.first_allowed = end.time ? end : DateTime{end.date.plus_days(1), std::nullopt};
    hold.counted = standstill->computed;
    hold.counted_from = standstill->counted_from;
    hold.rule = standstill->rule;
    hold.source = standstill->source;
    hold.unconfirmed = standstill->unconfirmed;
    // A planned end cites the rule it is checked against, where one applies.
    const TimeLimitRow* row = applicable_time_limit(kase, tables, MilestoneKind::award_notice,
                                                    MilestoneKind::standstill_end);
    if (!standstill->computed && row != nullptr) {
      hold.rule = row->ref.rule;
      hold.source = row->ref.source;
      hold.unconfirmed = row->ref.unconfirmed;
    }
    item.when = hold.first_allowed;
    item.start = standstill->due;
    item.due = end.time ? standstill->due : end_of_day(hold.first_allowed.date);
    item.held_by_standstill = std::move(hold);
  }
}

// The last moment suppliers may register for each dialogue meeting, written
// out in market_dialogue (one that names a milestone is that milestone's
// own item): a deadline for them, as the written input's is, over once it
// has passed (late registrations are dialogue check's).
void add_registration_deadlines(const Case& kase, std::vector<ScheduleItem>& items) {
  for (const auto& meeting : kase.market_dialogue.meetings) {
    const auto& ref = meeting.registration_deadline;
    if (!ref || !ref->at)
      continue;
    const auto range = moments(*ref->at);
    if (!range)
      continue;  // report_meeting_times tells
    ScheduleItem item;
    item.key = "dialogue." + meeting.id + ".registration_deadline";
    item.title_key = "name.action.registration_deadline";
    item.title_args = {{"meeting", meeting.id}};
    item.when = *ref->at;
    item.start = range->earliest;
    item.due = range->latest;
    item.deadline = true;
    item.dialogue_meeting = meeting.id;
    item.where = ref->where;
    items.push_back(std::move(item));
  }
}

}  // namespace

const ScheduleItem* CaseSchedule::last_of(MilestoneKind kind) const {
  const auto found = std::find_if(items.rbegin(), items.rend(),
                                  [kind](const ScheduleItem& item) { return item.kind == kind; });
  return found == items.rend() ? nullptr : &*found;
}

void report_meeting_times(const Case& kase, Diagnostics& problems) {
  for (const auto& meeting : kase.market_dialogue.meetings) {
    const TimeRef* registration =
        meeting.registration_deadline ? &*meeting.registration_deadline : nullptr;
    for (const TimeRef* ref : {&meeting.start, &meeting.end, registration}) {
      if (ref == nullptr || !ref->at || !ref->at->time)
        continue;
      const auto at = oslo_instant(ref->at->date, *ref->at->time);
      if (!at)
        problems.error(at.problem().code, at.problem().args, ref->where);
    }
  }
}

CaseSchedule case_schedule(const Case& kase, CaseProgress progress, const RuleTables& tables) {
  CaseSchedule schedule;
  schedule.progress = std::move(progress);
  for (const auto& m : kase.timeline.milestones) {
    if (auto item = from_milestone(m, schedule.progress, schedule.problems))
      schedule.items.push_back(std::move(*item));
  }
  report_meeting_times(kase, schedule.problems);
  add_registration_deadlines(kase, schedule.items);
  add_answers_due(kase, tables, schedule.items);
  add_standstill_end(kase, schedule.progress, tables, schedule.items);
  add_tender_validity(kase, tables, schedule.items);
  // Before the dates counted from the signature, which count from the held day.
  hold_signature_for_standstill(kase, tables, schedule.items);
  add_contract_deadlines(kase, schedule.progress, tables, schedule.items);
  track_phase_decisions(kase, schedule.items);
  track_requests_opening(kase, schedule.progress, schedule.items);
  // Tenders need to bind only until the contract is signed.
  if (const StepRecord* signed_at = schedule.progress.find(Step::contract_signed)) {
    for (auto& item : schedule.items) {
      if (item.kind == MilestoneKind::tender_validity_end) {
        item.done = true;
        item.done_by = signed_at->source;
      }
    }
  }
  std::stable_sort(schedule.items.begin(), schedule.items.end(),
                   [](const ScheduleItem& a, const ScheduleItem& b) {
                     if (a.due != b.due)
                       return a.due < b.due;
                     return static_cast<int>(a.kind) < static_cast<int>(b.kind);
                   });
  return schedule;
}

}  // namespace procure
