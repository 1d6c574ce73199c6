// `stages: dialogue_closing`: when a competitive dialogue was declared
// concluded and who was invited to submit final tenders (docs/procedures.md).
#include "procure/load/section_readers.hpp"

namespace procure::load_detail {

void read_dialogue_closing(Context& ctx, const yaml::Node& node) {
  yaml::MapReader map(ctx.reader, node);
  DialogueClosing closing;
  closing.where = ctx.reader.span(node);
  if (ctx.kase.procedure != Procedure::competitive_dialogue) {
    ctx.reader.error(
        node, "dialogue.closing-not-dialogue",
        {{"procedure", std::string(name_in(procedure_choices(), ctx.kase.procedure))}});
  }
  if (const auto* n = map.required("at")) {
    if (auto ref = read_time_ref(ctx, *n))
      closing.at = *ref;
  }
  if (const auto* n = map.required("invited")) {
    closing.invited_where = ctx.reader.span(*n);
    if (n->is_scalar() && n->text == "all") {
      closing.invited_all = true;
    } else if (const auto* items = ctx.reader.sequence(*n)) {
      std::vector<std::string> seen;
      for (const auto& item : *items) {
        if (auto id = ctx.reader.identifier(item)) {
          check_unique_id(ctx, seen, *id, item);
          closing.invited.push_back(*id);
        }
      }
    }
  }
  map.finish();
  ctx.kase.stages.dialogue_closing = std::move(closing);
}

}  // namespace procure::load_detail
