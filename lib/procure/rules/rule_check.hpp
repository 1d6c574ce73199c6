#pragma once
// The rule checks of a case: the regime its value implies, the minimum time
// limits, the standstill, the tender validity and the order of its
// milestones. Every finding is a diagnostic at the milestone it is about,
// with the rule and its source as the arguments `rule` and `source`.
//
// The rules apply by the date the notice is sent. When the timeline still
// plans the notice as a window (2018-W16..2018-W17), the checks count from
// the window's last day: the conservative reading, since a later notice
// leaves less time before a fixed deadline.

#include <filesystem>
#include <optional>
#include <string>
#include <vector>

#include "procure/core/diagnostic.hpp"
#include "procure/model/case.hpp"
#include "procure/rules/regime.hpp"
#include "procure/rules/rule_tables.hpp"

namespace procure {

// One rule that was applied, and whether the case met it.
struct AppliedRule {
  std::string id;  // the time-limit row's id, or "regime", "order:<milestone>", ...
  std::string rule;
  std::string source;
  bool passed = true;
};

// A check that could not be run, and why: stated in check's output, so
// that "all passed" never hides a check that did not run.
enum class UncheckedReason {
  no_notice,           // the regime: the thresholds are those in force on the notice day
  no_estimated_value,  // the regime the case states, against its value
  outside_rules,       // a prize, or regime: none: the regime and the time limits
  signature_window,    // the standstill and tender validity: the signature is still a window
};

struct UncheckedRule {
  std::string id;  // "regime", "time-limits", "contract-signature"
  UncheckedReason reason;
};

struct RuleCheck {
  // Problems in the input the checks could not get past (a local time that
  // does not exist in Oslo): errors of the case, not rule findings.
  Diagnostics problems;
  // What the rules say about the case: rules.* errors and warnings.
  Diagnostics findings;
  std::vector<AppliedRule> applied;
  std::vector<UncheckedRule> unchecked;
  std::optional<RegimeDerivation> regime;  // derived on the notice day, if it could be
  // The part the checks applied: the stricter of the one the case states (its
  // regime, or with `derive` its procedure's) and the derived one.
  std::optional<Regime> applied_regime;
  // The day the rules were applied at: the notice day, or the last day of
  // the notice window; none when the timeline has no notice.
  std::optional<Date> notice_day;
  bool notice_is_window = false;
  // The files besides case.yaml whose being there the checks asked about
  // (a mini-competition's case.yaml), as found from the case's folder: the
  // findings depend on them too.
  std::vector<std::filesystem::path> files_looked_for;

  int failed_count() const;
};

RuleCheck check_rules(const Case& kase, const RuleTables& tables);

// What check finds of the standstill period about a recorded contract
// signature (FOA § 25-2): rules.signed-during-standstill when it falls
// within the period counted from the award notices, and
// rules.signed-before-award-notices when no award notice is recorded as
// sent though the case has the period. Empty without
// records.contract_signed. For procure-record, which warns as it records.
Diagnostics recorded_signature_findings(const Case& kase, const RuleTables& tables);

// The time limit between two milestones that applies to the case, as
// check_rules applies it: the shortest row in force on the notice day whose
// procedures, regime and conditions the case meets; nullptr if none does.
const TimeLimitRow* applicable_time_limit(const Case& kase, const RuleTables& tables,
                                          MilestoneKind from, MilestoneKind to);

// The part of the regulation the checks apply to the case (as RuleCheck's
// applied_regime): none for a prize or a case outside the rules.
Regime applied_regime(const Case& kase, const RuleTables& tables);

}  // namespace procure
