#include "procure/calendar/icalendar.hpp"

#include <cstdio>

#include "procure/core/utf8.hpp"
#include "procure/text/acting_characters.hpp"

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

// Appends `text` escaped as a TEXT value (see ics_escape_text), its plain
// runs at once.
void escape_into(std::string& out, std::string_view text) {
  std::size_t run = 0;  // where the plain run now being read starts
  const auto replace = [&](std::size_t at, std::size_t size, std::string_view with) {
    out.append(text.substr(run, at - run));
    out.append(with);
    run = at + size;
  };
  for (std::size_t i = 0; i < text.size();) {
    const auto byte = static_cast<unsigned char>(text[i]);
    if (byte == '\\' || byte == ';' || byte == ',') {
      const char escaped[] = {'\\', static_cast<char>(byte)};
      replace(i, 1, std::string_view(escaped, 2));
      ++i;
      continue;
    }
    if ((byte >= 0x20 && byte < 0x7F) || byte == '\t') {
      ++i;
      continue;
    }
    // RFC 5545 TEXT is UTF-8 without control characters, and an escape
    // sequence must not act on a terminal showing the file, nor a
    // bidirectional override reorder an event's title: a byte that is not
    // UTF-8 (a folder's name in Latin-1) is U+FFFD, the characters that act
    // instead of showing are dropped, tabs stay, and line breaks of every
    // kind (LF, CRLF, a lone CR, NEL, the separators) are escaped.
    char32_t code = 0;
    const std::size_t size = utf8::decode(text, i, code);
    if (size == 0) {
      replace(i, 1, "\xEF\xBF\xBD");
      ++i;
      continue;
    }
    if (acts_instead_of_showing(code) || code == 0x85) {
      const bool crlf = code == '\r' && i + 1 < text.size() && text[i + 1] == '\n';
      const bool line_break =
          !crlf && (code == '\n' || code == '\r' || code == 0x85 || is_line_separator(code));
      replace(i, size, line_break ? "\\n" : "");
    }
    i += size;
  }
  out.append(text.substr(run));
}

// Appends `line` folded at 75 octets and ended with CRLF (see ics_fold_line).
void fold_into(std::string& out, std::string_view line) {
  std::size_t limit = max_octets;  // the first line; continuations start with a space
  while (line.size() > limit) {
    std::size_t cut = limit;
    // Never split a UTF-8 character: back up to the start of one (a line
    // is UTF-8, escape_into saw to it; were it not, cut at the limit).
    while (cut > 0 && utf8::is_continuation(line[cut]))
      --cut;
    if (cut == 0)
      cut = limit;
    out.append(line.substr(0, cut));
    out += "\r\n ";
    line.remove_prefix(cut);
    limit = max_octets - 1;
  }
  out.append(line);
  out += "\r\n";
}

// The file's text, written line by line into one string; most lines are
// short and go in without a copy of their own.
class Writer {
 public:
  void line(std::string_view name, std::string_view value) {
    if (name.size() + 1 + value.size() <= max_octets) {
      out_.append(name);
      out_ += ':';
      out_.append(value);
      out_ += "\r\n";
      return;
    }
    joined_.assign(name);
    joined_ += ':';
    joined_.append(value);
    fold_into(out_, joined_);
  }
  void text(std::string_view name, std::string_view value) {
    escaped_.clear();
    escape_into(escaped_, value);
    line(name, escaped_);
  }
  std::string take() { return std::move(out_); }

 private:
  std::string out_;
  std::string joined_;   // a long line before it is folded
  std::string escaped_;  // a TEXT value escaped
};

void write_event(Writer& w, const IcsEvent& event, const std::string& stamp) {
  w.line("BEGIN", "VEVENT");
  w.text("UID", event.uid);
  w.line("DTSTAMP", stamp);
  w.line("LAST-MODIFIED", stamp);
  w.line("SEQUENCE", "0");
  if (event.organizer) {
    std::string name = "ORGANIZER";
    if (!event.organizer->name.empty()) {
      name += ";CN=";
      name += ics_quoted_parameter(event.organizer->name);
    }
    w.line(name, ics_mailto(event.organizer->email));
  }
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

void write_events(Writer& w, std::span<const IcsEvent> events, Instant stamp) {
  const std::string utc = utc_stamp(stamp);
  for (const auto& event : events)
    write_event(w, event, utc);
}

}  // namespace

std::string ics_escape_text(std::string_view text) {
  std::string out;
  out.reserve(text.size());
  escape_into(out, text);
  return out;
}

std::string ics_quoted_parameter(std::string_view text) {
  std::string out = "\"";
  for (std::size_t i = 0; i < text.size();) {
    char32_t code = 0;
    const std::size_t size = utf8::decode(text, i, code);
    if (size == 0) {
      out += "\xEF\xBF\xBD";
      ++i;
      continue;
    }
    const bool crlf = code == '\r' && i + 1 < text.size() && text[i + 1] == '\n';
    if (code == '"') {
      out += "^'";
    } else if (code == '^') {
      out += "^^";
    } else if (!crlf && (code == '\n' || code == '\r' || code == 0x85 || is_line_separator(code))) {
      out += "^n";
    } else if (!acts_instead_of_showing(code)) {  // a tab too: a name is one line
      out.append(text.substr(i, size));
    }
    i += size;
  }
  out += '"';
  return out;
}

std::string ics_mailto(std::string_view email) {
  static constexpr char hex[] = "0123456789ABCDEF";
  std::string out = "mailto:";
  for (const char c : email) {
    const auto byte = static_cast<unsigned char>(c);
    const bool plain = (byte >= 'a' && byte <= 'z') || (byte >= 'A' && byte <= 'Z') ||
                       (byte >= '0' && byte <= '9') || byte == '-' || byte == '.' || byte == '_' ||
                       byte == '~' || byte == '@' || byte == '+';
    if (plain) {
      out += c;
    } else {
      out += '%';
      out += hex[byte >> 4];
      out += hex[byte & 0x0F];
    }
  }
  return out;
}

std::string ics_fold_line(std::string_view line) {
  std::string out;
  fold_into(out, line);
  return out;
}

std::string write_icalendar_head(const IcsCalendar& calendar) {
  Writer w;
  w.line("BEGIN", "VCALENDAR");
  w.line("VERSION", "2.0");
  w.text("PRODID", calendar.product_id);
  w.line("CALSCALE", "GREGORIAN");
  if (calendar.publish)
    w.line("METHOD", "PUBLISH");
  if (!calendar.name.empty())
    w.text("X-WR-CALNAME", calendar.name);
  return w.take();
}

std::string_view icalendar_end() {
  return "END:VCALENDAR\r\n";
}

std::string write_ics_events(std::span<const IcsEvent> events, Instant stamp) {
  Writer w;
  write_events(w, events, stamp);
  return w.take();
}

}  // namespace procure
