#pragma once
// The procurement rules as data: thresholds, minimum time limits, the
// default tender validity and the order of milestones, each row with the
// date it took effect and its source. The tables are read from YAML files
// (share/procure/rules) so that an officer can read them and a maintainer
// can update a number without recompiling; the checks take them as a value.
//
// A rule applies by the date the contract notice is sent: of the rows of one
// kind (or one id), the row in force is the last whose in_force_from is on
// or before that date.

#include <optional>
#include <span>
#include <string>
#include <vector>

#include "procure/core/choice.hpp"
#include "procure/core/decimal.hpp"
#include "procure/core/diagnostic.hpp"
#include "procure/core/lang.hpp"
#include "procure/core/money.hpp"
#include "procure/model/procedure.hpp"
#include "procure/model/timeline.hpp"
#include "procure/time/civil_time.hpp"
#include "procure/time/period.hpp"

namespace procure {

// Where a row comes from: the legal rule, its source, and whether the fact
// is confirmed (an unconfirmed row is a default the case may override).
struct RuleRef {
  std::string rule;    // "Directive 2014/24/EU art. 27(1)", "FOA § 25-2"
  std::string source;  // a URL or a document
  bool unconfirmed = false;
  std::string note;
  Date in_force_from;
  // Where the day a row came into force is unconfirmed: the earliest day it
  // may have been in force (the 2020 thresholds: 12 or 13 February).
  std::optional<Date> maybe_in_force_from;
  SourceSpan where;  // the row in the rules file
};

enum class ThresholdKind {
  lower_limit,             // below it the regulation does not apply
  national,                // FOA part II from here
  eea_central_government,  // FOA part III, central government authorities
  eea_other,               // FOA part III, other contracting authorities
  works,                   // FOA part III, building and construction works
  special_services,        // FOA part III, health, social and other specific services
};

// The keys the thresholds file uses: "lower_limit", "eea_other", ...
std::span<const Choice<ThresholdKind>> threshold_kind_choices();

struct ThresholdRow {
  ThresholdKind kind = ThresholdKind::national;
  Money amount;
  RuleRef ref;
};

// How a time limit between two milestones is checked.
enum class TimeLimitCheck {
  // `to` comes no earlier than the end of a period of `days` counted from
  // `from` by Regulation 1182/71 (the tender period after the notice).
  minimum_period,
  // `from` falls at least `days` calendar days before the day of `to`
  // (the last day for questions before the tender deadline).
  days_before,
};

std::span<const Choice<TimeLimitCheck>> time_limit_check_choices();

// A row applies only to cases that meet each condition it states.
struct TimeLimitConditions {
  std::optional<bool> electronic_submission;
  std::optional<bool> prior_information_notice;  // a qualifying PIN was sent
  std::optional<bool> urgency;
  std::optional<bool> award_notice_electronic;
  std::optional<BuyerKind> buyer_kind;
};

struct TimeLimitRow {
  std::string id;
  std::vector<Procedure> procedures;  // empty: every procedure
  std::vector<Regime> regimes;        // empty: every regime
  TimeLimitCheck check = TimeLimitCheck::minimum_period;
  MilestoneKind from = MilestoneKind::notice_sent;
  MilestoneKind to = MilestoneKind::tender_deadline;
  int days = 0;
  TimeLimitConditions when;
  RuleRef ref;
};

// How long tenders stay binding when the tender documents state nothing.
struct TenderValidityRow {
  int days = 0;  // after the tender deadline, ending 24:00
  RuleRef ref;
};

// When a prior information notice may shorten the time limits: sent at
// least so many days and at most so many months before the contract notice.
struct PinRow {
  int at_least_days = 0;
  int at_most_months = 0;
  RuleRef ref;
};

// The small-lots rule: lots worth less than the amount of their kind may
// follow a lower part than the lots' sum gives, while the lots so exempted
// are worth no more than `share` percent of all the lots together.
struct SmallLotsRow {
  Money goods_and_services;
  Money works;
  Decimal share;
  RuleRef ref;
};

// A milestone and the milestones it must not come before.
struct OrderRule {
  MilestoneKind milestone = MilestoneKind::custom;
  std::vector<MilestoneKind> after;
  bool same_time_allowed = false;  // may fall at the same moment (tenders opened at the deadline)
  std::string rule;
  std::string source;
  SourceSpan where;
};

// When the thresholds are due to change next (the EEA thresholds are revised
// every two years): from `due` on, the last rows may be out of date until a
// row with the new amounts, in force on or after `due`, is added.
struct ThresholdRevision {
  Date due;
  RuleRef ref;
};

// A period of the contract phase (rules/contract-phase.yaml), by id: the
// contract award notice after signing, a framework agreement's longest
// duration, the complaint board's time limit after signing, the court
// injunction before the standstill ends.
struct ContractPeriodRow {
  std::string id;
  std::vector<Regime> regimes;  // empty: every regime
  // None: the deadline is the event itself (an injunction by the standstill's end).
  std::optional<Period> period;
  RuleRef ref;
};

struct RuleTables {
  // The language of the texts the tables give in each language (a note, a
  // rule that is no citation): what is made from them holds it too.
  Lang texts_in = Lang::en;
  std::vector<ThresholdRow> thresholds;
  std::optional<ThresholdRevision> threshold_revision;
  std::vector<TimeLimitRow> time_limits;
  std::vector<TenderValidityRow> tender_validity;
  std::vector<PinRow> prior_information_notice;
  std::vector<OrderRule> order;
  std::vector<SmallLotsRow> small_lots;
  std::vector<ContractPeriodRow> contract_periods;

  const ThresholdRow* threshold(ThresholdKind kind, Date on) const;
  // The revision due on or before `on` that no threshold row holds yet:
  // the thresholds used on `on` are then the last confirmed ones.
  const ThresholdRevision* threshold_revision_pending(Date on) const;
  // A change of thresholds that may already be in force on `on`, a day
  // before the one the tables give it (maybe_in_force_from); null when none.
  const RuleRef* threshold_change_maybe_in_force(Date on) const;
  // The latest in_force_from of the threshold rows (the last confirmed ones).
  std::optional<Date> last_threshold_change() const;
  // The earliest in_force_from of any row of the dated tables; nullopt when
  // they are all empty. Before it no table covers a day.
  std::optional<Date> first_in_force() const;
  // Of each id, the row in force on `on`; ids none of whose rows is yet in
  // force are left out.
  std::vector<const TimeLimitRow*> time_limits_in_force(Date on) const;
  // Whether `row` (one of time_limits) is the row of its id that
  // time_limits_in_force(on) lists, found without building that list: the
  // schedule asks for a time limit several times a case.
  bool time_limit_in_force(const TimeLimitRow& row, Date on) const;
  const TenderValidityRow* tender_validity_in_force(Date on) const;
  const PinRow* prior_information_notice_in_force(Date on) const;
  const OrderRule* order_of(MilestoneKind milestone) const;
  const SmallLotsRow* small_lots_in_force(Date on) const;
  // Of each id (and list of regimes), the row in force on `on`.
  std::vector<const ContractPeriodRow*> contract_periods_in_force(Date on) const;
  // The row `id` in force on `on` for `regime`; nullptr if none applies.
  const ContractPeriodRow* contract_period(std::string_view id, Regime regime, Date on) const;
};

}  // namespace procure
