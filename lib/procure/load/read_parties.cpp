#include "procure/load/section_readers.hpp"

namespace procure::load_detail {
namespace {

std::optional<std::string> read_email(Context& ctx, const yaml::Node& node) {
  auto email = ctx.reader.text(node);
  if (!email)
    return std::nullopt;
  const auto at = email->find('@');
  if (at == std::string::npos || at == 0 || email->find('.', at) == std::string::npos ||
      email->find(' ') != std::string::npos) {
    ctx.reader.error(node, "value.bad-email", {{"value", *email}});
    return std::nullopt;
  }
  return email;
}

}  // namespace

void read_buyer(Context& ctx, const yaml::Node& node) {
  yaml::MapReader map(ctx.reader, node);
  Buyer& buyer = ctx.kase.buyer;
  buyer.where = ctx.reader.span(node);
  read_text_field(ctx, map, "name", buyer.name, true);
  if (const auto* n = map.optional("organisation_number")) {
    ctx.locate("buyer.organisation_number", *n);
    if (const auto text = ctx.reader.text(*n)) {
      const auto number = OrganisationNumber::parse(*text);
      if (number) {
        buyer.organisation_number = *number;
      } else {
        ctx.reader.report(*n, number.problem());
      }
    }
  }
  if (const auto* n = map.required("kind")) {
    ctx.locate("buyer.kind", *n);
    if (auto v = ctx.reader.choice(*n, buyer_kind_choices()))
      buyer.kind = *v;
  }
  read_text_field(ctx, map, "address", buyer.address);
  map.finish();
}

void read_contacts(Context& ctx, const yaml::Node& node) {
  ctx.kase.contacts = read_id_list<Contact>(ctx, node, [&](yaml::MapReader& map, Contact& contact) {
    read_text_field(ctx, map, "name", contact.name, true);
    read_localized_field(ctx, map, "role", contact.role);
    if (const auto* n = map.optional("email")) {
      if (auto v = read_email(ctx, *n))
        contact.email = *v;
    }
    read_text_field(ctx, map, "phone", contact.phone);
  });
}

void read_evaluators(Context& ctx, const yaml::Node& node) {
  ctx.kase.evaluators =
      read_id_list<Evaluator>(ctx, node, [&](yaml::MapReader& map, Evaluator& evaluator) {
        read_text_field(ctx, map, "name", evaluator.name, true);
        read_localized_field(ctx, map, "role", evaluator.role);
      });
}

void read_qualification(Context& ctx, const yaml::Node& node) {
  ctx.kase.qualification = read_id_list<QualificationRequirement>(
      ctx, node, [&](yaml::MapReader& map, QualificationRequirement& requirement) {
        read_localized_field(ctx, map, "requirement", requirement.requirement, true);
        read_localized_field(ctx, map, "evidence", requirement.evidence);
      });
}

}  // namespace procure::load_detail
