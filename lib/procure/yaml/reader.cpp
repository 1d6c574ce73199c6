#include "procure/yaml/reader.hpp"

#include <algorithm>

#include "procure/core/bounded_text.hpp"
#include "procure/core/utf8.hpp"
#include "procure/yaml/quoting_trap.hpp"

namespace procure::yaml {
namespace {

std::string join_quoted(std::span<const std::string_view> names) {
  std::string out;
  for (const auto& name : names) {
    if (!out.empty())
      out += ", ";
    out += name;
  }
  return out;
}

}  // namespace

bool is_identifier(std::string_view text) {
  return !text.empty() && text.size() <= 64 && text[0] != '-' && text[0] != '_' &&
         std::all_of(text.begin(), text.end(), [](char c) {
           return (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '-' || c == '_';
         });
}

namespace {

// A scalar on one line is marked whole (with its quotes); anything else at its start.
int span_length(const Node& node) {
  if (node.kind == NodeKind::scalar && node.text.find('\n') == std::string::npos)
    return static_cast<int>(utf8::length(node.text)) + (node.quoted ? 2 : 0);
  return 1;
}

// The same source, kept alive by a count apart from `kept`'s.
std::shared_ptr<const SourceFile> counted_apart(const std::shared_ptr<const SourceFile>& kept) {
  if (!kept)
    return nullptr;
  const auto keeper = std::make_shared<const std::shared_ptr<const SourceFile>>(kept);
  return {keeper, kept.get()};
}

}  // namespace

Reader::Reader(const Reader& other, Diagnostics& diagnostics)
    : source_(other.source_),
      kept_(counted_apart(other.kept_)),
      diagnostics_(diagnostics),
      primary_(other.primary_) {}

SourceSpan Reader::span(const Node& node) const {
  return source_.span_at_byte(node.line, node.byte_column, span_length(node));
}

SourcePlace Reader::place(const Node& node) const {
  return {kept_, node.line, node.byte_column, span_length(node)};
}

void Reader::error(const Node& at, std::string code, MessageArgs args) {
  add(Severity::error, at, std::move(code), std::move(args));
}

void Reader::warning(const Node& at, std::string code, MessageArgs args) {
  add(Severity::warning, at, std::move(code), std::move(args));
}

void Reader::add(Severity severity, const Node& at, std::string code, MessageArgs args) {
  if (!diagnostics_.keeps_more()) {
    diagnostics_.count_left_out(severity);
    return;
  }
  Diagnostic diagnostic{severity, std::move(code), std::move(args), span(at)};
  // Values from the file are echoed short (the line is quoted below the
  // message); the lists of valid keys, choices and columns are ours.
  shorten_arguments(diagnostic, max_value_chars, kept_value_chars,
                    {"keys", "choices", "columns", "expected", "allowed"});
  diagnostics_.add(std::move(diagnostic));
}

void Reader::report(const Node& at, const Problem& problem) {
  error(at, problem.code, problem.args);
}

bool Reader::require_scalar(const Node& node) {
  if (node.kind == NodeKind::scalar)
    return true;
  if (node.kind == NodeKind::null) {
    error(node, "value.missing");
  } else {
    error(node, "value.expected-single");
  }
  return false;
}

std::optional<std::string> Reader::text(const Node& node) {
  if (!require_scalar(node))
    return std::nullopt;
  if (node.text.empty()) {
    error(node, "value.missing");
    return std::nullopt;
  }
  return node.text;
}

std::optional<std::string> Reader::identifier(const Node& node) {
  auto value = text(node);
  if (!value)
    return std::nullopt;
  if (!is_identifier(*value)) {
    error(node, "value.bad-identifier", {{"value", *value}});
    return std::nullopt;
  }
  return value;
}

std::optional<bool> Reader::boolean(const Node& node) {
  const auto value = text(node);
  if (!value)
    return std::nullopt;
  if (*value == "true")
    return true;
  if (*value == "false")
    return false;
  error(node, "value.expected-boolean", {{"value", *value}});
  return std::nullopt;
}

std::optional<Decimal> Reader::decimal(const Node& node) {
  const auto value = text(node);
  if (!value)
    return std::nullopt;
  const auto parsed = Decimal::parse(*value);
  if (!parsed) {
    report(node, parsed.problem());
    return std::nullopt;
  }
  return *parsed;
}

std::optional<int> Reader::count(const Node& node) {
  const auto value = text(node);
  if (!value)
    return std::nullopt;
  const bool digits =
      !value->empty() && value->size() <= 9 &&
      std::all_of(value->begin(), value->end(), [](char c) { return c >= '0' && c <= '9'; });
  if (!digits) {
    error(node, "value.expected-count", {{"value", *value}});
    return std::nullopt;
  }
  return std::stoi(*value);
}

std::optional<Decimal> Reader::percent(const Node& node) {
  const auto value = text(node);
  if (!value)
    return std::nullopt;
  std::string_view number = *value;
  if (number.ends_with('%'))
    number.remove_suffix(1);
  const auto parsed = Decimal::parse(number);
  if (!parsed) {
    error(node, "value.expected-percent", {{"value", *value}});
    return std::nullopt;
  }
  if (parsed->is_negative() || *parsed > Decimal::from_integer(100)) {
    error(node, "value.percent-out-of-range", {{"value", *value}});
    return std::nullopt;
  }
  return *parsed;
}

std::optional<Money> Reader::money(const Node& node, Currency default_currency) {
  const auto value = text(node);
  if (!value)
    return std::nullopt;
  const auto parsed = Money::parse(*value, default_currency);
  if (!parsed) {
    report(node, parsed.problem());
    return std::nullopt;
  }
  return *parsed;
}

std::optional<Date> Reader::date(const Node& node) {
  const auto value = text(node);
  if (!value)
    return std::nullopt;
  const auto parsed = Date::parse(*value);
  if (!parsed) {
    report(node, parsed.problem());
    return std::nullopt;
  }
  return *parsed;
}

std::optional<DateTime> Reader::date_time(const Node& node) {
  const auto value = text(node);
  if (!value)
    return std::nullopt;
  const auto parsed = DateTime::parse(*value);
  if (!parsed) {
    report(node, parsed.problem());
    return std::nullopt;
  }
  return *parsed;
}

std::optional<Instant> Reader::instant(const Node& node) {
  const auto value = text(node);
  if (!value)
    return std::nullopt;
  const auto parsed = parse_instant(*value);
  if (!parsed) {
    report(node, parsed.problem());
    return std::nullopt;
  }
  return *parsed;
}

namespace {

// A list, or a map without a language key, written on one line where a text
// belongs ("title: [Utkast]", "title: {Utkast}"): text that needs quotes.
// Reported as such, rather than as "not a single value" or "unknown key".
bool report_collection_as_text(Reader& reader, const Node& node) {
  if (node.kind == NodeKind::map) {
    for (const auto& [key, value] : node.entries) {
      for (const Lang lang : all_langs) {
        if (key.text == lang_code(lang))
          return false;
      }
    }
  } else if (node.kind != NodeKind::sequence) {
    return false;
  }
  const auto trap = collection_as_text(reader.source().line(node.line),
                                       static_cast<std::size_t>(node.byte_column));
  if (!trap)
    return false;
  reader.diagnostics().add(quoting_diagnostic(reader.source(), node.line, *trap));
  return true;
}

}  // namespace

std::optional<LocalizedText> Reader::localized_text(const Node& node) {
  if (report_collection_as_text(*this, node))
    return std::nullopt;
  LocalizedText result;
  if (node.kind != NodeKind::map) {
    const auto value = text(node);
    if (!value)
      return std::nullopt;
    result.set(primary_, *value);
    return result;
  }
  MapReader map(*this, node);
  bool ok = true;
  for (const Lang lang : all_langs) {
    if (const Node* value = map.optional(lang_code(lang))) {
      if (report_collection_as_text(*this, *value)) {
        ok = false;
      } else if (const auto t = text(*value)) {
        result.set(lang, *t);
      } else {
        ok = false;
      }
    }
  }
  map.finish();
  if (ok && result.empty()) {
    error(node, "value.missing");
    return std::nullopt;
  }
  if (!ok)
    return std::nullopt;
  return result;
}

const std::vector<Node>* Reader::sequence(const Node& node) {
  if (node.kind == NodeKind::sequence)
    return &node.items;
  if (node.kind == NodeKind::null) {
    static const std::vector<Node> none;
    return &none;
  }
  error(node, "value.expected-list");
  return nullptr;
}

void Reader::report_bad_choice(const Node& node, const std::string& value,
                               std::span<const std::string_view> names) {
  const auto suggestion = nearest(value, names);
  error(
      node, suggestion ? "value.unknown-choice-suggest" : "value.unknown-choice",
      {{"value", value}, {"suggestion", suggestion.value_or("")}, {"choices", join_quoted(names)}});
}

MapReader::MapReader(Reader& reader, const Node& node) : reader_(reader), node_(node) {
  is_map_ = node.kind == NodeKind::map || node.kind == NodeKind::null;
  if (!is_map_)
    reader_.error(node, "value.expected-map");
  // A reader asks for each key the map holds and a few it may hold: room
  // for them at once, not grown (and moved) key by key.
  known_.reserve(node.entries.size() + 4);
}

const Node* MapReader::optional(std::string_view key) {
  known_.emplace_back(key);
  return is_map_ ? node_.find(key) : nullptr;
}

const Node* MapReader::required(std::string_view key) {
  const Node* value = optional(key);
  if (value == nullptr && is_map_) {
    reader_.error(node_, "key.missing", {{"key", std::string(key)}});
  }
  return value;
}

void MapReader::finish() {
  if (!is_map_)
    return;
  for (const auto& [key, value] : node_.entries) {
    if (std::find(known_.begin(), known_.end(), key.text) != known_.end())
      continue;
    const auto suggestion = nearest(key.text, known_);
    std::vector<std::string_view> names(known_.begin(), known_.end());
    reader_.error(
        key, suggestion ? "key.unknown-suggest" : "key.unknown",
        {{"key", key.text}, {"suggestion", suggestion.value_or("")}, {"keys", join_quoted(names)}});
  }
}

}  // namespace procure::yaml
