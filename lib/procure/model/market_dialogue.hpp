#pragma once
// Market dialogue before the competition: meetings with suppliers and
// questions they are invited to answer in writing.

#include <string>
#include <vector>

#include "procure/core/choice.hpp"
#include "procure/core/localized_text.hpp"
#include "procure/model/timeline.hpp"

namespace procure {

enum class MeetingKind { plenary, one_to_one };

std::span<const Choice<MeetingKind>> meeting_kind_choices();

struct AgendaItem {
  std::optional<TimeOfDay> time;
  LocalizedText text;

  bool operator==(const AgendaItem&) const = default;
};

struct DialogueMeeting {
  // From its first day to its last: a dialogue meeting takes a day or a few,
  // and one-to-one slots are cut on each of its days.
  static constexpr int max_days = 31;

  std::string id;
  MeetingKind kind = MeetingKind::plenary;
  LocalizedText title;
  TimeRef start;
  TimeRef end;
  std::string place;
  std::optional<TimeRef> registration_deadline;
  std::vector<AgendaItem> agenda;
  SourceSpan where;
};

struct WrittenInputQuestion {
  std::string id;
  LocalizedText text;
  SourceSpan where;
};

struct WrittenInput {
  TimeRef deadline;
  std::string submit_to;  // an e-mail address or the e-tendering system's name
  std::vector<WrittenInputQuestion> questions;
  SourceSpan where;
};

struct MarketDialogue {
  std::vector<DialogueMeeting> meetings;
  std::optional<WrittenInput> written_input;

  bool empty() const { return meetings.empty() && !written_input; }
};

}  // namespace procure
