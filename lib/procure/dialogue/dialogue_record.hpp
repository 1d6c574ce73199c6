#pragma once
// What happened in the market dialogue, as kept in the case's dialogue/
// folder: the suppliers taking part and their registrations, the written
// inputs received, and the register of questions and answers. Meetings and
// the questions for written input stay in case.yaml and are named by id.

#include <chrono>
#include <optional>
#include <string>
#include <vector>

#include "procure/core/diagnostic.hpp"
#include "procure/model/case_files.hpp"
#include "procure/model/organisation_number.hpp"
#include "procure/time/civil_time.hpp"
#include "procure/time/oslo_time.hpp"
#include "procure/time/slot_layout.hpp"

namespace procure {

// A time a supplier's message arrived, exact to the second, and as written.
struct Receipt {
  Instant at{};
  std::string as_written;
};

struct Registration {
  std::string meeting;  // the id of a meeting in case.yaml
  Receipt received;
  SourceSpan where;
};

struct Participant {
  std::string id;
  std::string name;
  std::optional<OrganisationNumber> organisation_number;
  std::string contact;
  std::string email;
  std::vector<Registration> registrations;
  SourceSpan where;
};

// One-to-one meetings are cut into slots: the meeting's start and end in
// case.yaml are the window; the length, the gap between slots and the breaks
// are kept here.
struct SlotPlan : SlotLayout {
  std::string meeting;
  SourceSpan where;
};

struct InputAnswer {
  std::string question;  // the id of a written-input question in case.yaml
  std::string text;
  bool trade_secret = false;  // never shown to others, only as redacted
  SourceSpan where;
};

struct WrittenInputReceived {
  std::string participant;
  Receipt received;
  std::vector<InputAnswer> answers;
  SourceSpan where;
};

// A question a supplier asked, and how it was answered and shared. An answer
// given to everyone at once needs no publication date; an answer first given
// to some must be published to all.
struct QaEntry {
  std::string id;
  std::string participant;  // who asked; empty when not known
  Receipt received;
  std::string question;
  std::string answer;  // empty while unanswered
  std::optional<Date> answered;
  std::vector<std::string> answered_to;  // empty: everyone at once
  std::optional<Date> published;         // published to all participants
  SourceSpan where;
  SourceSpan answered_to_where;
  SourceSpan published_where;

  bool is_answered() const { return answered.has_value(); }
  bool answered_to_all() const { return answered_to.empty(); }
};

struct DialogueRecord {
  std::vector<Participant> participants;
  std::vector<SlotPlan> slot_plans;
  std::vector<WrittenInputReceived> inputs;
  std::vector<QaEntry> questions;

  const Participant* find_participant(std::string_view id) const;
  const SlotPlan* find_slot_plan(std::string_view meeting) const;
};

}  // namespace procure
