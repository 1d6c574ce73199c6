#pragma once
// A tender as received: who sent it, when, and at what price. Read from
// bids/<id>.yaml or a row of bids/tenders.csv; sealed at opening, so it never
// holds the buyer's assessment (see assessment.hpp).

#include <map>
#include <optional>
#include <string>
#include <vector>

#include "procure/core/decimal.hpp"
#include "procure/core/diagnostic.hpp"
#include "procure/core/money.hpp"
#include "procure/model/company_size.hpp"
#include "procure/model/organisation_number.hpp"
#include "procure/time/oslo_time.hpp"

namespace procure {

struct Supplier {
  std::string name;
  // Foreign suppliers have none; a Norwegian one is checked (modulus 11).
  std::optional<OrganisationNumber> organisation_number;
  // The size it declares (ESPD: micro, small, medium or large), for the
  // award notice's statistics and its winner (BT-165).
  std::optional<CompanySize> size;
  SourceSpan size_where;
};

// One line of a price schedule: quantity × unit price, computed exactly.
struct PriceLine {
  std::string item;
  std::string description;
  std::string unit;  // "hour", "workshop": as the schedule names it
  Decimal quantity;
  Money unit_price;
  Decimal amount;  // quantity × unit price, exact (may have more decimals than øre)
  SourceSpan where;
};

struct Tender {
  std::string id;  // the file name without .yaml, or the CSV row's id
  Supplier supplier;
  std::string title;  // the tender's or application's own name, if it has one
  Instant received{};
  std::optional<Money> stated_price;  // the total the tender states
  std::vector<PriceLine> schedule;
  // The price evaluated: the schedule's total when there is a schedule,
  // else the stated price.
  std::optional<Money> price;
  // The supplier's answers to the qualification requirements, by requirement id.
  std::map<std::string, std::string> answers;
  // The lot (delkontrakt) it is for, in a case divided into lots: one
  // tender a lot, so a supplier tendering for two lots sends two.
  std::string lot;
  SourceSpan lot_where;
  // The candidate it comes from, in a procedure in stages, as written
  // (`candidate:`); empty when not written: the tender's own id. One
  // candidate tendering for two lots sends two tenders that name it.
  std::string candidate;
  SourceSpan candidate_where;
  std::string file;  // where it was read from, as shown in messages
  SourceSpan where;  // its file's first line, or its CSV row
  SourceSpan received_where;
  SourceSpan price_where;

  // The candidate every stage rule (invitation, reduction) and the lots'
  // limits per tenderer go by.
  const std::string& candidate_id() const { return candidate.empty() ? id : candidate; }
};

}  // namespace procure
