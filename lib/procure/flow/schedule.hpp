#pragma once
// A case's schedule: every milestone of its timeline as something that
// happens or is due at a moment, and the dates the rules add to it (the
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

struct ScheduleItem {
  std::string key;  // unique in the case: the milestone id, or "computed.<what>"
  MilestoneKind kind = MilestoneKind::custom;  // the milestone it is, or stands in for
  std::string title_key;                       // "name.action.tender_deadline"; empty if custom
  LocalizedText title;  // the case's own title for the milestone, if it gives one
  std::variant<DateTime, DateWindow> when;
  Instant start;  // the earliest moment: the time, the start of the day or of the window
  Instant due;    // when it is due: the time, the end of the day or of the window
  bool deadline = false;
  // The step whose record marks it done (records.notice_published); items
  // without one are over once their time has passed. The end of tender
  // validity is done, too, once the contract is signed.
  std::optional<Step> record;
  bool done = false;
  std::string done_by;    // once done, where its record stands (StepRecord::source)
  bool computed = false;  // added by the rules, not written in the timeline
  std::string rule;       // a computed item's rule and source
  std::string source;
  bool unconfirmed = false;  // computed from a default the rules mark unconfirmed
  std::string counted_from;  // a computed item's starting point: "award_notice 2018-06-05"
  SourceSpan where;          // the milestone in case.yaml

  bool tracked() const { return record.has_value(); }
  // Past its time with its record missing.
  bool overdue(Instant now) const { return tracked() && !done && due < now; }
};

struct CaseSchedule {
  std::vector<ScheduleItem> items;  // by due time, then in the order a procurement runs
  CaseProgress progress;            // what was done, as the schedule was built from it
  Diagnostics problems;             // times that do not exist in Oslo
};

// The standstill's end is counted from the award notices' recorded day
// once they are sent, else from the planned one.
CaseSchedule case_schedule(const Case& kase, CaseProgress progress, const RuleTables& tables);

}  // namespace procure
