// The award basis a procedure allows: competitive dialogue and innovation
// partnership are awarded on the best price-quality ratio alone, never on
// the lowest price or cost (2014/24/EU art. 30(1), 31(1), with art. 67(2)).
#include "procure/rules/check_steps.hpp"

namespace procure::rules_detail {

void check_award_basis(CheckContext& ctx) {
  const Case& kase = ctx.kase;
  if (!kase.award || (kase.procedure != Procedure::competitive_dialogue &&
                      kase.procedure != Procedure::innovation_partnership))
    return;
  const std::string rule = kase.procedure == Procedure::competitive_dialogue
                               ? "2014/24/EU art. 30(1), 67(2)"
                               : "2014/24/EU art. 31(1), 67(2)";
  const std::string source = "https://eur-lex.europa.eu/eli/dir/2014/24/oj";
  const AwardBasis basis = kase.award->basis;
  const bool passed = basis != AwardBasis::lowest_price && basis != AwardBasis::lowest_cost;
  if (!passed) {
    static const SourceSpan none;
    const SourceSpan* where = kase.location("award.basis");
    ctx.finding(Severity::error, "rules.price-only-award",
                {{"procedure", std::string(name_in(procedure_choices(), kase.procedure))},
                 {"basis", std::string(name_in(award_basis_choices(), basis))}},
                where != nullptr ? *where : none, rule, source);
  }
  ctx.applied("award-basis", rule, source, passed);
}

}  // namespace procure::rules_detail
