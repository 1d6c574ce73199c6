#include "procure/load/section_readers.hpp"
#include "procure/load/value_readers.hpp"

namespace procure::load_detail {

void read_buyer(Context& ctx, const yaml::Node& node) {
  yaml::MapReader map(ctx.reader, node);
  Buyer& buyer = ctx.kase.buyer;
  buyer.where = ctx.reader.span(node);
  ctx.locate("buyer", node);
  if (const auto* n = map.optional("name"))
    ctx.locate("buyer.name", *n);
  read_text_field(ctx, map, "name", buyer.name, true);
  if (const auto* n = map.optional("organisation_number")) {
    ctx.locate("buyer.organisation_number", *n);
    buyer.organisation_number = read_organisation_number(ctx.reader, *n);
  }
  if (const auto* n = map.required("kind")) {
    ctx.locate("buyer.kind", *n);
    if (auto v = ctx.reader.choice(*n, buyer_kind_choices()))
      buyer.kind = *v;
  }
  if (const auto* n = map.optional("legal_type")) {
    ctx.locate("buyer.legal_type", *n);
    if (auto v = ctx.reader.choice(*n, buyer_legal_type_choices()))
      buyer.legal_type = *v;
  }
  if (const auto* n = map.optional("address"))
    ctx.locate("buyer.address", *n);
  read_text_field(ctx, map, "address", buyer.address);
  map.finish();
}

namespace {

// Remembers where each of `keys` of the list's next item stands
// ("contacts[0].phone"), for a finding about that value rather than the item.
void locate_item_values(Context& ctx, const yaml::MapReader& map, const std::string& item,
                        std::initializer_list<std::string_view> keys) {
  for (const std::string_view key : keys) {
    if (const yaml::Node* value = map.node().find(key))
      ctx.locate(item + "." + std::string(key), *value);
  }
}

}  // namespace

void read_contacts(Context& ctx, const yaml::Node& node) {
  std::size_t index = 0;
  ctx.kase.contacts = read_id_list<Contact>(ctx, node, [&](yaml::MapReader& map, Contact& contact) {
    locate_item_values(ctx, map, "contacts[" + std::to_string(index++) + "]",
                       {"name", "email", "phone"});
    read_text_field(ctx, map, "name", contact.name, true);
    read_localized_field(ctx, map, "role", contact.role);
    if (const auto* n = map.optional("email")) {
      if (auto v = read_email(ctx.reader, *n))
        contact.email = *v;
    }
    read_text_field(ctx, map, "phone", contact.phone);
  });
}

void read_evaluators(Context& ctx, const yaml::Node& node) {
  std::size_t index = 0;
  ctx.kase.evaluators =
      read_id_list<Evaluator>(ctx, node, [&](yaml::MapReader& map, Evaluator& evaluator) {
        locate_item_values(ctx, map, "evaluators[" + std::to_string(index++) + "]", {"name"});
        read_text_field(ctx, map, "name", evaluator.name, true);
        read_localized_field(ctx, map, "role", evaluator.role);
      });
}

std::vector<QualificationRequirement> read_qualification_list(Context& ctx,
                                                              const yaml::Node& node) {
  return read_id_list<QualificationRequirement>(
      ctx, node, [&](yaml::MapReader& map, QualificationRequirement& requirement) {
        read_localized_field(ctx, map, "requirement", requirement.requirement, true);
        read_localized_field(ctx, map, "evidence", requirement.evidence);
      });
}

void read_qualification(Context& ctx, const yaml::Node& node) {
  ctx.kase.qualification = read_qualification_list(ctx, node);
}

}  // namespace procure::load_detail
