#include "procure/load/section_readers.hpp"
#include "procure/load/value_readers.hpp"

namespace procure::load_detail {

void read_buyer(Context& ctx, const yaml::Node& node) {
  yaml::MapReader map(ctx.reader, node);
  Buyer& buyer = ctx.kase.buyer;
  buyer.where = ctx.reader.span(node);
  if (const auto* n = map.required("name")) {
    if (auto v = ctx.reader.text(*n))
      buyer.name = *v;
  }
  if (const auto* n = map.optional("organisation_number")) {
    ctx.locate("buyer.organisation_number", *n);
    buyer.organisation_number = read_organisation_number(ctx.reader, *n);
  }
  if (const auto* n = map.required("kind")) {
    ctx.locate("buyer.kind", *n);
    if (auto v = ctx.reader.choice(*n, buyer_kind_choices()))
      buyer.kind = *v;
  }
  if (const auto* n = map.optional("address")) {
    if (auto v = ctx.reader.text(*n))
      buyer.address = *v;
  }
  map.finish();
}

void read_contacts(Context& ctx, const yaml::Node& node) {
  const auto* items = ctx.reader.sequence(node);
  if (items == nullptr)
    return;
  std::vector<std::string> ids;
  for (const auto& item : *items) {
    yaml::MapReader map(ctx.reader, item);
    Contact contact;
    contact.where = ctx.reader.span(item);
    if (const auto* n = map.required("id")) {
      if (auto v = ctx.reader.identifier(*n)) {
        contact.id = *v;
        check_unique_id(ctx, ids, *v, *n);
      }
    }
    if (const auto* n = map.required("name")) {
      if (auto v = ctx.reader.text(*n))
        contact.name = *v;
    }
    if (const auto* n = map.optional("role")) {
      if (auto v = ctx.reader.localized_text(*n))
        contact.role = *v;
    }
    if (const auto* n = map.optional("email")) {
      if (auto v = read_email(ctx.reader, *n))
        contact.email = *v;
    }
    if (const auto* n = map.optional("phone")) {
      if (auto v = ctx.reader.text(*n))
        contact.phone = *v;
    }
    map.finish();
    ctx.kase.contacts.push_back(std::move(contact));
  }
}

void read_evaluators(Context& ctx, const yaml::Node& node) {
  const auto* items = ctx.reader.sequence(node);
  if (items == nullptr)
    return;
  std::vector<std::string> ids;
  for (const auto& item : *items) {
    yaml::MapReader map(ctx.reader, item);
    Evaluator evaluator;
    evaluator.where = ctx.reader.span(item);
    if (const auto* n = map.required("id")) {
      if (auto v = ctx.reader.identifier(*n)) {
        evaluator.id = *v;
        check_unique_id(ctx, ids, *v, *n);
      }
    }
    if (const auto* n = map.required("name")) {
      if (auto v = ctx.reader.text(*n))
        evaluator.name = *v;
    }
    if (const auto* n = map.optional("role")) {
      if (auto v = ctx.reader.localized_text(*n))
        evaluator.role = *v;
    }
    map.finish();
    ctx.kase.evaluators.push_back(std::move(evaluator));
  }
}

void read_qualification(Context& ctx, const yaml::Node& node) {
  const auto* items = ctx.reader.sequence(node);
  if (items == nullptr)
    return;
  std::vector<std::string> ids;
  for (const auto& item : *items) {
    yaml::MapReader map(ctx.reader, item);
    QualificationRequirement requirement;
    requirement.where = ctx.reader.span(item);
    if (const auto* n = map.required("id")) {
      if (auto v = ctx.reader.identifier(*n)) {
        requirement.id = *v;
        check_unique_id(ctx, ids, *v, *n);
      }
    }
    if (const auto* n = map.required("requirement")) {
      if (auto v = ctx.reader.localized_text(*n))
        requirement.requirement = *v;
    }
    if (const auto* n = map.optional("evidence")) {
      if (auto v = ctx.reader.localized_text(*n))
        requirement.evidence = *v;
    }
    map.finish();
    ctx.kase.qualification.push_back(std::move(requirement));
  }
}

}  // namespace procure::load_detail
