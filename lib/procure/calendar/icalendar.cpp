#include "procure/calendar/icalendar.hpp"

#include <cstdio>

#include "procure/core/utf8.hpp"

namespace procure {
namespace {

constexpr std::size_t max_octets = 75;

std::string utc_stamp(Instant instant) {
  // "2018-04-06T10:00:00Z" -> "20180406T100000Z"
  std::string out;
  for (const char c : iso_utc(instant)) {
    if (c != '-' && c != ':')
      out += c;
  }
  return out;
}

std::string basic_date(Date day) {
  char buffer[16];
  std::snprintf(buffer, sizeof buffer, "%04d%02u%02u", day.year(), day.month(), day.day());
  return buffer;
}

std::string duration_before(std::chrono::minutes before) {
  const auto minutes = before.count();
  if (minutes == 0)
    return "PT0M";
  if (minutes % (24 * 60) == 0)
    return "-P" + std::to_string(minutes / (24 * 60)) + "D";
  if (minutes % 60 == 0)
    return "-PT" + std::to_string(minutes / 60) + "H";
  return "-PT" + std::to_string(minutes) + "M";
}

// Rises by one a minute: any later export carries a higher SEQUENCE.
std::string sequence_of(Instant stamp) {
  const Instant base{std::chrono::seconds{946'684'800}};  // 2000-01-01T00:00:00Z
  const auto minutes = std::chrono::duration_cast<std::chrono::minutes>(stamp - base).count();
  return std::to_string(minutes < 0 ? 0 : minutes);
}

class Writer {
 public:
  void line(std::string_view name, std::string_view value) {
    out_ += ics_fold_line(std::string(name) + ":" + std::string(value));
  }
  void text(std::string_view name, std::string_view value) { line(name, ics_escape_text(value)); }
  std::string take() { return std::move(out_); }

 private:
  std::string out_;
};

void write_event(Writer& w, const IcsEvent& event, const std::string& stamp,
                 const std::string& sequence) {
  w.line("BEGIN", "VEVENT");
  w.text("UID", event.uid);
  w.line("DTSTAMP", stamp);
  w.line("LAST-MODIFIED", stamp);
  w.line("SEQUENCE", sequence);
  if (const auto* day = std::get_if<Date>(&event.start)) {
    w.line("DTSTART;VALUE=DATE", basic_date(*day));
    // DTEND of an all-day event is the day after its last (RFC 5545 3.6.1).
    w.line("DTEND;VALUE=DATE", basic_date(event.last_day.value_or(*day).plus_days(1)));
    // An all-day entry does not block the officer's day.
    w.line("TRANSP", "TRANSPARENT");
  } else {
    w.line("DTSTART", utc_stamp(std::get<Instant>(event.start)));
    if (event.end)
      w.line("DTEND", utc_stamp(*event.end));
  }
  w.text("SUMMARY", event.summary);
  if (!event.description.empty())
    w.text("DESCRIPTION", event.description);
  if (!event.location.empty())
    w.text("LOCATION", event.location);
  if (!event.categories.empty()) {
    std::string list;
    for (const auto& c : event.categories) {
      if (!list.empty())
        list += ',';
      list += ics_escape_text(c);
    }
    w.line("CATEGORIES", list);
  }
  for (const auto& alarm : event.alarms) {
    w.line("BEGIN", "VALARM");
    w.line("ACTION", "DISPLAY");
    w.text("DESCRIPTION", alarm.description);
    w.line("TRIGGER", duration_before(alarm.before));
    w.line("END", "VALARM");
  }
  w.line("END", "VEVENT");
}

}  // namespace

std::string ics_escape_text(std::string_view text) {
  std::string out;
  out.reserve(text.size());
  for (const char c : text) {
    switch (c) {
      case '\\':
        out += "\\\\";
        break;
      case ';':
        out += "\\;";
        break;
      case ',':
        out += "\\,";
        break;
      case '\n':
        out += "\\n";
        break;
      case '\r':
        break;
      default:
        // RFC 5545 TEXT has no control characters (and an escape sequence
        // must not act on a terminal showing the file): tabs stay.
        if ((static_cast<unsigned char>(c) >= 0x20 && c != '\x7F') || c == '\t')
          out += c;
    }
  }
  return out;
}

std::string ics_fold_line(std::string_view line) {
  std::string out;
  std::size_t limit = max_octets;  // the first line; continuations start with a space
  while (line.size() > limit) {
    std::size_t cut = limit;
    // Never split a UTF-8 character: back up to the start of one.
    while (cut > 0 && utf8::is_continuation(line[cut]))
      --cut;
    out.append(line.substr(0, cut));
    out += "\r\n ";
    line.remove_prefix(cut);
    limit = max_octets - 1;
  }
  out.append(line);
  out += "\r\n";
  return out;
}

std::string write_icalendar(const IcsCalendar& calendar) {
  Writer w;
  w.line("BEGIN", "VCALENDAR");
  w.line("VERSION", "2.0");
  w.text("PRODID", calendar.product_id);
  w.line("CALSCALE", "GREGORIAN");
  w.line("METHOD", "PUBLISH");
  if (!calendar.name.empty())
    w.text("X-WR-CALNAME", calendar.name);
  const std::string stamp = utc_stamp(calendar.stamp);
  const std::string sequence = sequence_of(calendar.stamp);
  for (const auto& event : calendar.events)
    write_event(w, event, stamp, sequence);
  w.line("END", "VCALENDAR");
  return w.take();
}

}  // namespace procure
