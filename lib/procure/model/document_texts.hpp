#pragma once
// The case's own text blocks for its documents: what the tender documents
// say about the contract, communication, language, reservations, a tender's
// contents, confidentiality and annexes (tender_terms:), and the reasons for
// key decisions the procurement record keeps (procurement_record:). A block
// left out gets the standard text of the template.

#include <vector>

#include "procure/core/diagnostic.hpp"
#include "procure/core/localized_text.hpp"
#include "procure/time/civil_time.hpp"

namespace procure {

struct TenderTerms {
  LocalizedText contract;         // the contract and its terms (a standard contract, say)
  LocalizedText communication;    // how questions and messages go
  LocalizedText language;         // the language of tenders
  LocalizedText reservations;     // forbehold og avvik
  LocalizedText alternatives;     // whether alternative tenders are accepted
  LocalizedText tender_contents;  // what a tender must contain, in what form
  LocalizedText confidentiality;  // public access and trade secrets
  LocalizedText rejection;        // grounds beyond the regulation's
  std::vector<LocalizedText> annexes;
};

// A decision the record keeps, with its day and its reason.
struct RecordedDecision {
  Date date;
  LocalizedText decision;
  SourceSpan where;
};

struct RecordNotes {
  LocalizedText procedure_reason;       // why this procedure
  LocalizedText lots_reason;            // why no lots (or why these)
  LocalizedText conflicts_of_interest;  // found, and what was done
  LocalizedText subcontracting;         // the share the chosen supplier subcontracts
  LocalizedText communication_reason;   // why other means than electronic
  std::vector<RecordedDecision> decisions;
};

}  // namespace procure
