#include "procure/flow/schedule.hpp"

#include <algorithm>

#include "procure/calendar/milestone_time.hpp"
#include "procure/calendar/period_end.hpp"
#include "procure/rules/rule_check.hpp"

namespace procure {
namespace {

// The record that shows a milestone's step was done, and whether it exists.
std::optional<std::pair<std::string, bool>> record_of(const Case& kase, MilestoneKind kind) {
  const auto& r = kase.records;
  switch (kind) {
    case MilestoneKind::dialogue_meeting_end:
      return std::pair{"records.dialogue_held", r.dialogue_held.has_value()};
    case MilestoneKind::written_input_deadline:
      return std::pair{"records.written_inputs_received", r.written_inputs_received.has_value()};
    case MilestoneKind::notice_sent:
      return std::pair{"records.notice_published", r.notice_published.has_value()};
    case MilestoneKind::tender_deadline:
      return std::pair{"records.tenders_received", r.tenders_received.has_value()};
    case MilestoneKind::tender_opening:
      return std::pair{"records.tenders_opened", r.tenders_opened.has_value()};
    case MilestoneKind::award_notice:
      return std::pair{"records.award_notices_sent", r.award_notices_sent.has_value()};
    case MilestoneKind::contract_signature:
      return std::pair{"records.contract_signed", r.contract_signed.has_value()};
    default:
      return std::nullopt;
  }
}

std::string action_key(MilestoneKind kind) {
  return "name.action." + std::string(name_in(standard_milestones(), kind));
}

std::optional<ScheduleItem> from_milestone(const Case& kase, const Milestone& m,
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
  if (const auto record = record_of(kase, m.kind)) {
    item.record = record->first;
    item.done = record->second;
  }
  item.where = m.where;
  return item;
}

ScheduleItem computed_item(std::string key, MilestoneKind kind, std::string title_key, Date day,
                           const RuleRef& ref, std::string counted_from, const SourceSpan& where) {
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
  items.push_back(computed_item(
      "computed.answers_due", MilestoneKind::custom, "name.action.answers_due", last, row->ref,
      deadline->id + " " + deadline->earliest_date().iso(), deadline->where));
}

// The standstill's end counted from the award notice: when the timeline has
// no standstill_end, or the award notices were sent on a recorded day.
void add_standstill_end(const Case& kase, const RuleTables& tables,
                        std::vector<ScheduleItem>& items) {
  const Milestone* award = kase.timeline.find(MilestoneKind::award_notice);
  const auto& recorded = kase.records.award_notices_sent;
  const bool planned_end = kase.timeline.find(MilestoneKind::standstill_end) != nullptr;
  if (planned_end && !recorded)
    return;
  std::optional<Date> from;
  std::string counted_from;
  if (recorded) {
    from = *recorded;
    counted_from = "records.award_notices_sent " + recorded->iso();
  } else if (award != nullptr && award->exact() != nullptr) {
    from = award->exact()->date;
    counted_from = award->id + " " + from->iso();
  }
  const TimeLimitRow* row = applicable_time_limit(kase, tables, MilestoneKind::award_notice,
                                                  MilestoneKind::standstill_end);
  if (!from || row == nullptr)
    return;
  const auto period =
      count_period(*from, Period{row->days, PeriodUnit::days}, WorkingCalendar(kase.closing_days));
  if (!period)
    return;
  if (planned_end) {
    std::erase_if(items,
                  [](const ScheduleItem& i) { return i.kind == MilestoneKind::standstill_end; });
  }
  const SourceSpan* where =
      kase.location(recorded ? "records.award_notices_sent" : "timeline.award_notice");
  items.push_back(computed_item("computed.standstill_end", MilestoneKind::standstill_end,
                                "name.action.standstill_end", period->last, row->ref, counted_from,
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
                                deadline->id + " " + deadline->latest_date().iso(),
                                deadline->where));
}

}  // namespace

CaseSchedule case_schedule(const Case& kase, const RuleTables& tables) {
  CaseSchedule schedule;
  for (const auto& m : kase.timeline.milestones) {
    if (auto item = from_milestone(kase, m, schedule.problems))
      schedule.items.push_back(std::move(*item));
  }
  add_answers_due(kase, tables, schedule.items);
  add_standstill_end(kase, tables, schedule.items);
  add_tender_validity(kase, tables, schedule.items);
  std::stable_sort(schedule.items.begin(), schedule.items.end(),
                   [](const ScheduleItem& a, const ScheduleItem& b) {
                     if (a.due != b.due)
                       return a.due < b.due;
                     return static_cast<int>(a.kind) < static_cast<int>(b.kind);
                   });
  return schedule;
}

}  // namespace procure
