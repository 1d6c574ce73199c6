#pragma once
// The equal-treatment check of a market dialogue (FOA § 12-2 and § 9-3 as
// DFØ reads them; directive 2014/24/EU art. 47(3) for answers close to the
// tender deadline): every answer reaches every participant, none goes to one
// supplier alone, and nothing is answered after the notice is sent that not
// everyone got at the same time. Late inputs and registrations are flagged.
//
// The notice may still be a planning window of weeks; its earliest day
// counts, so that the check errs on the side of equal treatment.

#include <optional>

#include "procure/core/diagnostic.hpp"
#include "procure/dialogue/dialogue_record.hpp"
#include "procure/model/case.hpp"
#include "procure/rules/rule_tables.hpp"

namespace procure {

// Findings: errors break equal treatment; warnings need a look. The days an
// answer must reach everyone before the tender deadline come from the rule
// tables (art. 47(3)(a): six, four with urgency, for the EEA procedures).
Diagnostics check_equal_treatment(const Case& kase, const DialogueRecord& record,
                                  const RuleTables& tables);

// Whether a receipt came after a deadline in Oslo time; a deadline without a
// time of day runs to the end of that day.
bool is_late(const Receipt& received, const DateTime& deadline);

// The deadline for written input, when the case asks for input.
std::optional<DateTime> written_input_deadline(const Case& kase);
// The registration deadline of the meeting a registration is for, when it has one.
std::optional<DateTime> registration_deadline(const Case& kase, const Registration& registration);

}  // namespace procure
