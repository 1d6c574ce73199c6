#include "procure/model/procedure.hpp"

#include <array>

namespace procure {
namespace {

constexpr std::array<Choice<Procedure>, 9> procedures{{
    {"open", Procedure::open},
    {"restricted", Procedure::restricted},
    {"competitive-negotiation", Procedure::competitive_negotiation},
    {"competitive-dialogue", Procedure::competitive_dialogue},
    {"innovation-partnership", Procedure::innovation_partnership},
    {"national-open", Procedure::national_open},
    {"national-restricted", Procedure::national_restricted},
    {"national-negotiation", Procedure::national_negotiation},
    {"prize", Procedure::prize},
}};

constexpr std::array<Choice<Regime>, 5> regimes{{
    {"I", Regime::part_1},
    {"II", Regime::part_2},
    {"III", Regime::part_3},
    {"derive", Regime::derive},
    {"none", Regime::none},
}};

constexpr std::array<Choice<BuyerKind>, 2> buyer_kinds{{
    {"central-government", BuyerKind::central_government},
    {"other", BuyerKind::other},
}};

constexpr std::array<Choice<ContractCategory>, 4> categories{{
    {"goods", ContractCategory::goods},
    {"services", ContractCategory::services},
    {"works", ContractCategory::works},
    {"special-services", ContractCategory::special_services},
}};

}  // namespace

std::span<const Choice<Procedure>> procedure_choices() {
  return procedures;
}
std::span<const Choice<Regime>> regime_choices() {
  return regimes;
}
std::span<const Choice<BuyerKind>> buyer_kind_choices() {
  return buyer_kinds;
}
std::span<const Choice<ContractCategory>> contract_category_choices() {
  return categories;
}

std::string_view name_of(Procedure value) {
  return name_in<decltype(value)>(procedures, value);
}
std::string_view name_of(Regime value) {
  return name_in<decltype(value)>(regimes, value);
}
std::string_view name_of(BuyerKind value) {
  return name_in<decltype(value)>(buyer_kinds, value);
}
std::string_view name_of(ContractCategory value) {
  return name_in<decltype(value)>(categories, value);
}

Regime regime_of(Procedure procedure) {
  switch (procedure) {
    case Procedure::open:
    case Procedure::restricted:
    case Procedure::competitive_negotiation:
    case Procedure::competitive_dialogue:
    case Procedure::innovation_partnership:
      return Regime::part_3;
    case Procedure::national_open:
    case Procedure::national_restricted:
    case Procedure::national_negotiation:
      return Regime::part_2;
    case Procedure::prize:
      return Regime::none;
  }
  return Regime::derive;
}

}  // namespace procure
