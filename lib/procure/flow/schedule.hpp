#pragma once
// A case's schedule: every milestone of its timeline as something that
// happens or is due at a moment, the dialogue meetings' registration
// deadlines, and the dates the rules add to it (the
// last day to answer questions, the end of the standstill counted from the
// award notice, the default end of tender validity), each marked done when
// its step is (CaseProgress). Reminders, the status of a case, the timeline
// view and the calendar export all read this list.

#include <optional>
#include <string>
#include <variant>
#include <vector>

#include "procure/core/diagnostic.hpp"
#include "procure/core/localized_text.hpp"
#include "procure/flow/case_progress.hpp"
#include "procure/model/case.hpp"
#include "procure/rules/rule_tables.hpp"
#include "procure/time/oslo_time.hpp"

namespace procure {

// What a computed item is counted from.
struct CountedFrom {
  // As case.yaml names it, for --json: "award_notice 2018-06-05",
  // "records.award_notices_sent 2018-06-05", or the contract's terms:
  // "contract.end 2021-08-31 + contract.options[0] 12mo = 2022-08-31".
  std::string entry;
  // The milestone it is, or whose step's record it is, so the text can name
  // it in the user's language; custom for the contract's terms (entry says).
  MilestoneKind milestone = MilestoneKind::custom;
  bool recorded = false;  // the record of the milestone's step, not the plan
  Date day;
  // The day the timeline plans, when the standstill holds the milestone
  // (the contract signature) back to `day` (StandstillHold).
  std::optional<Date> held_from;

  bool operator==(const CountedFrom&) const = default;
};

// A planned contract signature that falls within the standstill period (FOA
// § 25-2; 89/665/EEC art. 2a(2), as 2007/66/EC made it): the item is moved to the
// first moment the contract may be signed, and this says why.
struct StandstillHold {
  DateTime planned;          // the signature as the timeline plans it
  DateTime standstill_end;   // the standstill's end: CaseSchedule::last_of(standstill_end)
  DateTime first_allowed;    // the day after that day, or, for an end with a time, that time
  CountedFrom counted_from;  // the award notices it is counted from, when counted
  bool counted = false;      // counted by the rules (else the timeline's standstill_end)
  std::string rule;          // the standstill's rule and source, when a rule counts it
  std::string source;
  bool unconfirmed = false;

  bool operator==(const StandstillHold&) const = default;
};

struct ScheduleItem {
  std::string key;  // unique in the case: the milestone id, or "computed.<what>"
  MilestoneKind kind = MilestoneKind::custom;  // the milestone it is, or stands in for
  std::string title_key;                       // "name.action.tender_deadline"; empty if custom
  MessageArgs title_args;                      // the title's placeholders ({id} of an option)
  LocalizedText title;  // the case's own title for the milestone, if it gives one
  std::variant<DateTime, DateWindow> when;
  Instant start;  // the earliest moment: the time, the start of the day or of the window
  Instant due;    // when it is due: the time, the end of the day or of the window
  bool deadline = false;
  // The step whose record marks it done (records.notice_published); items
  // without one are over once their time has passed. The end of tender
  // validity is done, too, once the contract is signed.
  std::optional<Step> record;
  // The entry of case.yaml that records it when it is not a step of the
  // flow: "contract.options[0].exercised", "contract.ended".
  std::string record_entry;
  // The dialogue meeting (market_dialogue.meetings) whose registration
  // deadline it is; empty for every other item.
  std::string dialogue_meeting;
  bool done = false;
  std::string done_by;    // once done, where its record stands (StepRecord::source)
  bool computed = false;  // added by the rules, not written in the timeline
  // Counted by the contract's own terms (an option's notice, the expiry, the
  // case's lead time to the next procurement) rather than by a rule.
  bool by_contract_terms = false;
  std::string rule;  // a computed item's rule and source
  std::string source;
  bool unconfirmed = false;  // computed from a default the rules mark unconfirmed
  CountedFrom counted_from;  // a computed item's starting point
  // The contract signature, planned within the standstill period: due on
  // the first day the contract may be signed, not on the planned day.
  std::optional<StandstillHold> held_by_standstill;
  SourceSpan where;  // the milestone in case.yaml

  bool tracked() const { return record.has_value() || !record_entry.empty(); }
  // A milestone of the timeline, its key the milestone's id: neither added
  // by the rules nor a dialogue meeting's registration deadline.
  bool is_milestone() const { return !computed && dialogue_meeting.empty(); }
  // The entry that marks it done: records.<step>, or its record_entry; empty if none.
  std::string record_path() const { return record ? record_key(*record) : record_entry; }
  // Past its time with its record missing.
  bool overdue(Instant now) const { return tracked() && !done && due < now; }

  bool operator==(const ScheduleItem&) const = default;
};

struct CaseSchedule {
  std::vector<ScheduleItem> items;  // by due time, then in the order a procurement runs
  CaseProgress progress;            // what was done, as the schedule was built from it
  Diagnostics problems;             // times that do not exist in Oslo

  // The item of `kind` due last, or nullptr: of a planned standstill end
  // and one counted from the award notices recorded sent, the later, which
  // the award notices state.
  const ScheduleItem* last_of(MilestoneKind kind) const;
};

// Every dialogue meeting's own start, end and registration deadline (those
// written out, not named milestones, which the timeline's own check covers)
// that is not one instant in Oslo, each reported at its place: such a
// meeting or deadline would be left out of the calendar without a word.
void report_meeting_times(const Case& kase, Diagnostics& problems);

// A deadline the rules add to the schedule: due at the end of `day`.
ScheduleItem computed_item(std::string key, MilestoneKind kind, std::string title_key, Date day,
                           const RuleRef& ref, CountedFrom counted_from, const SourceSpan& where);

// A computed item's start: a milestone of the timeline on `day`, or the
// dated record of the step that does a milestone.
CountedFrom planned_from(const Milestone& milestone, Date day);
CountedFrom recorded_from(const StepRecord& record, MilestoneKind milestone);
// The planned milestone of `item`, held back by the standstill: counted
// from the first day it is allowed, naming the planned one.
CountedFrom held_from(const ScheduleItem& item, const StandstillHold& hold);

// The standstill's end is counted from the award notices' recorded day
// once they are sent, else from the planned one. A planned contract
// signature not yet recorded that falls before that end is held back to the
// day after it (StandstillHold), as check reports it
// (rules.signed-during-standstill).
CaseSchedule case_schedule(const Case& kase, CaseProgress progress, const RuleTables& tables);

}  // namespace procure
