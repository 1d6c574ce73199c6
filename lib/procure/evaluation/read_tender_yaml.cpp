// bids/<id>.yaml (a tender as received) and evaluation/<id>.yaml (the
// buyer's assessment of it).
#include "procure/evaluation/tender_readers.hpp"
#include "procure/yaml/document.hpp"

namespace procure::evaluation_detail {
namespace {

void read_supplier(yaml::Reader& reader, const yaml::Node& node, Supplier& supplier) {
  yaml::MapReader map(reader, node);
  if (const auto* n = map.required("name")) {
    if (auto v = reader.text(*n))
      supplier.name = *v;
  }
  if (const auto* n = map.optional("organisation_number"))
    supplier.organisation_number = read_organisation_number(reader, *n);
  if (const auto* n = map.optional("size")) {
    supplier.size = reader.choice(*n, company_size_choices());
    supplier.size_where = reader.span(*n);
  }
  map.finish();
}

void read_schedule(Context& ctx, yaml::Reader& reader, const yaml::Node& node, Tender& tender) {
  const auto* items = reader.sequence(node);
  if (items == nullptr)
    return;
  for (const auto& item : *items) {
    yaml::MapReader map(reader, item);
    PriceLineNodes nodes;
    nodes.item = map.required("item");
    nodes.description = map.optional("description");
    nodes.unit = map.optional("unit");
    nodes.quantity = map.required("quantity");
    nodes.unit_price = map.required("unit_price");
    map.finish();
    if (!map.is_map())
      continue;
    if (auto line = read_price_line(ctx, reader, nodes, reader.span(item)))
      tender.schedule.push_back(std::move(*line));
  }
}

// A verdict is `pass`, `fail`, or a map {result, reason}.
void read_qualification(Context& ctx, yaml::Reader& reader, const yaml::Node& node,
                        const Tender& tender, const std::string& shown) {
  yaml::MapReader check(reader, node);
  if (!check.is_map())
    return;
  for (const auto& [requirement, value] : node.entries) {
    if (!value.is_map()) {
      add_verdict(ctx, reader, tender, requirement, value, nullptr, shown);
      continue;
    }
    yaml::MapReader map(reader, value);
    const auto* result = map.required("result");
    const auto* reason = map.optional("reason");
    map.finish();
    if (result != nullptr)
      add_verdict(ctx, reader, tender, requirement, *result, reason, shown);
  }
}

// scores: {criterion: {evaluator: {score, reason}}}
void read_scores(Context& ctx, yaml::Reader& reader, const yaml::Node& node, const Tender& tender,
                 const std::string& shown) {
  yaml::MapReader criteria(reader, node);
  if (!criteria.is_map())
    return;
  for (const auto& [criterion, evaluators] : node.entries) {
    yaml::MapReader by_evaluator(reader, evaluators);
    if (!by_evaluator.is_map())
      continue;
    for (const auto& [evaluator, entry] : evaluators.entries) {
      yaml::MapReader map(reader, entry);
      const auto* score = map.optional("score");
      const auto* reason = map.optional("reason");
      map.finish();
      if (map.is_map()) {
        add_score(ctx, reader, tender, criterion, evaluator, score, reason, reader.place(evaluator),
                  shown);
      }
    }
  }
}

}  // namespace

void read_tender_yaml(Context& ctx, const std::filesystem::path& path, const std::string& shown,
                      const std::string& id) {
  auto& diagnostics = ctx.load.diagnostics;
  ctx.unreadable.insert(id);
  const auto document = yaml::read_document(path, shown, diagnostics);
  if (!document)
    return;
  const yaml::Node* root = &document->root;
  yaml::Reader reader(document->source, diagnostics, ctx.kase.primary_language());
  Tender tender;
  tender.id = id;
  tender.file = shown;
  tender.where = document->source.span_at_byte(1, 0);
  if (root->is_null()) {
    diagnostics.error("tender.empty", {{"path", shown}}, tender.where);
    return;
  }
  yaml::MapReader map(reader, *root);
  if (!map.is_map())
    return;
  ctx.unreadable.erase(id);
  if (const auto* n = map.required("supplier"))
    read_supplier(reader, *n, tender.supplier);
  if (const auto* n = map.optional("title")) {
    if (auto v = reader.text(*n))
      tender.title = *v;
  }
  if (const auto* n = map.optional("lot")) {
    tender.lot_where = reader.span(*n);
    if (auto v = reader.identifier(*n))
      tender.lot = *v;
  }
  if (const auto* n = map.optional("candidate")) {
    tender.candidate_where = reader.span(*n);
    if (auto v = reader.identifier(*n))
      tender.candidate = *v;
  }
  if (const auto* n = map.required("received")) {
    tender.received_where = reader.span(*n);
    if (auto v = reader.instant(*n))
      tender.received = *v;
  }
  if (const auto* n = map.optional("price")) {
    tender.price_where = reader.span(*n);
    tender.stated_price = read_price(ctx, reader, *n);
  }
  if (const auto* n = map.optional("price_schedule")) {
    if (tender.price_where.line == 0)
      tender.price_where = reader.span(*n);
    read_schedule(ctx, reader, *n, tender);
  }
  if (const auto* n = map.optional("answers")) {
    yaml::MapReader answers(reader, *n);
    if (answers.is_map()) {
      for (const auto& [requirement, answer] : n->entries)
        add_answer(ctx, reader, tender, requirement, answer);
    }
  }
  map.finish();
  add_tender(ctx, std::move(tender));
}

void read_assessment_yaml(Context& ctx, const std::filesystem::path& path, const std::string& shown,
                          const std::string& id) {
  auto document = yaml::read_document(path, shown, ctx.load.diagnostics);
  if (!document)
    return;
  const yaml::Node* root = &document->root;
  // Kept alive by the places of the scores read from it (SourcePlace).
  const auto source = std::make_shared<const SourceFile>(std::move(document->source));
  yaml::Reader reader(source, ctx.load.diagnostics, ctx.kase.primary_language());
  const Tender* tender = tender_of_file(ctx, reader, id);
  if (tender == nullptr)
    return;
  // Even an empty file says the tender's assessment is here.
  ctx.assessment(tender->id, shown, source->span_at_byte(1, 0));
  yaml::MapReader map(reader, *root);
  if (!map.is_map())
    return;
  if (const auto* n = map.optional("qualification"))
    read_qualification(ctx, reader, *n, *tender, shown);
  if (const auto* n = map.optional("scores"))
    read_scores(ctx, reader, *n, *tender, shown);
  map.finish();
}

}  // namespace procure::evaluation_detail
