#pragma once
// What has been done in a case by a given moment: each step of the flow that
// has a record, and where that record stands. The record is the officer's
// entry under `records:` in case.yaml or, where there is none, what the
// case's own files show (CaseEvidence): the written inputs received, the
// tenders received and opened, the evaluation complete. An entry under
// `records:` always wins; where it and a file disagree, a warning names
// both places.
//
// A record counts from the moment it holds, so that the status at an earlier
// --now does not see what was done later: a dated record from the start of
// its day (or its time), a count from the deadline it counts to, what the
// opening protocol shows from the opening. The evaluation's files carry no
// date, so a complete evaluation counts from the opening unless
// records.scores_agreed gives the day.

#include <array>
#include <optional>
#include <span>
#include <string>

#include "procure/core/choice.hpp"
#include "procure/core/diagnostic.hpp"
#include "procure/flow/case_evidence.hpp"
#include "procure/model/case.hpp"
#include "procure/time/oslo_time.hpp"

namespace procure {

enum class Step {
  dialogue_held,
  written_inputs_received,
  notice_published,
  tenders_received,
  tenders_opened,
  scores_agreed,
  award_notices_sent,
  contract_signed,
};

// "dialogue_held", ... as under `records:`.
std::span<const Choice<Step>> step_choices();
// "records.dialogue_held": the entry that records the step in case.yaml.
std::string record_key(Step step);

struct StepRecord {
  Instant holds_from{};        // from when the step counts as done
  std::optional<DateTime> at;  // when it was done, as far as the record says
  std::optional<int> count;    // inputs or tenders received by their deadline
  // Where the record stands: "records.tenders_received", or the file that
  // shows it ("kmd/opening-protocol.yaml").
  std::string source;
};

// The moment a progress is taken at, and the moments that would give the
// same progress: every question asked of it ("does what holds from x hold
// by then?") is answered alike anywhere in [same_from, same_until). So a
// schedule built from the progress is the schedule of any moment there,
// and a cache of it need not be keyed by the moment itself.
class AsOf {
 public:
  explicit AsOf(Instant at) : at_(at) {}
  // Whether `from` is by the moment; narrows the span to keep the answer.
  bool reached(Instant from) const;
  Instant same_from() const { return same_from_; }
  Instant same_until() const { return same_until_; }

 private:
  Instant at_;
  mutable Instant same_from_ = Instant::min();
  mutable Instant same_until_ = Instant::max();
};

struct CaseProgress {
  std::array<std::optional<StepRecord>, 8> steps;  // by Step: those that hold
  // The requests to participate opened, once the protocol holds: the
  // prequalification's step, shown only by its file (no `records:` entry).
  std::optional<StepRecord> requests_opened;
  // Warnings: an entry under records: that a file of the case contradicts.
  Diagnostics disagreements;
  // The moment it was taken at: a dated record elsewhere in the case (the
  // contract: section's) holds from the start of its day if that is by then.
  AsOf as_of{Instant::max()};

  // The step's record; tenders opened were received, so the opening stands
  // in for a count of tenders that was not recorded.
  const StepRecord* find(Step step) const;
  bool done(Step step) const { return find(step) != nullptr; }
  // Whether a dated record holds by as_of.
  bool holds(const std::optional<Date>& record) const;
};

// The steps done by `as_of` (Instant::max() for everything on file).
CaseProgress case_progress(const Case& kase, const CaseEvidence& evidence, Instant as_of);

}  // namespace procure
