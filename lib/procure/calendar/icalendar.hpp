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

// Who publishes an event (ORGANIZER): the buyer's contact.
struct IcsOrganizer {
  std::string name;   // CN; may be empty
  std::string email;  // the mailto: address
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
  std::optional<IcsOrganizer> organizer;
};

struct IcsCalendar {
  std::string product_id;  // "-//procure//procure 0.1.0//EN"
  std::string name;        // X-WR-CALNAME, shown by many programs
  // When the file was made: DTSTAMP and LAST-MODIFIED of every event. Of
  // two versions of an event with the same SEQUENCE (always 0: the toolkit
  // keeps no record of earlier exports to count revisions by), the later
  // DTSTAMP is the newer (RFC 5546 2.1.5).
  Instant stamp;
  // METHOD:PUBLISH (an iTIP publication, RFC 5546 3.2.1), which needs an
  // ORGANIZER in every event: true only when every event has one. Without
  // METHOD the file is a plain RFC 5545 calendar, which programs import
  // the same way.
  bool publish = false;
};

// The file in parts, never held whole (a portfolio's calendar is the
// largest thing a run writes): its head, then its events written in any
// number of parts (write_ics_events with the calendar's stamp, each case's
// on the thread that read it) in order, then its end.
std::string write_icalendar_head(const IcsCalendar& calendar);
std::string write_ics_events(std::span<const IcsEvent> events, Instant stamp);
std::string_view icalendar_end();

// A parameter value in double quotes (RFC 5545 3.1, RFC 6868): a quote is
// ^', a caret ^^ and a line break ^n; the other characters that act
// instead of showing (tabs too) are dropped, and a byte that is not UTF-8
// is U+FFFD.
std::string ics_quoted_parameter(std::string_view text);
// An e-mail address as a mailto: URI (RFC 6068) with every byte outside
// letters, digits and -._~@+ percent-encoded, so that no address can end
// the property or start another.
std::string ics_mailto(std::string_view email);

// Escapes a TEXT value: backslash, semicolon, comma and line breaks (a line
// or paragraph separator is one); drops the other characters that act
// instead of showing (acting_characters.hpp: control characters but tabs,
// bidirectional marks and overrides).
std::string ics_escape_text(std::string_view text);
// One content line, folded at 75 octets and ended with CRLF.
std::string ics_fold_line(std::string_view line);

}  // namespace procure
