// The rules of a procedure in stages (docs/procedures.md): the number of
// candidates invited after the prequalification (2014/24/EU art. 65(2)),
// and in the negotiation what may change, who must be told, when the
// tenderers may be reduced and when final tenders may be asked for
// (art. 29(3), (5), (6), (7); art. 30(3), (6) and 31(3), (4) for the
// competitive dialogue and the innovation partnership), and equal treatment
// in the negotiation meetings (art. 29(5), 18(1)).
#include <algorithm>

#include "procure/calendar/milestone_time.hpp"
#include "procure/model/negotiation_meetings.hpp"
#include "procure/rules/check_steps.hpp"

namespace procure::rules_detail {
namespace {

const std::string directive_source = "https://eur-lex.europa.eu/eli/dir/2014/24/oj";
const std::string act_source = "https://lovdata.no/lov/2016-06-17-73/§4";

// The rule a stage check rests on in each procedure; FOA part II's
// procedures rest on the act's principle of equal treatment alone.
struct StageRule {
  std::string rule;
  const std::string* source;
};

StageRule rule_for(Procedure procedure, std::string_view negotiation, std::string_view dialogue,
                   std::string_view partnership) {
  switch (procedure) {
    case Procedure::competitive_dialogue:
      return {"2014/24/EU " + std::string(dialogue), &directive_source};
    case Procedure::innovation_partnership:
      return {"2014/24/EU " + std::string(partnership), &directive_source};
    case Procedure::national_open:
    case Procedure::national_restricted:
    case Procedure::national_negotiation:
      return {"anskaffelsesloven § 4", &act_source};
    default:
      return {"2014/24/EU " + std::string(negotiation), &directive_source};
  }
}

std::string join_ids(const std::vector<std::string>& ids) {
  std::string text;
  for (const auto& id : ids)
    text += (text.empty() ? "" : ", ") + id;
  return text;
}

void check_invited(CheckContext& ctx, const Prequalification& pq) {
  if (!pq.minimum_candidates)
    return;
  const std::string rule = "2014/24/EU art. 65(2)";
  const auto invited = static_cast<int>(pq.invited.size());
  const auto qualified = static_cast<int>(pq.qualified.size());
  // Fewer than the minimum is lawful only when fewer qualified.
  const bool passed = invited >= *pq.minimum_candidates || qualified <= invited;
  if (!passed) {
    ctx.finding(Severity::error, "stages.too-few-invited",
                {{"invited", std::to_string(invited)},
                 {"minimum", std::to_string(*pq.minimum_candidates)},
                 {"qualified", std::to_string(qualified)}},
                pq.invited_where, rule, directive_source);
  }
  ctx.applied("stages:invited", rule, directive_source, passed);
}

// A later round's tenders are due only once the negotiations before it are over.
void check_round_order(CheckContext& ctx, const NegotiationRound& previous,
                       const NegotiationRound& round) {
  if (!previous.negotiations_end)
    return;
  const auto end = ctx.kase.timeline.resolve(*previous.negotiations_end);
  const auto deadline = ctx.kase.timeline.resolve(round.tender_deadline);
  if (!end || !deadline)
    return;
  const auto end_moments = moments(*end);
  const auto due = due_instant(*deadline);
  if (!end_moments || !due)
    return;
  const auto rule = rule_for(ctx.kase.procedure, "art. 29(7)", "art. 30(6)", "art. 31(3), 29(7)");
  const bool passed = *due > end_moments->latest;
  if (!passed) {
    ctx.finding(Severity::error, "stages.final-before-negotiations-end",
                {{"round", std::to_string(round.number)},
                 {"previous", std::to_string(previous.number)},
                 {"deadline", deadline->iso()},
                 {"end", end->iso()}},
                round.tender_deadline.where, rule.rule, *rule.source);
  }
  ctx.applied("stages:round-" + std::to_string(round.number) + "-deadline", rule.rule, *rule.source,
              passed);
}

void check_log(CheckContext& ctx, const NegotiationRound& round) {
  const auto remaining = ctx.kase.stages.remaining_before(round.number + 1);
  for (const auto& entry : round.log) {
    const MessageArgs where_args{{"round", std::to_string(round.number)}, {"date", entry.on.iso()}};
    if (entry.change == BasisChange::minimum_requirement ||
        entry.change == BasisChange::award_criteria) {
      const auto rule =
          rule_for(ctx.kase.procedure, "art. 29(3)", "art. 30(3), 67(5)", "art. 31(3)");
      ctx.finding(Severity::error,
                  entry.change == BasisChange::minimum_requirement
                      ? "stages.minimum-requirement-changed"
                      : "stages.award-criteria-changed",
                  where_args, entry.change_where, rule.rule, *rule.source);
      ctx.applied("stages:basis-unchanged", rule.rule, *rule.source, false);
      continue;
    }
    if (entry.change != BasisChange::procurement_documents || entry.shared_with_all)
      continue;
    std::vector<std::string> missing;
    for (const auto& id : remaining) {
      if (std::find(entry.shared_with.begin(), entry.shared_with.end(), id) ==
          entry.shared_with.end())
        missing.push_back(id);
    }
    const auto rule = rule_for(ctx.kase.procedure, "art. 29(5)", "art. 30(3)", "art. 31(4)");
    if (!missing.empty()) {
      auto args = where_args;
      args.emplace_back("missing", join_ids(missing));
      ctx.finding(Severity::error, "stages.change-not-shared", std::move(args), entry.where,
                  rule.rule, *rule.source);
    }
    ctx.applied("stages:change-shared", rule.rule, *rule.source, missing.empty());
  }
}

bool contains(const std::vector<std::string>& ids, std::string_view id) {
  return std::find(ids.begin(), ids.end(), id) != ids.end();
}

// Equal treatment in the negotiation meetings: one meeting for every
// tenderer still in the round and none for anyone else, within the
// negotiations' window, no two at once, all of one length.
void check_meetings(CheckContext& ctx, const NegotiationRound& round) {
  const auto rule =
      rule_for(ctx.kase.procedure, "art. 29(5), 18(1)", "art. 30(3), 18(1)", "art. 31(4), 18(1)");
  const std::string number = std::to_string(round.number);
  const NegotiationMeetings& meetings = *round.meetings;
  const auto booked = booked_meetings(round);
  bool passed = true;
  auto finding = [&](std::string code, MessageArgs args, const SourceSpan& where) {
    args.insert(args.begin(), std::pair<std::string, std::string>{"round", number});
    ctx.finding(Severity::error, std::move(code), std::move(args), where, rule.rule, *rule.source);
    passed = false;
  };
  if (ctx.kase.stages.prequalification) {
    const auto remaining = ctx.kase.stages.remaining_before(round.number);
    std::vector<std::string> met;
    for (const auto& meeting : booked) {
      met.push_back(meeting.booking->tenderer);
      if (!contains(remaining, meeting.booking->tenderer))
        finding("stages.meeting-not-in-round", {{"tenderer", meeting.booking->tenderer}},
                meeting.booking->where);
    }
    for (const auto& id : remaining) {
      if (!contains(met, id))
        finding("stages.meeting-missing", {{"tenderer", id}}, meetings.where);
    }
  }
  if (const auto window = negotiation_window(ctx.kase, round)) {
    for (const auto& meeting : booked) {
      if (meeting.start < window->start || window->end < meeting.end) {
        finding("stages.meeting-outside-negotiations",
                {{"tenderer", meeting.booking->tenderer},
                 {"start", meeting.start.iso()},
                 {"end", meeting.end.iso()},
                 {"from", window->start.iso()},
                 {"until", window->end.iso()}},
                meeting.booking->where);
      }
    }
  }
  // In order of start, each meeting against the one that ends last before it.
  std::vector<const BookedMeeting*> by_start;
  for (const auto& meeting : booked)
    by_start.push_back(&meeting);
  std::stable_sort(by_start.begin(), by_start.end(),
                   [](const auto* a, const auto* b) { return a->start < b->start; });
  const BookedMeeting* latest = nullptr;
  for (const BookedMeeting* meeting : by_start) {
    if (latest != nullptr && meeting->start < latest->end) {
      finding("stages.meeting-double-booked",
              {{"tenderer", meeting->booking->tenderer},
               {"other", latest->booking->tenderer},
               {"start", meeting->start.iso()}},
              meeting->booking->where);
    }
    if (latest == nullptr || latest->end < meeting->end)
      latest = meeting;
  }
  // Lengths all alike are equal treatment, even if not the plan's; else
  // each that differs from the plan's slots is told.
  const bool alike = std::all_of(booked.begin(), booked.end(), [&](const auto& meeting) {
    return meeting.booking->length_in(meetings.plan) ==
           booked.front().booking->length_in(meetings.plan);
  });
  for (const auto& meeting : booked) {
    const auto length = meeting.booking->length_in(meetings.plan);
    if (!alike && length != meetings.plan.length) {
      finding("stages.meeting-lengths-unequal",
              {{"tenderer", meeting.booking->tenderer},
               {"length", std::to_string(length.count())},
               {"planned", std::to_string(meetings.plan.length.count())}},
              meeting.booking->where);
    }
  }
  ctx.applied("stages:round-" + number + "-meetings", rule.rule, *rule.source, passed);
}

}  // namespace

void check_stages(CheckContext& ctx) {
  const Stages& stages = ctx.kase.stages;
  if (stages.prequalification)
    check_invited(ctx, *stages.prequalification);
  if (!stages.negotiation)
    return;
  const Negotiation& negotiation = *stages.negotiation;
  for (std::size_t i = 0; i < negotiation.rounds.size(); ++i) {
    const NegotiationRound& round = negotiation.rounds[i];
    if (i > 0)
      check_round_order(ctx, negotiation.rounds[i - 1], round);
    check_log(ctx, round);
    if (round.meetings)
      check_meetings(ctx, round);
    if (!round.dropped.empty()) {
      const auto rule = rule_for(ctx.kase.procedure, "art. 29(6)", "art. 30(4)", "art. 31(5)");
      if (!negotiation.reduction_reserved) {
        ctx.finding(Severity::error, "stages.reduction-not-reserved",
                    {{"round", std::to_string(round.number)}, {"dropped", join_ids(round.dropped)}},
                    round.dropped_where, rule.rule, *rule.source);
      }
      ctx.applied("stages:round-" + std::to_string(round.number) + "-reduction", rule.rule,
                  *rule.source, negotiation.reduction_reserved);
    }
  }
}

}  // namespace procure::rules_detail
