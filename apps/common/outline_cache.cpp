#include "outline_cache.hpp"

#include "cache_entry.hpp"

namespace procure::cli {
namespace {

constexpr std::string_view outline_magic = "procure case outline 9\n";
// Bounds of what an entry may claim; its own size bounds it further.
constexpr std::size_t max_list = 1u << 20;
constexpr std::size_t max_reserved = 256;

template <class Enum>
void write_enum(EntryWriter& w, Enum e) {
  w.number(static_cast<int>(e));
}
template <class Enum>
Enum read_enum(EntryReader& r, std::size_t count) {
  return static_cast<Enum>(r.small(0, static_cast<int>(count) - 1));
}

void write_flag(EntryWriter& w, bool b) {
  w.number(b ? 1 : 0);
}
bool read_flag(EntryReader& r) {
  return r.small(0, 1) == 1;
}

// An end of an AsOf span, or none where it is open (Instant::min or max:
// an entry's numbers do not reach the least).
void write_bound(EntryWriter& w, Instant t, Instant open) {
  write_flag(w, t != open);
  if (t != open)
    write_instant(w, t);
}
Instant read_bound(EntryReader& r, Instant open) {
  return read_flag(r) ? read_instant(r) : open;
}

void write_date(EntryWriter& w, Date d) {
  w.number(d.days().time_since_epoch().count());
}
// A day within the years the toolkit computes.
Date read_date(EntryReader& r) {
  static const int first =
      Date::from_ymd(first_supported_year, 1, 1)->days().time_since_epoch().count();
  static const int last =
      Date::from_ymd(last_supported_year, 12, 31)->days().time_since_epoch().count();
  return Date(date::sys_days(date::days(r.small(first, last))));
}

// A time of day, or none.
void write_time(EntryWriter& w, const std::optional<TimeOfDay>& t) {
  w.number(t ? t->seconds_since_midnight() : -1);
}
std::optional<TimeOfDay> read_time(EntryReader& r) {
  const int seconds = r.small(-1, 24 * 3600);
  if (seconds < 0)
    return std::nullopt;
  auto t = TimeOfDay::from_hms(seconds / 3600, seconds / 60 % 60, seconds % 60);
  if (!t)
    r.fail();
  return t;
}

void write_date_time(EntryWriter& w, const DateTime& t) {
  write_date(w, t.date);
  write_time(w, t.time);
}
DateTime read_date_time(EntryReader& r) {
  const Date date = read_date(r);
  return {date, read_time(r)};
}

template <class T, class Write>
void write_optional(EntryWriter& w, const std::optional<T>& value, Write write) {
  write_flag(w, value.has_value());
  if (value)
    write(w, *value);
}
template <class T, class Read>
std::optional<T> read_optional(EntryReader& r, Read read) {
  if (!read_flag(r))
    return std::nullopt;
  return read(r);
}

// A list written as its size, then each of its items.
template <class T, class Write>
void write_list(EntryWriter& w, const std::vector<T>& list, Write write) {
  w.unsigned_number(list.size());
  for (const auto& item : list)
    write(w, item);
}
// Room made once, for as many as a case has (a list grown item by item
// touches fresh memory for every size it passes through); no more than
// that on the entry's word.
template <class T, class Read>
std::vector<T> read_list(EntryReader& r, Read read) {
  std::vector<T> list;
  const std::size_t count = r.count(max_list);
  list.reserve(std::min<std::size_t>(count, max_reserved));
  for (std::size_t i = 0; i < count && r.ok(); ++i)
    list.push_back(read(r));
  return list;
}

void write_int(EntryWriter& w, int n) {
  w.number(n);
}
int read_int(EntryReader& r) {
  return r.small(std::numeric_limits<int>::min(), std::numeric_limits<int>::max());
}

void write_localized(EntryWriter& w, const LocalizedText& text) {
  w.unsigned_number(text.all().size());
  for (const auto& [lang, value] : text.all()) {
    write_enum(w, lang);
    w.string(value);
  }
}
LocalizedText read_localized(EntryReader& r) {
  LocalizedText text;
  const std::size_t count = r.count(all_langs.size());
  for (std::size_t i = 0; i < count && r.ok(); ++i) {
    const Lang lang = read_enum<Lang>(r, all_langs.size());
    text.set(lang, r.string());
  }
  return text;
}

void write_string(EntryWriter& w, const std::string& s) {
  w.string(s);
}
std::string read_string(EntryReader& r) {
  return r.string();
}

void write_counted_from(EntryWriter& w, const CountedFrom& from) {
  w.string(from.entry);
  write_enum(w, from.milestone);
  write_flag(w, from.recorded);
  write_date(w, from.day);
  write_optional(w, from.held_from, write_date);
}
CountedFrom read_counted_from(EntryReader& r) {
  CountedFrom from;
  from.entry = r.string();
  from.milestone = read_enum<MilestoneKind>(r, static_cast<std::size_t>(MilestoneKind::custom) + 1);
  from.recorded = read_flag(r);
  from.day = read_date(r);
  from.held_from = read_optional<Date>(r, read_date);
  return from;
}

void write_hold(EntryWriter& w, const StandstillHold& hold) {
  write_date_time(w, hold.planned);
  write_date_time(w, hold.standstill_end);
  write_date_time(w, hold.first_allowed);
  write_counted_from(w, hold.counted_from);
  write_flag(w, hold.counted);
  w.string(hold.rule);
  w.string(hold.source);
  write_flag(w, hold.unconfirmed);
}
StandstillHold read_hold(EntryReader& r) {
  StandstillHold hold;
  hold.planned = read_date_time(r);
  hold.standstill_end = read_date_time(r);
  hold.first_allowed = read_date_time(r);
  hold.counted_from = read_counted_from(r);
  hold.counted = read_flag(r);
  hold.rule = r.string();
  hold.source = r.string();
  hold.unconfirmed = read_flag(r);
  return hold;
}

void write_item(EntryWriter& w, const ScheduleItem& item) {
  w.string(item.key);
  write_enum(w, item.kind);
  w.string(item.title_key);
  w.unsigned_number(item.title_args.size());
  for (const auto& [name, value] : item.title_args) {
    w.string(name);
    w.string(value);
  }
  write_localized(w, item.title);
  if (const auto* window = std::get_if<DateWindow>(&item.when)) {
    w.number(1);
    write_date(w, window->first);
    write_date(w, window->last);
    write_flag(w, window->in_weeks);
  } else {
    w.number(0);
    write_date_time(w, std::get<DateTime>(item.when));
  }
  write_instant(w, item.start);
  write_instant(w, item.due);
  write_flag(w, item.deadline);
  write_optional(w, item.record, write_enum<Step>);
  w.string(item.record_entry);
  w.string(item.dialogue_meeting);
  write_flag(w, item.done);
  w.string(item.done_by);
  write_flag(w, item.computed);
  write_flag(w, item.by_contract_terms);
  w.string(item.rule);
  w.string(item.source);
  write_flag(w, item.unconfirmed);
  write_counted_from(w, item.counted_from);
  write_optional(w, item.held_by_standstill, write_hold);
}
ScheduleItem read_item(EntryReader& r) {
  ScheduleItem item;
  item.key = r.string();
  item.kind = read_enum<MilestoneKind>(r, static_cast<std::size_t>(MilestoneKind::custom) + 1);
  item.title_key = r.string();
  const std::size_t args = r.count(max_list);
  for (std::size_t i = 0; i < args && r.ok(); ++i) {
    std::string name = r.string();
    item.title_args.emplace_back(std::move(name), r.string());
  }
  item.title = read_localized(r);
  if (read_flag(r)) {
    DateWindow window;
    window.first = read_date(r);
    window.last = read_date(r);
    window.in_weeks = read_flag(r);
    item.when = window;
  } else {
    item.when = read_date_time(r);
  }
  item.start = read_instant(r);
  item.due = read_instant(r);
  item.deadline = read_flag(r);
  item.record = read_optional<Step>(
      r, [](EntryReader& in) { return read_enum<Step>(in, step_choices().size()); });
  item.record_entry = r.string();
  item.dialogue_meeting = r.string();
  item.done = read_flag(r);
  item.done_by = r.string();
  item.computed = read_flag(r);
  item.by_contract_terms = read_flag(r);
  item.rule = r.string();
  item.source = r.string();
  item.unconfirmed = read_flag(r);
  item.counted_from = read_counted_from(r);
  item.held_by_standstill = read_optional<StandstillHold>(r, read_hold);
  return item;
}

void write_phase(EntryWriter& w, const PhaseStatus& p) {
  write_enum(w, p.phase);
  write_enum(w, p.state);
  write_optional(w, p.first, write_date);
  write_optional(w, p.last, write_date);
  w.string(p.milestone);
  write_optional(w, p.due, write_instant);
  w.string(p.record);
  write_flag(w, p.recorded);
  w.string(p.source);
  write_optional(w, p.count, write_int);
  write_optional(w, p.done_at, write_date_time);
  write_optional(w, p.number, write_int);
}
PhaseStatus read_phase(EntryReader& r) {
  PhaseStatus p;
  p.phase = read_enum<Phase>(r, phase_choices().size());
  p.state = read_enum<PhaseState>(r, phase_state_choices().size());
  p.first = read_optional<Date>(r, read_date);
  p.last = read_optional<Date>(r, read_date);
  p.milestone = r.string();
  p.due = read_optional<Instant>(r, read_instant);
  p.record = r.string();
  p.recorded = read_flag(r);
  p.source = r.string();
  p.count = read_optional<int>(r, read_int);
  p.done_at = read_optional<DateTime>(r, read_date_time);
  p.number = read_optional<int>(r, read_int);
  return p;
}

void write_agenda_item(EntryWriter& w, const AgendaItem& item) {
  write_time(w, item.time);
  write_localized(w, item.text);
}
AgendaItem read_agenda_item(EntryReader& r) {
  AgendaItem item;
  item.time = read_time(r);
  item.text = read_localized(r);
  return item;
}

void write_meeting(EntryWriter& w, const OutlineMeeting& m) {
  w.string(m.id);
  write_instant(w, m.start);
  write_instant(w, m.end);
  write_localized(w, m.title);
  w.string(m.place);
  write_list(w, m.agenda, write_agenda_item);
  write_optional(w, m.held_by, write_string);
  write_list(w, m.milestones, write_string);
}
OutlineMeeting read_meeting(EntryReader& r) {
  OutlineMeeting m;
  m.id = r.string();
  m.start = read_instant(r);
  m.end = read_instant(r);
  m.title = read_localized(r);
  m.place = r.string();
  m.agenda = read_list<AgendaItem>(r, read_agenda_item);
  m.held_by = read_optional<std::string>(r, read_string);
  m.milestones = read_list<std::string>(r, read_string);
  return m;
}

void write_negotiation_meeting(EntryWriter& w, const OutlineNegotiationMeeting& m) {
  write_int(w, m.round);
  w.string(m.tenderer);
  write_instant(w, m.start);
  write_instant(w, m.end);
}
OutlineNegotiationMeeting read_negotiation_meeting(EntryReader& r) {
  OutlineNegotiationMeeting m;
  m.round = read_int(r);
  m.tenderer = r.string();
  m.start = read_instant(r);
  m.end = read_instant(r);
  return m;
}

void write_period(EntryWriter& w, const Period& p) {
  write_int(w, p.count);
  write_enum(w, p.unit);
}
Period read_period(EntryReader& r) {
  Period p;
  p.count = read_int(r);
  p.unit = read_enum<PeriodUnit>(r, static_cast<std::size_t>(PeriodUnit::hours) + 1);
  return p;
}

void write_outline(EntryWriter& w, const CaseOutline& o) {
  w.string(o.reference);
  write_localized(w, o.title);
  write_enum(w, o.primary_language);
  w.string(o.identity);
  write_list(w, o.items, write_item);
  write_list(w, o.status.phases, write_phase);
  write_list(w, o.status.missing, write_string);
  write_list(w, o.meetings, write_meeting);
  write_list(w, o.negotiation_meetings, write_negotiation_meeting);
  write_list(w, o.alarms, write_period);
  w.string(o.organizer_name);
  w.string(o.organizer_email);
}
CaseOutline read_outline(EntryReader& r) {
  CaseOutline o;
  o.reference = r.string();
  o.title = read_localized(r);
  o.primary_language = read_enum<Lang>(r, all_langs.size());
  o.identity = r.string();
  o.items = read_list<ScheduleItem>(r, read_item);
  o.status.phases = read_list<PhaseStatus>(r, read_phase);
  o.status.missing = read_list<std::string>(r, read_string);
  o.meetings = read_list<OutlineMeeting>(r, read_meeting);
  o.negotiation_meetings = read_list<OutlineNegotiationMeeting>(r, read_negotiation_meeting);
  o.alarms = read_list<Period>(r, read_period);
  o.organizer_name = r.string();
  o.organizer_email = r.string();
  return o;
}

}  // namespace

std::optional<std::string> encode_outline_entry(const OutlineEntry& entry) {
  const KeptOutline& kept = entry.kept;
  if (!keepable(kept.load_diagnostics) || !keepable(kept.evidence_problems) ||
      !keepable(kept.disagreements))
    return std::nullopt;
  EntryWriter w;
  write_bound(w, entry.same_from, Instant::min());
  write_bound(w, entry.same_until, Instant::max());
  write_outline(w, kept.outline);
  write_problems(w, kept.load_diagnostics);
  write_problems(w, kept.evidence_problems);
  write_problems(w, kept.disagreements);
  return std::move(w.text());
}

std::optional<OutlineEntry> decode_outline_entry(EntryReader r, std::optional<Instant> now) {
  OutlineEntry entry;
  entry.same_from = read_bound(r, Instant::min());
  entry.same_until = read_bound(r, Instant::max());
  if (!r.ok() || (now && !(entry.same_from <= *now && *now < entry.same_until)))
    return std::nullopt;
  entry.kept.outline = read_outline(r);
  entry.kept.load_diagnostics = read_problems(r);
  entry.kept.evidence_problems = read_problems(r);
  entry.kept.disagreements = read_problems(r);
  if (!r.at_end())
    return std::nullopt;
  return entry;
}

OutlineCache::OutlineCache(const EvidenceCache& evidence, const CaseFiles& rule_files,
                           Lang texts_in, const std::vector<std::string>& arguments)
    : answers_(evidence, outline_magic, ".outlines", rule_files, arguments, lang_code(texts_in)) {}

OutlineCache::Found OutlineCache::find(const CaseCandidate& candidate, Instant now) const {
  const CaseAnswers::Found found = answers_.find(candidate);
  if (auto answer = found.answer()) {
    if (auto entry = decode_outline_entry(*answer, now)) {
      answers_.carry(found);
      return {std::move(entry->kept), std::nullopt, std::nullopt, true};
    }
  }
  std::optional<KeptCase> kept_case;
  if (auto groundwork = found.groundwork())
    kept_case = decode_kept_case(*groundwork);
  return {std::nullopt, found.files(), std::move(kept_case), found.is_case()};
}

void OutlineCache::keep(const CaseLocation& location, const CaseFiles& before, const AsOf& as_of,
                        const KeptOutline& kept, const std::optional<KeptCase>& kept_case) const {
  const auto bytes = encode_outline_entry({as_of.same_from(), as_of.same_until(), kept});
  if (!bytes)
    return;
  const auto groundwork = kept_case ? encode_kept_case(*kept_case) : std::nullopt;
  answers_.keep(location, before, *bytes, groundwork.value_or(""));
}

}  // namespace procure::cli
