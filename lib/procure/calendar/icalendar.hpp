#pragma once
// Writing an iCalendar file (RFC 5545) that calendar programs import:
// CRLF line ends, lines folded at 75 octets without splitting a UTF-8
// character, text escaped, times in UTC ("...Z") so that no VTIMEZONE is
// needed, and a UID per event so that importing again updates an event
// instead of adding a copy.

#include <chrono>
#include <optional>
#include <span>
#include <string>
#include <string_view>
#include <variant>
#include <vector>

#include "procure/time/civil_time.hpp"
#include "procure/time/oslo_time.hpp"

namespace procure {

struct IcsAlarm {
  std::chrono::minutes before{0};  // before the event's start
  std::string description;         // shown when the alarm fires (required by RFC 5545)
};

// A moment (a timed event, in UTC) or a whole day (an all-day event).
using IcsTime = std::variant<Instant, Date>;

struct IcsEvent {
  std::string uid;
  IcsTime start;
  // For a timed event: its end, or none for a point in time.
  std::optional<Instant> end;
  // For an all-day event: its last day, when it spans several (a planning window).
  std::optional<Date> last_day;
  std::string summary;
  std::string description;
  std::string location;
  std::vector<std::string> categories;
  std::vector<IcsAlarm> alarms;
};

struct IcsCalendar {
  std::string product_id;  // "-//procure//procure 0.1.0//EN"
  std::string name;        // X-WR-CALNAME, shown by many programs
  // When the file was made: DTSTAMP and LAST-MODIFIED of every event. Of
  // two versions of an event with the same SEQUENCE (always 0: the toolkit
  // keeps no record of earlier exports to count revisions by), the later
  // DTSTAMP is the newer (RFC 5546 2.1.5).
  Instant stamp;
};

// The file in parts, never held whole (a portfolio's calendar is the
// largest thing a run writes): its head, then its events written in any
// number of parts (write_ics_events with the calendar's stamp, each case's
// on the thread that read it) in order, then its end.
std::string write_icalendar_head(const IcsCalendar& calendar);
std::string write_ics_events(std::span<const IcsEvent> events, Instant stamp);
std::string_view icalendar_end();

// Escapes a TEXT value: backslash, semicolon, comma and line breaks (a line
// or paragraph separator is one); drops the other characters that act
// instead of showing (acting_characters.hpp: control characters but tabs,
// bidirectional marks and overrides).
std::string ics_escape_text(std::string_view text);
// One content line, folded at 75 octets and ended with CRLF.
std::string ics_fold_line(std::string_view line);

}  // namespace procure
