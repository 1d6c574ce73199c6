// Whether the thresholds a case was judged by are still the current ones: on
// or after the day a revision of the thresholds was due, while the tables
// hold no row from it, the case is judged by the last confirmed amounts.
#include "procure/rules/check_steps.hpp"

namespace procure::rules_detail {

void check_threshold_revision(CheckContext& ctx) {
  if (!ctx.result.regime || !ctx.result.notice_day)
    return;
  const Date day = *ctx.result.notice_day;
  const ThresholdRevision* revision = ctx.tables.threshold_revision_pending(day);
  const auto confirmed_from = ctx.tables.last_threshold_change();
  if (revision == nullptr || !confirmed_from)
    return;
  static const SourceSpan none;
  const SourceSpan* where = ctx.kase.location("estimated_value");
  ctx.finding(Severity::warning, "rules.thresholds-not-confirmed",
              {{"date", day.iso()},
               {"confirmed_from", confirmed_from->iso()},
               {"due", revision->due.iso()}},
              where != nullptr ? *where : none, revision->ref.rule, revision->ref.source);
}

}  // namespace procure::rules_detail
