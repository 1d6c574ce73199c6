// The `tender_terms:` and `procurement_record:` sections: the case's own text
// blocks for the tender documents and the procurement record.
#include "procure/load/section_readers.hpp"

namespace procure::load_detail {

void read_tender_terms(Context& ctx, const yaml::Node& node) {
  yaml::MapReader map(ctx.reader, node);
  auto& terms = ctx.kase.tender_terms;
  read_localized_field(ctx, map, "contract", terms.contract);
  read_localized_field(ctx, map, "communication", terms.communication);
  read_localized_field(ctx, map, "language", terms.language);
  read_localized_field(ctx, map, "reservations", terms.reservations);
  read_localized_field(ctx, map, "alternatives", terms.alternatives);
  read_localized_field(ctx, map, "tender_contents", terms.tender_contents);
  read_localized_field(ctx, map, "confidentiality", terms.confidentiality);
  read_localized_field(ctx, map, "rejection", terms.rejection);
  if (const auto* n = map.optional("annexes")) {
    if (const auto* items = ctx.reader.sequence(*n)) {
      for (const auto& item : *items) {
        if (auto text = ctx.reader.localized_text(item))
          terms.annexes.push_back(*text);
      }
    }
  }
  map.finish();
}

void read_procurement_record(Context& ctx, const yaml::Node& node) {
  yaml::MapReader map(ctx.reader, node);
  auto& notes = ctx.kase.record_notes;
  read_localized_field(ctx, map, "procedure_reason", notes.procedure_reason);
  read_localized_field(ctx, map, "lots_reason", notes.lots_reason);
  read_localized_field(ctx, map, "conflicts_of_interest", notes.conflicts_of_interest);
  read_localized_field(ctx, map, "subcontracting", notes.subcontracting);
  read_localized_field(ctx, map, "communication_reason", notes.communication_reason);
  if (const auto* n = map.optional("decisions")) {
    if (const auto* items = ctx.reader.sequence(*n)) {
      for (const auto& item : *items) {
        yaml::MapReader entry(ctx.reader, item);
        RecordedDecision decision;
        decision.where = ctx.reader.span(item);
        bool complete = true;
        if (const auto* d = entry.required("date")) {
          const auto date = ctx.reader.date(*d);
          complete = date.has_value();
          if (date)
            decision.date = *date;
        } else {
          complete = false;
        }
        read_localized_field(ctx, entry, "decision", decision.decision, true);
        entry.finish();
        if (complete && !decision.decision.empty())
          notes.decisions.push_back(std::move(decision));
      }
    }
  }
  map.finish();
}

}  // namespace procure::load_detail
