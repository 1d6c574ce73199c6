// When the contract may be signed: not before the standstill period ends,
// and not after the tenders have stopped being binding. Where the case
// records what was done (records.award_notices_sent, records.contract_signed),
// the real dates are checked instead of the planned ones.
#include "procure/rules/check_steps.hpp"

namespace procure::rules_detail {
namespace {

// A time in the case: a planned milestone or a recorded date, and where it stands.
struct When {
  std::string name;  // the milestone id or the record key
  DateTime at;
  SourceSpan where;
  const Milestone* milestone = nullptr;  // when planned
};

std::optional<When> recorded_or_planned(const CheckContext& ctx, const std::optional<Date>& record,
                                        const char* record_key, MilestoneKind kind) {
  static const SourceSpan none;
  if (record) {
    const SourceSpan* where = ctx.kase.location(std::string("records.") + record_key);
    return When{std::string("records.") + record_key, DateTime{*record, std::nullopt},
                where != nullptr ? *where : none};
  }
  const Milestone* m = ctx.milestone(kind);
  if (m == nullptr || m->exact() == nullptr)
    return std::nullopt;  // a window: check_contract_timing says it is not checked
  return When{m->id, *m->exact(), m->where, m};
}

void check_standstill(CheckContext& ctx, const When& award, const When& signature,
                      MomentRange signed_at) {
  // A planned standstill_end is checked against the rule and the order of
  // the timeline; here the end follows from the award notice itself.
  const bool award_recorded = ctx.kase.records.award_notices_sent.has_value();
  if (ctx.milestone(MilestoneKind::standstill_end) != nullptr && !award_recorded)
    return;
  const auto day = ctx.rule_day(ctx.milestone(MilestoneKind::award_notice));
  const TimeLimitRow* row = applicable_limit(
      ctx, MilestoneKind::award_notice, MilestoneKind::standstill_end, day.value_or(award.at.date));
  if (row == nullptr)
    return;
  const auto period =
      count_period(award.at.date, Period{row->days, PeriodUnit::days}, ctx.calendar);
  if (!period) {
    // Never a silent pass: a period that cannot be counted is a problem of the case.
    ctx.result.problems.error(period.problem().code, period.problem().args, award.where);
    return;
  }
  const bool passed = signed_at.earliest >= period->end();
  if (!passed) {
    ctx.finding(Severity::error, "rules.signed-during-standstill",
                {{"signature", signature.name},
                 {"signature_at", signature.at.iso()},
                 {"award", award.name},
                 {"award_at", award.at.iso()},
                 {"days", std::to_string(row->days)},
                 {"last", period->last.iso()},
                 {"next_day", period->last.plus_days(1).iso()}},
                signature.where, row->ref.rule, row->ref.source, row->ref.unconfirmed);
  }
  ctx.applied(row->id + ":signature", row->ref.rule, row->ref.source, passed);
}

// A signature recorded while no notification of the award decision is: the
// standstill runs from them (FOA § 25-2), so a contract signed before they
// were sent was signed before it could end. The planned award notice does
// not stand in for the record here; the record may only be missing, so a
// warning.
void check_signature_after_award_notices(CheckContext& ctx, const When& signature) {
  if (signature.milestone != nullptr || ctx.kase.records.award_notices_sent)
    return;
  const Milestone* award = ctx.milestone(MilestoneKind::award_notice);
  const TimeLimitRow* row =
      applicable_limit(ctx, MilestoneKind::award_notice, MilestoneKind::standstill_end,
                       ctx.rule_day(award).value_or(signature.at.date));
  if (row == nullptr)
    return;
  ctx.finding(Severity::warning, "rules.signed-before-award-notices",
              {{"signature", signature.name}, {"signature_at", signature.at.iso()}},
              signature.where, row->ref.rule, row->ref.source, row->ref.unconfirmed);
  ctx.applied(row->id + ":award-notices-recorded", row->ref.rule, row->ref.source, false);
}

// The order rules check a planned signature against tender_validity_end; a
// recorded one is checked here the same way: the tenders bind to the end of
// the validity's last day, and a signature on the next day comes too late.
void check_recorded_signature_within_validity(CheckContext& ctx, const Milestone& validity,
                                              const When& signature, MomentRange signed_at) {
  const OrderRule* rule = ctx.tables.order_of(MilestoneKind::tender_validity_end);
  if (signature.milestone != nullptr || rule == nullptr)
    return;
  const auto binds_until = ctx.moments_of(validity);
  if (!binds_until)
    return;
  const bool passed = signed_at.earliest < binds_until->latest;
  if (!passed) {
    ctx.finding(Severity::error, "rules.milestone-order",
                {{"milestone", validity.id},
                 {"at", when_text(validity)},
                 {"before", signature.name},
                 {"before_at", signature.at.iso()}},
                validity.where, rule->rule, rule->source);
  }
  ctx.applied("order:" + validity.id + ":" + signature.name, rule->rule, rule->source, passed);
}

// Without a tender_validity_end in the timeline (the order rules check that
// one), the tables' default applies: a warning, since the default is not a
// rule of the regulation and the tender documents may say otherwise.
void check_validity(CheckContext& ctx, const When& signature, MomentRange signed_at) {
  if (const Milestone* validity = ctx.milestone(MilestoneKind::tender_validity_end)) {
    check_recorded_signature_within_validity(ctx, *validity, signature, signed_at);
    return;
  }
  const Milestone* deadline = ctx.milestone(MilestoneKind::tender_deadline);
  if (deadline == nullptr)
    return;
  const auto day = ctx.rule_day(deadline);
  const TenderValidityRow* row =
      ctx.tables.tender_validity_in_force(day.value_or(deadline->latest_date()));
  if (row == nullptr)
    return;
  const auto period =
      count_period(deadline->latest_date(), Period{row->days, PeriodUnit::days}, ctx.calendar);
  if (!period) {
    ctx.result.problems.error(period.problem().code, period.problem().args, deadline->where);
    return;
  }
  const bool passed = signed_at.latest <= period->end();
  if (!passed) {
    ctx.finding(Severity::warning, "rules.default-validity-ends-before-signature",
                {{"signature", signature.name},
                 {"signature_at", signature.at.iso()},
                 {"days", std::to_string(row->days)},
                 {"last", period->last.iso()}},
                signature.where, row->ref.rule, row->ref.source, row->ref.unconfirmed);
  }
  ctx.applied("tender-validity-default", row->ref.rule, row->ref.source, passed);
}

}  // namespace

void check_contract_timing(CheckContext& ctx) {
  const auto& records = ctx.kase.records;
  const auto signature = recorded_or_planned(ctx, records.contract_signed, "contract_signed",
                                             MilestoneKind::contract_signature);
  if (!signature) {
    const Milestone* planned = ctx.milestone(MilestoneKind::contract_signature);
    if (planned != nullptr && planned->exact() == nullptr)
      ctx.result.unchecked.push_back({"contract-signature", UncheckedReason::signature_window});
    return;
  }
  const auto signed_at = signature->milestone != nullptr
                             ? ctx.moments_of(*signature->milestone)
                             : std::optional<MomentRange>(*moments(signature->at));
  if (!signed_at)
    return;
  if (const auto award = recorded_or_planned(ctx, records.award_notices_sent, "award_notices_sent",
                                             MilestoneKind::award_notice)) {
    check_standstill(ctx, *award, *signature, *signed_at);
  }
  check_signature_after_award_notices(ctx, *signature);
  check_validity(ctx, *signature, *signed_at);
}

}  // namespace procure::rules_detail
