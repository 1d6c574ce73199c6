// The `stages:` section: the prequalification and the negotiation rounds of
// a procedure in more than one step (docs/procedures.md).
#include <algorithm>

#include "procure/core/suggest.hpp"
#include "procure/load/section_readers.hpp"
#include "procure/load/value_readers.hpp"
#include "procure/model/negotiation_meetings.hpp"

namespace procure::load_detail {
namespace {

// A list of candidate ids, each once.
std::vector<std::string> read_candidate_ids(Context& ctx, const yaml::Node& node) {
  std::vector<std::string> ids;
  const auto* items = ctx.reader.sequence(node);
  if (items == nullptr)
    return ids;
  std::vector<std::string> seen;
  for (const auto& item : *items) {
    if (auto id = ctx.reader.identifier(item)) {
      check_unique_id(ctx, seen, *id, item);
      ids.push_back(*id);
    }
  }
  return ids;
}

// An id in the negotiation (a tenderer dropped, met or told of a change)
// must be a candidate of the prequalification, where it lists any.
void check_candidate(Context& ctx, const yaml::Node& node, const std::string& id) {
  const auto& pq = ctx.kase.stages.prequalification;
  if (!pq)
    return;
  std::vector<std::string> known = pq->qualified;
  for (const auto& invited : pq->invited) {
    if (std::find(known.begin(), known.end(), invited) == known.end())
      known.push_back(invited);
  }
  if (known.empty() || std::find(known.begin(), known.end(), id) != known.end())
    return;
  MessageArgs args{{"id", id}};
  const auto near = nearest(id, known);
  if (near)
    args.emplace_back("suggestion", *near);
  ctx.reader.error(node, near ? "stages.unknown-candidate-suggest" : "stages.unknown-candidate",
                   std::move(args));
}

// read_candidate_ids, each id a candidate of the prequalification.
std::vector<std::string> read_known_candidates(Context& ctx, const yaml::Node& node) {
  auto ids = read_candidate_ids(ctx, node);
  if (const auto* items = node.is_sequence() ? &node.items : nullptr) {
    for (const auto& item : *items) {
      if (std::find(ids.begin(), ids.end(), item.text) != ids.end())
        check_candidate(ctx, item, item.text);
    }
  }
  return ids;
}

std::optional<int> read_candidate_count(Context& ctx, yaml::MapReader& map, std::string_view key) {
  const auto* n = map.optional(key);
  if (n == nullptr)
    return std::nullopt;
  ctx.locate("stages.prequalification." + std::string(key), *n);
  return ctx.reader.count(*n);
}

void read_prequalification(Context& ctx, const yaml::Node& node) {
  yaml::MapReader map(ctx.reader, node);
  Prequalification pq;
  pq.where = ctx.reader.span(node);
  pq.minimum_candidates = read_candidate_count(ctx, map, "minimum_candidates");
  pq.maximum_candidates = read_candidate_count(ctx, map, "maximum_candidates");
  read_localized_field(ctx, map, "selection_criteria", pq.selection_criteria);
  if (const auto* n = map.optional("qualified")) {
    ctx.locate("stages.prequalification.qualified", *n);
    pq.qualified = read_candidate_ids(ctx, *n);
  }
  if (const auto* n = map.optional("invited")) {
    pq.invited_where = ctx.reader.span(*n);
    pq.invited = read_candidate_ids(ctx, *n);
    for (std::size_t i = 0; i < pq.invited.size() && !pq.qualified.empty(); ++i) {
      if (std::find(pq.qualified.begin(), pq.qualified.end(), pq.invited[i]) ==
          pq.qualified.end()) {
        ctx.reader.error(ctx.reader.sequence(*n)->at(i), "stages.invited-not-qualified",
                         {{"id", pq.invited[i]}});
      }
    }
  }
  map.finish();
  if (pq.minimum_candidates && pq.maximum_candidates &&
      *pq.maximum_candidates < *pq.minimum_candidates) {
    ctx.reader.error(node, "stages.maximum-below-minimum",
                     {{"minimum", std::to_string(*pq.minimum_candidates)},
                      {"maximum", std::to_string(*pq.maximum_candidates)}});
  }
  ctx.kase.stages.prequalification = std::move(pq);
}

NegotiationLogEntry read_log_entry(Context& ctx, const yaml::Node& node) {
  yaml::MapReader map(ctx.reader, node);
  NegotiationLogEntry entry;
  entry.where = ctx.reader.span(node);
  if (const auto* n = map.required("date")) {
    if (auto d = ctx.reader.date(*n))
      entry.on = *d;
  }
  if (const auto* n = map.optional("tenderer")) {
    if (auto id = ctx.reader.identifier(*n)) {
      entry.tenderer = *id;
      check_candidate(ctx, *n, *id);
    }
  }
  read_localized_field(ctx, map, "summary", entry.summary, true);
  if (const auto* n = map.optional("changes")) {
    entry.change_where = ctx.reader.span(*n);
    if (auto v = ctx.reader.choice(*n, basis_change_choices()))
      entry.change = *v;
  }
  if (const auto* n = map.optional("shared_with")) {
    if (n->is_scalar() && n->text == "all") {
      entry.shared_with_all = true;
    } else {
      entry.shared_with = read_known_candidates(ctx, *n);
    }
  }
  map.finish();
  return entry;
}

NegotiationBooking read_booking(Context& ctx, const yaml::Node& node, int round) {
  yaml::MapReader map(ctx.reader, node);
  NegotiationBooking booking;
  booking.where = ctx.reader.span(node);
  if (const auto* n = map.required("tenderer")) {
    if (auto id = ctx.reader.identifier(*n))
      booking.tenderer = *id;
  }
  if (const auto* n = map.required("start")) {
    if (auto at = ctx.reader.date_time(*n)) {
      booking.start = *at;
      if (!at->time)
        ctx.reader.error(*n, "stages.meetings-need-times", {{"round", std::to_string(round)}});
    }
  }
  if (const auto* n = map.optional("length")) {
    if (auto minutes = read_minutes(ctx.reader, *n, 1))
      booking.length = *minutes;
  }
  map.finish();
  return booking;
}

NegotiationMeetings read_meetings(Context& ctx, const yaml::Node& node, int round) {
  yaml::MapReader map(ctx.reader, node);
  NegotiationMeetings meetings;
  meetings.where = ctx.reader.span(node);
  if (const auto* length = read_slot_layout(ctx.reader, map, meetings.plan))
    meetings.length_where = ctx.reader.span(*length);
  if (const auto* n = map.optional("booked")) {
    if (const auto* items = ctx.reader.sequence(*n)) {
      for (const auto& item : *items)
        meetings.booked.push_back(read_booking(ctx, item, round));
    }
  }
  map.finish();
  return meetings;
}

NegotiationRound read_round(Context& ctx, const yaml::Node& node, int number) {
  yaml::MapReader map(ctx.reader, node);
  NegotiationRound round;
  round.number = number;
  round.where = ctx.reader.span(node);
  if (const auto* n = map.required("tender_deadline")) {
    if (auto ref = read_time_ref(ctx, *n))
      round.tender_deadline = *ref;
  }
  if (const auto* n = map.optional("negotiations_start"))
    round.negotiations_start = read_time_ref(ctx, *n);
  if (const auto* n = map.optional("negotiations_end"))
    round.negotiations_end = read_time_ref(ctx, *n);
  if (const auto* n = map.optional("meetings"))
    round.meetings = read_meetings(ctx, *n, number);
  if (const auto* n = map.optional("dropped")) {
    round.dropped_where = ctx.reader.span(*n);
    round.dropped = read_known_candidates(ctx, *n);
  }
  if (const auto* n = map.optional("log")) {
    if (const auto* items = ctx.reader.sequence(*n)) {
      for (const auto& item : *items)
        round.log.push_back(read_log_entry(ctx, item));
    }
  }
  map.finish();
  return round;
}

void read_negotiation(Context& ctx, const yaml::Node& node) {
  yaml::MapReader map(ctx.reader, node);
  Negotiation negotiation;
  negotiation.where = ctx.reader.span(node);
  if (const auto* n = map.optional("reduction_reserved")) {
    if (auto v = ctx.reader.boolean(*n))
      negotiation.reduction_reserved = *v;
  }
  if (const auto* n = map.optional("award_on_initial_reserved")) {
    if (auto v = ctx.reader.boolean(*n))
      negotiation.award_on_initial_reserved = *v;
  }
  if (const auto* n = map.required("rounds")) {
    if (const auto* items = ctx.reader.sequence(*n)) {
      int number = 1;
      for (const auto& item : *items)
        negotiation.rounds.push_back(read_round(ctx, item, number++));
    }
  }
  map.finish();
  ctx.kase.stages.negotiation = std::move(negotiation);
}

// A round's meetings are cut into slots within the negotiations' window, as
// the dialogue's one-to-one meetings are, with the same limits: at most
// DialogueMeeting::max_days days and max_slots slots.
void check_meeting_window(Context& ctx, const NegotiationRound& round) {
  for (const auto* ref : {&round.negotiations_start, &round.negotiations_end}) {
    if (*ref && !ctx.kase.timeline.resolve(**ref))
      return;  // an unknown milestone, told where it is named
  }
  const auto window = negotiation_window(ctx.kase, round);
  if (!window) {
    ctx.reader.diagnostics().error(window.problem().code, window.problem().args,
                                   round.meetings->where);
    return;
  }
  const std::string id = meetings_path(round);
  if (window->start.date.days_until(window->end.date) >= DialogueMeeting::max_days) {
    ctx.reader.diagnostics().error("dialogue.meeting-too-long",
                                   {{"id", id},
                                    {"start", window->start.iso()},
                                    {"end", window->end.iso()},
                                    {"limit", std::to_string(DialogueMeeting::max_days)}},
                                   round.meetings->where);
  } else if (const auto count = count_window_slots(*window, round.meetings->plan);
             count > max_slots) {
    ctx.reader.diagnostics().error(
        "dialogue.too-many-slots",
        {{"id", id}, {"count", std::to_string(count)}, {"limit", std::to_string(max_slots)}},
        round.meetings->length_where);
  }
}

}  // namespace

void read_stages(Context& ctx, const yaml::Node& node) {
  yaml::MapReader map(ctx.reader, node);
  if (const auto* n = map.optional("prequalification"))
    read_prequalification(ctx, *n);
  if (const auto* n = map.optional("negotiation"))
    read_negotiation(ctx, *n);
  if (const auto* n = map.optional("partnership"))
    read_partnership(ctx, *n);
  if (const auto* n = map.optional("dialogue_closing"))
    read_dialogue_closing(ctx, *n);
  map.finish();
}

void check_stage_references(Context& ctx) {
  if (const auto& partnership = ctx.kase.stages.partnership) {
    for (const auto& phase : partnership->phases) {
      if (phase.end.at || !phase.end.milestone.empty())
        check_time_ref(ctx, phase.end);
    }
  }
  if (const auto& closing = ctx.kase.stages.dialogue_closing) {
    if (closing->at.at || !closing->at.milestone.empty())
      check_time_ref(ctx, closing->at);
  }
  const auto& negotiation = ctx.kase.stages.negotiation;
  if (!negotiation)
    return;
  for (const auto& round : negotiation->rounds) {
    if (round.tender_deadline.at || !round.tender_deadline.milestone.empty())
      check_time_ref(ctx, round.tender_deadline);
    if (round.negotiations_start)
      check_time_ref(ctx, *round.negotiations_start);
    if (round.negotiations_end)
      check_time_ref(ctx, *round.negotiations_end);
    if (round.meetings)
      check_meeting_window(ctx, round);
  }
}

}  // namespace procure::load_detail
