#pragma once
// The stages of a procedure in more than one step: the prequalification of
// candidates (requests to participate, selection, invitation) and the
// rounds of tenders with negotiation between them. A case without a
// `stages:` section is one round, as before: its tenders in bids/.
//
// A candidate keeps one id through every stage: the name of its request in
// requests/ (requests/<id>.yaml) and of its tender in each round
// (rounds/<n>/bids/<id>.yaml).

#include <chrono>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "procure/core/choice.hpp"
#include "procure/core/diagnostic.hpp"
#include "procure/core/localized_text.hpp"
#include "procure/model/case_files.hpp"
#include "procure/model/dialogue_closing.hpp"
#include "procure/model/partnership.hpp"
#include "procure/model/timeline.hpp"
#include "procure/time/slot_layout.hpp"

namespace procure {

struct Prequalification {
  // The number of candidates the notice said it would invite: at least
  // `minimum_candidates`, at most `maximum_candidates` when more qualify.
  std::optional<int> minimum_candidates;
  std::optional<int> maximum_candidates;
  LocalizedText selection_criteria;    // as published, used when more qualify than the maximum
  std::vector<std::string> qualified;  // candidate ids that met the qualification requirements
  std::vector<std::string> invited;    // candidate ids invited to tender
  SourceSpan where;
  SourceSpan invited_where;
};

// What an entry of the negotiation log changed in the basis of the competition.
enum class BasisChange {
  none,                   // nothing: a clarification of one tenderer's tender
  procurement_documents,  // specifications or other documents: every remaining tenderer is told
  minimum_requirement,    // never negotiable (2014/24/EU art. 29(3))
  award_criteria,         // never negotiable (2014/24/EU art. 29(3))
};

std::span<const Choice<BasisChange>> basis_change_choices();

struct NegotiationLogEntry {
  Date on;
  std::string tenderer;  // the candidate id the meeting or letter was with; empty: all
  LocalizedText summary;
  BasisChange change = BasisChange::none;
  // Who was told of a change; `all` in the file sets shared_with_all.
  std::vector<std::string> shared_with;
  bool shared_with_all = false;
  SourceSpan where;
  SourceSpan change_where;
};

// A negotiation meeting booked for one tenderer: its start, and its length
// when it differs from the plan's (which equal treatment rarely allows).
struct NegotiationBooking {
  std::string tenderer;  // the candidate id
  DateTime start;
  std::optional<std::chrono::minutes> length;
  SourceSpan where;

  std::chrono::minutes length_in(const SlotLayout& plan) const {
    return length.value_or(plan.length);
  }
};

// The round's negotiation meetings: the window from negotiations_start to
// negotiations_end cut into slots as the dialogue's one-to-one meetings
// are, and the meetings booked in it, one per tenderer still in the round.
struct NegotiationMeetings {
  SlotLayout plan;
  std::vector<NegotiationBooking> booked;
  SourceSpan where;
  SourceSpan length_where;
};

struct NegotiationRound {
  int number = 1;  // 1, 2, ...: its files are in rounds/<number>/
  TimeRef tender_deadline;
  // The negotiation meetings after this round's tenders, one slot per
  // tenderer (as the dialogue's one-to-one slots); none after the final round.
  std::optional<TimeRef> negotiations_start;
  std::optional<TimeRef> negotiations_end;
  std::optional<NegotiationMeetings> meetings;
  // Tenderers not invited to the next round (the reduction by the award criteria).
  std::vector<std::string> dropped;
  std::vector<NegotiationLogEntry> log;
  SourceSpan where;
  SourceSpan dropped_where;
};

struct Negotiation {
  // The notice reserved the right to reduce the number of tenders between
  // rounds (art. 29(6)) and to award on the initial tenders (art. 29(4)).
  bool reduction_reserved = false;
  bool award_on_initial_reserved = false;
  std::vector<NegotiationRound> rounds;  // the last one is the final tenders
  SourceSpan where;
};

struct Stages {
  std::optional<Prequalification> prequalification;
  std::optional<Negotiation> negotiation;
  std::optional<Partnership> partnership;  // an innovation partnership's phases after the award
  std::optional<DialogueClosing> dialogue_closing;  // a competitive dialogue's close

  bool empty() const {
    return !prequalification && !negotiation && !partnership && !dialogue_closing;
  }
  // The round whose tenders decide the award: the last one.
  const NegotiationRound* deciding_round() const;
  const NegotiationRound* round(int number) const;
  // The candidates still in the competition at the start of round `number`:
  // the invited, less those dropped in earlier rounds.
  std::vector<std::string> remaining_before(int number) const;
  // The round a candidate was dropped in, if one dropped it before `number`.
  std::optional<int> dropped_before(std::string_view id, int number) const;
};

}  // namespace procure
