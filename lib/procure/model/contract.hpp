#pragma once
// The contract phase: what was signed (start, end, value), the options to
// extend it, and for a framework agreement its suppliers and the contracts
// called off under it. The dates the rules add (the contract award notice,
// each option's last notice day, expiry, the start of the next procurement,
// the complaint deadlines) are computed in flow/contract_deadlines.

#include <optional>
#include <span>
#include <string>
#include <vector>

#include "procure/core/choice.hpp"
#include "procure/core/diagnostic.hpp"
#include "procure/core/money.hpp"
#include "procure/time/civil_time.hpp"
#include "procure/time/period.hpp"

namespace procure {

// An option to extend the contract: its length, and how long before the
// contract's current end the buyer must give notice to use it.
struct ContractOption {
  std::string id;
  Period extension{12, PeriodUnit::months};
  Period notice{3, PeriodUnit::months};
  // Records: the day the option was used, or the day the buyer decided not to.
  std::optional<Date> exercised;
  std::optional<Date> declined;
  SourceSpan where;
};

// How a contract under a framework agreement is awarded (FOA § 26-3 (2)-(4)):
// by the terms and the order of the suppliers the framework set, or by a
// mini-competition among the framework's suppliers.
enum class CallOffMethod { ranking, mini_competition };

std::span<const Choice<CallOffMethod>> call_off_method_choices();

struct CallOff {
  std::string id;
  CallOffMethod method = CallOffMethod::ranking;
  std::string supplier;  // the framework supplier it went to, by id
  std::optional<Money> value;
  // A mini-competition is a case folder of its own (case.yaml, bids/,
  // opening-protocol.yaml, evaluation/), relative to the framework's folder.
  std::string folder;
  std::optional<Date> signed_on;  // record: the call-off contract was signed
  SourceSpan where;
};

struct FrameworkSupplier {
  std::string id;
  std::string name;
  SourceSpan where;
};

struct Framework {
  // In the framework's order: the first is ranked first.
  std::vector<FrameworkSupplier> suppliers;
  // How its contracts are to be awarded, as the tender documents say
  // (FOA § 26-3): by the ranking, by mini-competition, or either.
  std::vector<CallOffMethod> call_off_by;
  // Why a framework under part III may run longer than the rules allow
  // (FOA § 26-1 (2): "særlige tilfeller").
  std::string longer_duration_reason;
  std::vector<CallOff> call_offs;

  const FrameworkSupplier* find_supplier(std::string_view id) const;
};

struct Contract {
  std::optional<Date> start;  // the first day of the contract
  std::optional<Date> end;    // its last day, before any option
  std::optional<Money> value;
  std::vector<ContractOption> options;  // used in order: each extends the end of the one before
  // How long before the contract's last possible end the next procurement
  // should start; the case may set it, the default is 12 months.
  Period successor_lead_time{12, PeriodUnit::months};
  // Records: the contract award notice published, and the contract ended.
  std::optional<Date> award_notice_published;
  std::optional<Date> ended;
  std::optional<Framework> framework;
  SourceSpan where;
};

}  // namespace procure
