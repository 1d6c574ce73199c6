// The contract phase against the rules: a framework agreement's duration,
// the contract award notice's publication, the options' notice periods, the
// call-offs within the framework's term, and each mini-competition's folder.
#include <filesystem>
#include <system_error>

#include "procure/calendar/period_arithmetic.hpp"
#include "procure/model/case_files.hpp"
#include "procure/rules/check_steps.hpp"

namespace procure::rules_detail {
namespace {

SourceSpan place(const Case& kase, const std::string& path, const SourceSpan& fallback) {
  const SourceSpan* where = kase.location(path);
  return where != nullptr ? *where : fallback;
}

// The framework's end with every option it provides for: its longest term.
std::optional<Date> longest_end(const Contract& contract, const WorkingCalendar& calendar) {
  std::optional<Date> end = contract.end;
  for (const auto& option : contract.options) {
    if (!end)
      break;
    end = period_after(*end, option.extension, calendar);
  }
  return end;
}

// The end the contract has with the options used so far, in order.
Date current_end(const Contract& contract, const WorkingCalendar& calendar) {
  Date end = *contract.end;
  for (const auto& option : contract.options) {
    if (!option.exercised)
      break;
    if (const auto extended = period_after(end, option.extension, calendar))
      end = *extended;
  }
  return end;
}

void check_framework_duration(CheckContext& ctx, const Contract& contract) {
  if (!contract.framework || !contract.start || !contract.end)
    return;
  const auto* row = ctx.tables.contract_period("framework-duration", ctx.regime, *contract.start);
  if (row == nullptr || !row->period)
    return;
  const auto longest = longest_end(contract, ctx.calendar);
  const auto limit = period_after(contract.start->plus_days(-1), *row->period, ctx.calendar);
  if (!longest || !limit)
    return;
  const bool passed = *longest <= *limit || !contract.framework->longer_duration_reason.empty();
  ctx.applied("framework-duration", row->ref.rule, row->ref.source, passed);
  if (passed)
    return;
  ctx.finding(Severity::error, "rules.framework-too-long",
              {{"start", contract.start->iso()},
               {"end", longest->iso()},
               {"period", row->period->text()},
               {"limit", limit->iso()}},
              place(ctx.kase, "contract.end", contract.where), row->ref.rule, row->ref.source,
              row->ref.unconfirmed);
}

void check_award_notice_published(CheckContext& ctx, const Contract& contract) {
  const auto& signed_on = ctx.kase.records.contract_signed;
  if (!contract.award_notice_published || !signed_on)
    return;
  const auto* row = ctx.tables.contract_period("contract-award-notice", ctx.regime, *signed_on);
  if (row == nullptr || !row->period)
    return;
  const auto period = count_period(*signed_on, *row->period, ctx.calendar);
  if (!period)
    return;
  const bool passed = *contract.award_notice_published <= period->last;
  ctx.applied("contract-award-notice", row->ref.rule, row->ref.source, passed);
  if (passed)
    return;
  ctx.finding(Severity::error, "rules.contract-award-notice-late",
              {{"published", contract.award_notice_published->iso()},
               {"signed", signed_on->iso()},
               {"period", row->period->text()},
               {"last", period->last.iso()}},
              place(ctx.kase, "contract.award_notice_published", contract.where), row->ref.rule,
              row->ref.source, row->ref.unconfirmed);
}

// An option used after its last notice day breaks the contract's own terms
// (and a change outside them may need a new competition, FOA § 28-1).
void check_option_notices(CheckContext& ctx, const Contract& contract) {
  if (!contract.end)
    return;
  Date end = *contract.end;
  for (std::size_t i = 0; i < contract.options.size(); ++i) {
    const ContractOption& option = contract.options[i];
    if (!option.exercised)
      break;
    const std::string path = "contract.options[" + std::to_string(i) + "]";
    const Date last = period_before(end, option.notice, ctx.calendar);
    if (*option.exercised > last) {
      ctx.finding(Severity::warning, "rules.option-notice-late",
                  {{"id", option.id},
                   {"exercised", option.exercised->iso()},
                   {"notice", option.notice.text()},
                   {"end", end.iso()},
                   {"last", last.iso()}},
                  place(ctx.kase, path + ".exercised", option.where), path + ".notice",
                  ctx.kase.case_file);
    }
    const auto extended = period_after(end, option.extension, ctx.calendar);
    if (!extended)
      break;
    end = *extended;
  }
}

void check_call_offs(CheckContext& ctx, const Contract& contract) {
  if (!contract.framework)
    return;
  const std::optional<Date> end =
      contract.end ? std::optional<Date>(current_end(contract, ctx.calendar)) : std::nullopt;
  for (std::size_t i = 0; i < contract.framework->call_offs.size(); ++i) {
    const CallOff& call_off = contract.framework->call_offs[i];
    const std::string path = "contract.framework.call_offs[" + std::to_string(i) + "]";
    if (call_off.method == CallOffMethod::mini_competition && !call_off.folder.empty()) {
      std::error_code ec;
      const auto file = ctx.kase.folder / call_off.folder / case_file_name;
      ctx.result.files_looked_for.push_back(file);
      if (!std::filesystem::is_regular_file(file, ec)) {
        ctx.result.problems.error("call-off.folder-missing",
                                  {{"id", call_off.id}, {"folder", call_off.folder}},
                                  place(ctx.kase, path + ".folder", call_off.where));
      }
    }
    if (!call_off.signed_on || !contract.start || !end)
      continue;
    if (*call_off.signed_on < *contract.start || *call_off.signed_on > *end) {
      ctx.finding(Severity::error, "rules.call-off-outside-framework",
                  {{"id", call_off.id},
                   {"signed", call_off.signed_on->iso()},
                   {"start", contract.start->iso()},
                   {"end", end->iso()}},
                  place(ctx.kase, path + ".signed", call_off.where), "2014/24/EU art. 33(2)",
                  "https://eur-lex.europa.eu/eli/dir/2014/24/oj");
    }
  }
}

}  // namespace

void check_contract_phase(CheckContext& ctx) {
  if (!ctx.kase.contract)
    return;
  const Contract& contract = *ctx.kase.contract;
  check_framework_duration(ctx, contract);
  check_award_notice_published(ctx, contract);
  check_option_notices(ctx, contract);
  check_call_offs(ctx, contract);
}

}  // namespace procure::rules_detail
