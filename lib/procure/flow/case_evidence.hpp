#pragma once
// What a case's own files show was done, so that the officer never records a
// fact twice: the written inputs received by their deadline
// (dialogue/inputs.yaml), the requests to participate opened
// (requests-opening-protocol.yaml), the tenders received and opened
// (opening-protocol.yaml, written by procure-score open), and whether the
// evaluation is complete for every valid tender (bids/ and evaluation/, as
// evaluate() finds them). A file that does not exist shows nothing; a file
// that cannot be read shows nothing either, and its problems are kept.
//
// A dialogue meeting leaves no such trace (registrations say who meant to
// come, not that the meeting took place), so it stays records.dialogue_held;
// so do the notice, the award notices and the contract, which no file of the
// case holds.

#include <optional>
#include <string>

#include "procure/core/diagnostic.hpp"
#include "procure/model/case.hpp"
#include "procure/time/oslo_time.hpp"

namespace procure {

struct InputsEvidence {
  int received = 0;             // received by the deadline
  int late = 0;                 // received after it
  std::optional<Instant> last;  // the last one received by the deadline
  Instant deadline{};
  std::string file;  // "kmd/dialogue/inputs.yaml"
};

struct OpeningEvidence {
  int received = 0;  // tenders received by the tender deadline
  int late = 0;
  Instant opened_at{};
  std::string file;         // "kmd/opening-protocol.yaml"
  SourceSpan opened_where;  // its opened_at
};

// The requests to participate opened (requests-opening-protocol.yaml,
// written by procure-score open --requests): the prequalification's opening.
struct RequestsOpeningEvidence {
  int opened = 0;  // on time and late
  Instant opened_at{};
  std::string file;  // "bergvik/requests-opening-protocol.yaml"
};

struct EvaluationEvidence {
  bool complete = false;
  int incomplete = 0;  // tenders that still lack verdicts or scores
  std::string folder;  // "kmd/evaluation"
};

struct CaseEvidence {
  std::optional<InputsEvidence> inputs;
  std::optional<OpeningEvidence> opening;
  std::optional<RequestsOpeningEvidence> requests_opening;
  // Only once the tenders were opened: no evaluation comes before.
  std::optional<EvaluationEvidence> evaluation;
  Diagnostics problems;  // errors in the files read
};

CaseEvidence read_case_evidence(const Case& kase);

}  // namespace procure
