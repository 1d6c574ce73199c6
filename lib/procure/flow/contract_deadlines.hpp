#pragma once
// The dates that follow from an award and a signed contract, added to a
// case's schedule (rules/contract-phase.yaml holds the periods):
//
//   - the last day for a court injunction against the award: the end of the
//     standstill (part III);
//   - the contract award notice, due within 30 days of signing (part III);
//   - the complaint board's (KOFA) time limit, counted from signing;
//   - each option's last notice day: its notice period before the end the
//     contract has when the option would start;
//   - the contract's expiry, with the options used so far;
//   - the start of the next procurement: the case's lead time (default 12
//     months) before the last end the contract can still reach.
//
// Signing counts from records.contract_signed once recorded, else from the
// planned contract_signature, or from the first day the standstill allows
// where the schedule's item holds it back (StandstillHold): the items given
// hold the signature as case_schedule has placed it. Options run in order: once one is declined,
// the later ones can no longer be used and get no dates.

#include <vector>

#include "procure/flow/schedule.hpp"

namespace procure {

void add_contract_deadlines(const Case& kase, const CaseProgress& progress,
                            const RuleTables& tables, std::vector<ScheduleItem>& items);

}  // namespace procure
