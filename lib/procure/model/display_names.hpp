#pragma once
// Catalog keys of the display names of model values ("name.procedure.open"),
// so tools and documents name things the same way in every language.

#include <string>

#include "procure/model/award_criteria.hpp"
#include "procure/model/market_dialogue.hpp"
#include "procure/model/procedure.hpp"
#include "procure/model/timeline.hpp"

namespace procure {

std::string display_key(Procedure value);
std::string display_key(Regime value);
std::string display_key(BuyerKind value);
std::string display_key(ContractCategory value);
std::string display_key(AwardBasis value);
std::string display_key(PriceModelKind value);
std::string display_key(QualityScoring value);
std::string display_key(EvaluatorCombination value);
std::string display_key(TieBreak value);
std::string display_key(MeetingKind value);
// Standard milestones only; custom milestones carry their own title.
std::string display_key(MilestoneKind value);

}  // namespace procure
