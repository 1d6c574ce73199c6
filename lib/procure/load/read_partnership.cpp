// `stages: partnership`: an innovation partnership's partners, research and
// development phases, the decisions at each phase's end and the acquisition
// of the result (docs/procedures.md).
#include <algorithm>

#include "procure/load/section_readers.hpp"

namespace procure::load_detail {
namespace {

// Partner ids, each once; each one of the partnership's own when `partners` is given.
std::vector<std::string> read_partner_ids(Context& ctx, const yaml::Node& node,
                                          const std::vector<std::string>* partners) {
  std::vector<std::string> ids;
  const auto* items = ctx.reader.sequence(node);
  if (items == nullptr)
    return ids;
  std::vector<std::string> seen;
  for (const auto& item : *items) {
    auto id = ctx.reader.identifier(item);
    if (!id)
      continue;
    check_unique_id(ctx, seen, *id, item);
    if (partners != nullptr &&
        std::find(partners->begin(), partners->end(), *id) == partners->end())
      ctx.reader.error(item, "partnership.unknown-partner", {{"id", *id}});
    ids.push_back(*id);
  }
  return ids;
}

PartnerDecision read_decision(Context& ctx, const yaml::Node& node,
                              const std::vector<std::string>& partners) {
  yaml::MapReader map(ctx.reader, node);
  PartnerDecision decision;
  decision.where = ctx.reader.span(node);
  if (const auto* n = map.required("partner")) {
    if (auto id = ctx.reader.identifier(*n)) {
      decision.partner = *id;
      if (std::find(partners.begin(), partners.end(), *id) == partners.end())
        ctx.reader.error(*n, "partnership.unknown-partner", {{"id", *id}});
    }
  }
  if (const auto* n = map.required("date")) {
    if (auto d = ctx.reader.date(*n))
      decision.on = *d;
  }
  if (const auto* n = map.required("decision")) {
    decision.decision_where = ctx.reader.span(*n);
    if (auto v = ctx.reader.choice(*n, phase_decision_choices()))
      decision.decision = *v;
  }
  map.finish();
  return decision;
}

DevelopmentPhase read_phase(Context& ctx, const yaml::Node& node, int number,
                            const std::vector<std::string>& partners) {
  yaml::MapReader map(ctx.reader, node);
  DevelopmentPhase phase;
  phase.number = number;
  phase.where = ctx.reader.span(node);
  read_localized_field(ctx, map, "title", phase.title, true);
  if (const auto* n = map.optional("targets")) {
    if (const auto* items = ctx.reader.sequence(*n)) {
      for (const auto& item : *items) {
        if (auto text = ctx.reader.localized_text(item))
          phase.targets.push_back(*text);
      }
    }
  }
  if (const auto* n = map.required("end")) {
    if (auto ref = read_time_ref(ctx, *n))
      phase.end = *ref;
  }
  if (const auto* n = map.optional("decisions")) {
    if (const auto* items = ctx.reader.sequence(*n)) {
      std::vector<std::string> seen;
      for (const auto& item : *items) {
        phase.decisions.push_back(read_decision(ctx, item, partners));
        if (!phase.decisions.back().partner.empty())
          check_unique_id(ctx, seen, phase.decisions.back().partner, item);
      }
    }
  }
  map.finish();
  return phase;
}

Acquisition read_acquisition(Context& ctx, const yaml::Node& node,
                             const std::vector<std::string>& partners) {
  yaml::MapReader map(ctx.reader, node);
  Acquisition acquisition;
  acquisition.where = ctx.reader.span(node);
  if (const auto* n = map.required("date")) {
    if (auto d = ctx.reader.date(*n))
      acquisition.on = *d;
  }
  if (const auto* n = map.required("partners")) {
    // What the rules say of an acquisition is about whom it buys from.
    acquisition.where = ctx.reader.span(*n);
    acquisition.partners = read_partner_ids(ctx, *n, &partners);
  }
  map.finish();
  return acquisition;
}

}  // namespace

void read_partnership(Context& ctx, const yaml::Node& node) {
  yaml::MapReader map(ctx.reader, node);
  Partnership partnership;
  partnership.where = ctx.reader.span(node);
  if (ctx.kase.procedure != Procedure::innovation_partnership) {
    ctx.reader.error(
        node, "partnership.not-innovation-partnership",
        {{"procedure", std::string(name_in(procedure_choices(), ctx.kase.procedure))}});
  }
  if (const auto* n = map.optional("termination_reserved")) {
    if (auto v = ctx.reader.boolean(*n))
      partnership.termination_reserved = *v;
  }
  if (const auto* n = map.required("partners")) {
    partnership.partners = read_partner_ids(ctx, *n, nullptr);
    // A partner is a tenderer the partnership was awarded to: one that was invited.
    const auto& pq = ctx.kase.stages.prequalification;
    const auto* items = ctx.reader.sequence(*n);
    for (std::size_t i = 0; pq && !pq->invited.empty() && items != nullptr &&
                            i < partnership.partners.size() && i < items->size();
         ++i) {
      const auto& id = partnership.partners[i];
      if (std::find(pq->invited.begin(), pq->invited.end(), id) == pq->invited.end())
        ctx.reader.error(items->at(i), "partnership.partner-not-invited", {{"id", id}});
    }
  }
  if (const auto* n = map.required("phases")) {
    if (const auto* items = ctx.reader.sequence(*n)) {
      int number = 1;
      for (const auto& item : *items)
        partnership.phases.push_back(read_phase(ctx, item, number++, partnership.partners));
    }
  }
  if (const auto* n = map.optional("acquisition"))
    partnership.acquisition = read_acquisition(ctx, *n, partnership.partners);
  map.finish();
  ctx.kase.stages.partnership = std::move(partnership);
}

}  // namespace procure::load_detail
