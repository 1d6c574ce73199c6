#include "schedule_text.hpp"

#include "count_phrase.hpp"
#include "procure/model/display_names.hpp"
#include "procure/text/formatting.hpp"

namespace procure::cli {
namespace {

// What to do about a missing record: the file that would show it, where
// there is one, and the entry under records:.
std::string record_missing(const ToolContext& ctx, const ScheduleItem& item) {
  const MessageArgs args{{"record", item.record_path()}};
  if (!item.record)
    return ctx.tr("ui.schedule.record-missing", args);
  switch (*item.record) {
    case Step::written_inputs_received:
      return ctx.tr("ui.schedule.record-missing-inputs", args);
    case Step::tenders_received:
    case Step::tenders_opened:
      return ctx.tr("ui.schedule.record-missing-opening", args);
    default:
      return ctx.tr("ui.schedule.record-missing", args);
  }
}

// Where a computed item is counted from: the milestone by its name in the
// user's language (a signature the standstill holds back with the day
// planned), or the contract's terms as case.yaml names them.
std::string counted_from_text(const ToolContext& ctx, const CountedFrom& from) {
  if (from.milestone == MilestoneKind::custom)
    return from.entry;
  if (from.held_from)
    return ctx.tr("ui.schedule.counted-from-held",
                  {{"day", from.day.iso()},
                   {"milestone", ctx.tr(display_key(from.milestone))},
                   {"planned", from.held_from->iso()}});
  return ctx.tr(from.recorded ? "ui.schedule.counted-from-record" : "ui.schedule.counted-from",
                {{"day", from.day.iso()}, {"milestone", ctx.tr(display_key(from.milestone))}});
}

}  // namespace

std::string standstill_hold_text(const ToolContext& ctx, const StandstillHold& hold) {
  const MessageArgs args{{"first", hold.first_allowed.iso()},
                         {"end", hold.standstill_end.iso()},
                         {"sent", hold.counted_from.day.iso()}};
  std::string text = ctx.tr(!hold.counted                ? "ui.schedule.held-by-planned-standstill"
                            : hold.counted_from.recorded ? "ui.schedule.held-by-standstill"
                                                         : "ui.schedule.held-by-planned-notices",
                            args);
  if (!hold.rule.empty())
    text += " (" + hold.rule + ")";
  if (hold.unconfirmed)
    text += "; " + ctx.tr("ui.schedule.unconfirmed");
  return text + "; " + ctx.tr("ui.schedule.planned-for", {{"planned", hold.planned.iso()}});
}

nlohmann::json standstill_hold_json(const ToolContext& ctx, const StandstillHold& hold) {
  return {{"first_allowed", hold.first_allowed.iso()},
          {"planned", hold.planned.iso()},
          {"standstill_end", hold.standstill_end.iso()},
          {"counted_from",
           hold.counted ? nlohmann::json(hold.counted_from.entry) : nlohmann::json(nullptr)},
          {"rule", hold.rule.empty() ? nlohmann::json(nullptr) : nlohmann::json(hold.rule)},
          {"source", hold.source.empty() ? nlohmann::json(nullptr) : nlohmann::json(hold.source)},
          {"unconfirmed", hold.unconfirmed},
          {"text", standstill_hold_text(ctx, hold)}};
}

std::string item_title(const ToolContext& ctx, const ScheduleItem& item, Lang case_language) {
  if (!item.title.empty())
    return std::string(item.title.in(ctx.lang, case_language));
  return ctx.tr(item.title_key, item.title_args);
}

std::string item_note(const ToolContext& ctx, const ScheduleItem& item, Instant now) {
  std::vector<std::string> notes;
  if (item.held_by_standstill)
    notes.push_back(standstill_hold_text(ctx, *item.held_by_standstill));
  if (item.computed)
    notes.push_back(
        ctx.tr(item.by_contract_terms ? "ui.schedule.contract-terms" : "ui.schedule.computed",
               {{"from", counted_from_text(ctx, item.counted_from)}}));
  if (item.unconfirmed)
    notes.push_back(ctx.tr("ui.schedule.unconfirmed"));
  if (item.overdue(now))
    notes.push_back(record_missing(ctx, item));
  std::string out;
  for (const auto& n : notes)
    out += (out.empty() ? "" : "; ") + n;
  return out;
}

std::string item_when(const ScheduleItem& item) {
  if (const auto* at = std::get_if<DateTime>(&item.when))
    return at->iso();
  return std::get<DateWindow>(item.when).iso();
}

std::string item_weekday(const ToolContext& ctx, const ScheduleItem& item) {
  if (const auto* at = std::get_if<DateTime>(&item.when))
    return std::string(weekday_name(at->date.iso_weekday(), ctx.lang));
  const auto& window = std::get<DateWindow>(item.when);
  return std::string(weekday_name(window.first.iso_weekday(), ctx.lang)) + "–" +
         std::string(weekday_name(window.last.iso_weekday(), ctx.lang));
}

std::string local_text(Instant instant) {
  const DateTime local = oslo_local(instant);
  if (local.time && local.time->seconds_since_midnight() == 0)
    return local.date.plus_days(-1).iso() + " 24:00";
  return local.iso();
}

std::string time_left(const ToolContext& ctx, Instant now, Instant due) {
  const long long seconds = (due - now).count();
  if (seconds == 0)
    return ctx.tr("ui.time.now");
  const long long span = seconds < 0 ? -seconds : seconds;
  const auto days = static_cast<std::size_t>(span / 86'400);
  const auto hours = static_cast<std::size_t>(span % 86'400 / 3'600);
  const auto minutes = static_cast<std::size_t>(span % 3'600 / 60);
  std::string text;
  if (days > 0) {
    text = count_phrase(ctx, "ui.count.days", days);
    if (hours > 0 && days < 10)
      text += " " + count_phrase(ctx, "ui.count.hours", hours);
  } else if (hours > 0) {
    text = count_phrase(ctx, "ui.count.hours", hours);
    if (minutes > 0)
      text += " " + count_phrase(ctx, "ui.count.minutes", minutes);
  } else {
    text = count_phrase(ctx, "ui.count.minutes", minutes > 0 ? minutes : 1u);
  }
  return ctx.tr(seconds > 0 ? "ui.time.in" : "ui.time.ago", {{"span", text}});
}

}  // namespace procure::cli
