#pragma once
// What the portfolio tools (remind, status, calendar) show of a case: its
// reference and title, its schedule's items, the plan of its status, and
// the meetings and alarms of its calendar. The same at every moment of its
// progress's AsOf span, so the tools keep it between runs, and a repeat run
// needs neither the case nor its files.

#include <optional>
#include <string>
#include <vector>

#include "procure/core/lang.hpp"
#include "procure/core/localized_text.hpp"
#include "procure/flow/case_status.hpp"
#include "procure/flow/schedule.hpp"
#include "procure/model/market_dialogue.hpp"
#include "procure/time/period.hpp"

namespace procure {

// A meeting of the market dialogue with a time at both ends, as a calendar
// shows it: from its start to its end.
struct OutlineMeeting {
  std::string id;
  Instant start;
  Instant end;
  LocalizedText title;
  std::string place;
  std::vector<AgendaItem> agenda;
  // Where the record that the dialogue was held stands, when it was held by
  // the meeting's last day: the meeting then needs no alarm.
  std::optional<std::string> held_by;
  // The timeline's milestones its start and end stand at: the meeting's
  // event shows them, so they are no events of their own.
  std::vector<std::string> milestones;

  bool operator==(const OutlineMeeting&) const = default;
};

// A negotiation meeting booked with a tenderer in a round.
struct OutlineNegotiationMeeting {
  int round = 0;
  std::string tenderer;
  Instant start;
  Instant end;

  bool operator==(const OutlineNegotiationMeeting&) const = default;
};

struct CaseOutline {
  std::string reference;
  LocalizedText title;
  Lang primary_language = Lang::nb;
  // What names the case for good (its reference at its buyer): the calendar's
  // events keep their UIDs by it from export to export.
  std::string identity;
  // Without their places in case.yaml (`where`): what shows an outline
  // quotes no line of the case.
  std::vector<ScheduleItem> items;
  StatusPlan status;
  std::vector<OutlineMeeting> meetings;                         // in the order written
  std::vector<OutlineNegotiationMeeting> negotiation_meetings;  // by start
  std::vector<Period> alarms;  // the case's own lead times (reminders.alarms)
  // Who a calendar names as its events' organizer: the case's first
  // contact, as the notices name the buyer's contact, when it has an
  // address; else both are empty.
  std::string organizer_name;
  std::string organizer_email;

  bool operator==(const CaseOutline&) const = default;
};

CaseOutline case_outline(const Case& kase, const CaseSchedule& schedule);

}  // namespace procure
