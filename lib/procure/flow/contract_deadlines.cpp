#include "procure/flow/contract_deadlines.hpp"

#include <algorithm>

#include "procure/calendar/period_arithmetic.hpp"
#include "procure/calendar/period_end.hpp"
#include "procure/rules/rule_check.hpp"

namespace procure {
namespace {

// When the contract was (or is to be) signed, and what that rests on.
struct Signing {
  Date day;
  CountedFrom counted_from;  // the signing recorded, or the planned milestone
  SourceSpan where;
};

// A planned signature is the schedule's item for it: on the first day the
// standstill allows where it holds the planned day back.
std::optional<Signing> signing(const Case& kase, const CaseProgress& progress,
                               const std::vector<ScheduleItem>& items) {
  if (const StepRecord* r = progress.find(Step::contract_signed); r != nullptr && r->at) {
    const SourceSpan* where = kase.location(r->source);
    return Signing{r->at->date, recorded_from(*r, MilestoneKind::contract_signature),
                   where != nullptr ? *where : SourceSpan{}};
  }
  const Milestone* planned = kase.timeline.find(MilestoneKind::contract_signature);
  if (planned == nullptr || planned->exact() == nullptr)
    return std::nullopt;
  const auto item = std::find_if(items.begin(), items.end(), [&](const ScheduleItem& i) {
    return i.is_milestone() && i.key == planned->id;
  });
  if (item != items.end() && item->held_by_standstill) {
    const CountedFrom from = held_from(*item, *item->held_by_standstill);
    return Signing{from.day, from, planned->where};
  }
  const Date day = planned->exact()->date;
  return Signing{day, planned_from(*planned, day), planned->where};
}

// An end the contract's terms make, from the entries that make it up.
CountedFrom by_terms(std::string entry, Date end) {
  return {std::move(entry), MilestoneKind::custom, false, end, std::nullopt};
}

// "contract.end 2021-08-31", or with options added the end they reach:
// "contract.end 2021-08-31 + contract.options[0] 12mo = 2022-08-31".
CountedFrom reaching(const std::string& from, Date end) {
  return by_terms(from.find(" + ") == std::string::npos ? from : from + " = " + end.iso(), end);
}

SourceSpan place(const Case& kase, const std::string& path) {
  const SourceSpan* where = kase.location(path);
  return where != nullptr ? *where : SourceSpan{};
}

void mark_done(ScheduleItem& item, const CaseProgress& progress, const std::optional<Date>& record,
               const std::string& path) {
  if (progress.holds(record)) {
    item.done = true;
    item.done_by = path;
  }
}

// The periods that follow from the award and the signing.
void add_award_deadlines(const Case& kase, const CaseProgress& progress, const RuleTables& tables,
                         Regime regime, std::vector<ScheduleItem>& items) {
  const WorkingCalendar calendar(kase.closing_days);
  const auto standstill = std::find_if(items.begin(), items.end(), [](const ScheduleItem& i) {
    return i.kind == MilestoneKind::standstill_end;
  });
  if (standstill != items.end()) {
    const Date end = oslo_local(standstill->due - std::chrono::seconds{1}).date;
    if (const auto* row = tables.contract_period("injunction", regime, end)) {
      auto item =
          computed_item("computed.injunction_deadline", MilestoneKind::custom,
                        "name.action.injunction_deadline", end, row->ref,
                        CountedFrom{standstill->key + " " + end.iso(),
                                    MilestoneKind::standstill_end, false, end, std::nullopt},
                        standstill->where);
      // Due when the standstill ends, to the second: a planned end with a time keeps it.
      item.when = standstill->when;
      item.start = standstill->start;
      item.due = standstill->due;
      items.push_back(std::move(item));
    }
  }
  const auto signed_on = signing(kase, progress, items);
  if (!signed_on)
    return;
  const auto add = [&](const char* id, std::string key, std::string title,
                       std::string record_entry) -> ScheduleItem* {
    const auto* row = tables.contract_period(id, regime, signed_on->day);
    if (row == nullptr || !row->period)
      return nullptr;
    const auto period = count_period(signed_on->day, *row->period, calendar);
    if (!period)
      return nullptr;
    auto item = computed_item(std::move(key), MilestoneKind::custom, std::move(title), period->last,
                              row->ref, signed_on->counted_from, signed_on->where);
    item.record_entry = std::move(record_entry);
    items.push_back(std::move(item));
    return &items.back();
  };
  if (auto* notice = add("contract-award-notice", "computed.contract_award_notice",
                         "name.action.contract_award_notice", "contract.award_notice_published")) {
    const Contract* contract = kase.contract ? &*kase.contract : nullptr;
    mark_done(*notice, progress,
              contract != nullptr ? contract->award_notice_published : std::nullopt,
              "contract.award_notice_published");
  }
  add("complaint-board", "computed.complaint_board_deadline",
      "name.action.complaint_board_deadline", "");
}

// The options' last notice days, the expiry, and the start of the next procurement.
void add_contract_term(const Case& kase, const CaseProgress& progress,
                       std::vector<ScheduleItem>& items) {
  if (!kase.contract || !kase.contract->end)
    return;
  const Contract& contract = *kase.contract;
  const WorkingCalendar calendar(kase.closing_days);
  Date current_end = *contract.end;  // with the options used so far
  Date last_end = current_end;       // with every option not declined
  bool closed = false;               // an option was declined: none after it can be used
  // What each end was counted from, as the items say it: "contract.end
  // 2021-08-31 + contract.options[0] 12mo".
  std::string current_from = "contract.end " + contract.end->iso();
  std::string last_from = current_from;
  for (std::size_t i = 0; i < contract.options.size() && !closed; ++i) {
    const ContractOption& option = contract.options[i];
    const std::string path = "contract.options[" + std::to_string(i) + "]";
    const Date notice_day = period_before(last_end, option.notice, calendar);
    RuleRef ref;
    ref.rule = path + ".notice " + option.notice.text();
    ref.source = kase.case_file;
    auto item = computed_item("computed.option." + option.id, MilestoneKind::custom,
                              "name.action.option_notice", notice_day, ref,
                              reaching(last_from, last_end), option.where);
    item.title_args = {{"id", option.id}, {"extension", option.extension.text()}};
    item.record_entry = path + ".exercised";
    item.by_contract_terms = true;
    mark_done(item, progress, option.exercised, path + ".exercised");
    mark_done(item, progress, option.declined, path + ".declined");
    items.push_back(std::move(item));
    if (progress.holds(option.declined)) {
      closed = true;
      continue;
    }
    const auto extended = period_after(last_end, option.extension, calendar);
    if (!extended)
      break;
    last_from += " + " + path + " " + option.extension.text();
    if (progress.holds(option.exercised) && last_end == current_end) {
      current_end = *extended;
      current_from = last_from;
    }
    last_end = *extended;
  }
  RuleRef end_ref;
  end_ref.rule = "contract.end";
  end_ref.source = kase.case_file;
  auto expiry = computed_item("computed.contract_end", MilestoneKind::custom,
                              "name.action.contract_end", current_end, end_ref,
                              by_terms(current_from, current_end), place(kase, "contract.end"));
  expiry.record_entry = "contract.ended";
  expiry.by_contract_terms = true;
  mark_done(expiry, progress, contract.ended, "contract.ended");
  items.push_back(std::move(expiry));
  if (progress.holds(contract.ended))
    return;
  RuleRef lead_ref;
  lead_ref.rule = "contract.successor_lead_time " + contract.successor_lead_time.text();
  lead_ref.source = kase.case_file;
  const Date start = period_before(last_end, contract.successor_lead_time, calendar);
  const SourceSpan* lead_where = kase.location("contract.successor_lead_time");
  auto successor =
      computed_item("computed.successor_start", MilestoneKind::custom,
                    "name.action.successor_start", start, lead_ref, reaching(last_from, last_end),
                    lead_where != nullptr ? *lead_where : place(kase, "contract"));
  successor.by_contract_terms = true;
  items.push_back(std::move(successor));
}

}  // namespace

void add_contract_deadlines(const Case& kase, const CaseProgress& progress,
                            const RuleTables& tables, std::vector<ScheduleItem>& items) {
  const Regime regime = applied_regime(kase, tables);
  if (regime != Regime::none)
    add_award_deadlines(kase, progress, tables, regime, items);
  add_contract_term(kase, progress, items);
}

}  // namespace procure
