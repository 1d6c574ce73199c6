#include <yaml.h>

#include <algorithm>
#include <cstdint>
#include <cstring>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "procure/core/byte_scan.hpp"
#include "procure/core/utf8.hpp"
#include "procure/yaml/event_readers.hpp"
#include "procure/yaml/tree_builder.hpp"

namespace procure::yaml {
namespace {

// libyaml counts "\r", NEL, LS and PS as line breaks, yaml-cpp and the
// source's line index "\n" alone, and they read a byte order mark
// differently: such texts are read by yaml-cpp, so that every place agrees.
bool lines_as_yaml_cpp_counts_them(std::string_view text) {
  for (auto cr = text.find('\r'); cr != std::string_view::npos; cr = text.find('\r', cr + 1)) {
    if (cr + 1 == text.size() || text[cr + 1] != '\n')
      return false;
  }
  for (std::size_t i = utf8::ascii_run(text); i < text.size();
       i += 1 + utf8::ascii_run(text, i + 1)) {
    const std::string_view next = text.substr(i, 3);
    if (next.substr(0, 2) == "\xC2\x85" || next == "\xE2\x80\xA8" || next == "\xE2\x80\xA9" ||
        next == "\xEF\xBB\xBF")
      return false;
  }
  return true;
}

// yaml-cpp stops at '?' and ':' in a plain value inside brackets or braces,
// and may not read one that runs over lines, where libyaml reads on: such
// texts are read by yaml-cpp.
bool read_alike_in_flow(std::string_view plain_text, const yaml_event_t& scalar) {
  return plain_text.find_first_of("?:") == std::string_view::npos &&
         scalar.start_mark.line == scalar.end_mark.line;
}

// yaml-cpp reads these plain scalars as null.
bool is_null_text(std::string_view text) {
  return text.empty() || text == "~" || text == "null" || text == "Null" || text == "NULL";
}

// libyaml's marks count characters; a node's place counts bytes. Marks
// come in order along a line, so a line is walked once, however many
// nodes stand on it.
class ByteColumns {
 public:
  explicit ByteColumns(const SourceFile& source) : source_(source) {}

  EventMark operator()(const yaml_mark_t& mark) {
    const int line = static_cast<int>(mark.line);
    if (line != line_) {
      text_ = line_ >= 0 && line == line_ + 1 ? source_.line_after(text_) : source_.line(line + 1);
      line_ = line;
      ascii_ = utf8::ascii_run(text_) == text_.size();
      byte_ = characters_ = 0;
    }
    if (ascii_)
      return {line, static_cast<int>(mark.column)};
    if (mark.column < characters_)
      byte_ = characters_ = 0;
    while (characters_ < mark.column && byte_ < text_.size()) {
      char32_t code_point = 0;
      // SourceFile has checked the text is UTF-8; a byte that did not
      // decode would count as one character.
      byte_ += std::max<std::size_t>(1, utf8::decode(text_, byte_, code_point));
      ++characters_;
    }
    return {line, static_cast<int>(byte_ + (mark.column - characters_))};
  }

 private:
  const SourceFile& source_;
  int line_ = -1;
  std::string_view text_;
  bool ascii_ = true;
  std::size_t byte_ = 0;        // where the walk along the line stands,
  std::size_t characters_ = 0;  // in bytes and in characters
};

// The characters libyaml's reader lets into a stream, as YAML 1.1 (5.1,
// c-printable) has them: tab, line feed, carriage return, the printable
// ASCII, NEL and the rest of Unicode but surrogates, U+FFFE and U+FFFF.
constexpr bool is_yaml_printable(char32_t c) {
  return c == 0x09 || c == 0x0A || c == 0x0D || (c >= 0x20 && c <= 0x7E) || c == 0x85 ||
         (c >= 0xA0 && c <= 0xD7FF) || (c >= 0xE000 && c <= 0xFFFD) ||
         (c >= 0x10000 && c <= 0x10FFFF);
}

// Whether a byte of `word` is other than printable ASCII, a tab or a line
// break: each of its bytes looked at exactly.
constexpr bool holds_other_than_printable_ascii(std::uint64_t word) {
  using namespace byte_scan;
  const std::uint64_t controls =
      each_below(word, 0x20) &
      ~(each_equal(word, '\t') | each_equal(word, '\n') | each_equal(word, '\r'));
  return (high(word) | controls | each_equal(word, 0x7F)) != 0;
}

// How many characters `text` has, when libyaml's reader would take each as
// it stands: valid UTF-8 (RFC 3629), no byte order mark to skip, every
// character printable. Empty for any other text. Eight bytes a step where
// they are printable ASCII, most of a case's text: a byte a step took half
// of what handing the text over saved.
std::optional<std::size_t> characters_read_as_they_stand(std::string_view text) {
  if (text.starts_with("\xEF\xBB\xBF"))
    return std::nullopt;
  std::size_t characters = 0;
  std::size_t i = 0;
  for (;;) {
    while (i + 8 <= text.size() &&
           !holds_other_than_printable_ascii(byte_scan::word_at(text.data() + i))) {
      i += 8;
      characters += 8;
    }
    if (i == text.size())
      return characters;
    const auto byte = static_cast<unsigned char>(text[i]);
    char32_t c = byte;
    const std::size_t length = byte < 0x80 ? 1 : utf8::decode(text, i, c);
    if (length == 0 || !is_yaml_printable(c))
      return std::nullopt;
    i += length;
    ++characters;
  }
}

// Whether this libyaml is of the series whose reader hand_over_decoded was
// checked against (0.2.5's src/reader.c, Debian 12's). libyaml calls the
// parser's fields internal; their places are fixed by its binary interface
// (the caller allocates the parser), what they mean by that reader.
bool reader_checked() {
  static const bool checked = [] {
    int major = 0;
    int minor = 0;
    int patch = 0;
    yaml_get_version(&major, &minor, &patch);
    return major == 0 && minor == 2;
  }();
  return checked;
}

class Parser {
 public:
  explicit Parser(std::string_view text) {
    ready_ = yaml_parser_initialize(&parser_) == 1;
    if (!ready_)
      return;
    yaml_parser_set_input_string(&parser_, reinterpret_cast<const unsigned char*>(text.data()),
                                 text.size());
    hand_over_decoded(text);
  }
  ~Parser() {
    if (ready_)
      yaml_parser_delete(&parser_);
  }
  Parser(const Parser&) = delete;
  Parser& operator=(const Parser&) = delete;

  bool ready() const { return ready_; }
  yaml_parser_t* get() { return &parser_; }

 private:
  // libyaml decodes and checks its input a character at a time (7.6 % of
  // a first run over 1 000 cases), though SourceFile has checked the text
  // is UTF-8. A text its reader would take as it stands is put in its
  // character buffer as that reader leaves it once it has read all: the
  // text, a NUL, every character counted as unread, the input at its end;
  // libyaml then never reads the input itself. Only a text that fits the
  // buffer libyaml made (48 KiB); a longer one, or one with a character
  // the reader would refuse, is read by libyaml as before.
  void hand_over_decoded(std::string_view text) {
    auto& buffer = parser_.buffer;
    if (!reader_checked() || text.size() >= static_cast<std::size_t>(buffer.end - buffer.start))
      return;
    const auto characters = characters_read_as_they_stand(text);
    if (!characters)
      return;
    yaml_parser_set_encoding(&parser_, YAML_UTF8_ENCODING);
    std::memcpy(buffer.start, text.data(), text.size());
    buffer.start[text.size()] = '\0';
    buffer.pointer = buffer.start;
    buffer.last = buffer.start + text.size() + 1;
    parser_.unread = *characters + 1;
    parser_.offset = text.size();
    parser_.eof = 1;
  }

  yaml_parser_t parser_{};
  bool ready_ = false;
};

class Event {
 public:
  Event() = default;
  ~Event() {
    if (filled_)
      yaml_event_delete(&event_);
  }
  Event(const Event&) = delete;
  Event& operator=(const Event&) = delete;

  bool next(Parser& parser) {
    filled_ = yaml_parser_parse(parser.get(), &event_) == 1;
    return filled_;
  }
  const yaml_event_t& operator*() const { return event_; }
  const yaml_event_t* operator->() const { return &event_; }

 private:
  yaml_event_t event_{};
  bool filled_ = false;
};

// Reads events into `builder`; false when libyaml cannot read the text or
// yaml-cpp would read it otherwise. Anchors, aliases and tags are left to
// yaml-cpp: the two read their names differently ("&a:b"), and no file the
// toolkit writes or ships has them.
bool read_events(const SourceFile& source, TreeBuilder& builder) {
  Parser parser(source.text());
  if (!parser.ready())
    return false;
  ByteColumns place(source);
  std::vector<bool> flow;  // each open collection: written in brackets or braces
  for (;;) {
    Event event;
    if (!event.next(parser))
      return false;
    const EventMark mark = place(event->start_mark);
    switch (event->type) {
      case YAML_STREAM_END_EVENT:
        return true;
      case YAML_DOCUMENT_START_EVENT:
        builder.document_start(mark);
        break;
      case YAML_ALIAS_EVENT:
        return false;
      case YAML_SCALAR_EVENT: {
        const auto& scalar = event->data.scalar;
        if (scalar.anchor != nullptr || scalar.tag != nullptr)
          return false;
        std::string value(reinterpret_cast<const char*>(scalar.value), scalar.length);
        const bool plain = scalar.style == YAML_PLAIN_SCALAR_STYLE;
        const bool in_flow = !flow.empty() && flow.back();
        if (plain && in_flow && !read_alike_in_flow(value, *event))
          return false;
        if (plain && is_null_text(value)) {
          // An empty value has the place of its key; yaml-cpp places an
          // empty item elsewhere, and may not read a key without a value
          // inside braces.
          if (value.empty() && (in_flow || !builder.awaits_map_value()))
            return false;
          builder.null(mark, 0);
          break;
        }
        builder.scalar(mark, plain ? "?" : "!", 0, std::move(value));
        break;
      }
      case YAML_SEQUENCE_START_EVENT: {
        const auto& sequence = event->data.sequence_start;
        if (sequence.anchor != nullptr || sequence.tag != nullptr)
          return false;
        builder.sequence_start(mark, "?", 0);
        flow.push_back(sequence.style == YAML_FLOW_SEQUENCE_STYLE);
        break;
      }
      case YAML_MAPPING_START_EVENT: {
        const auto& map = event->data.mapping_start;
        if (map.anchor != nullptr || map.tag != nullptr)
          return false;
        const bool flow_map = map.style == YAML_FLOW_MAPPING_STYLE;
        builder.map_start(mark, "?", 0, flow_map);
        flow.push_back(flow_map);
        break;
      }
      case YAML_SEQUENCE_END_EVENT:
      case YAML_MAPPING_END_EVENT:
        builder.end();
        flow.pop_back();
        break;
      default:  // the stream's start, a document's end
        break;
    }
  }
}

// `text` with every character libyaml's reader refuses (control
// characters, U+FFFE, U+FFFF) put as a printable one of as many bytes:
// the same lines, columns and structure, for find_malformation to look at
// what yaml-cpp reads past them.
std::string with_refused_characters_printable(std::string_view text) {
  std::string printable(text);
  std::size_t i = 0;
  while (i < printable.size()) {
    char32_t c = static_cast<unsigned char>(printable[i]);
    // SourceFile has checked the text is UTF-8; a byte that did not decode
    // would count as one character.
    const std::size_t length =
        c < 0x80 ? 1 : std::max<std::size_t>(1, utf8::decode(printable, i, c));
    // Refused characters are of one to three bytes (C0, DEL, C1; U+FFFE, U+FFFF).
    static constexpr std::string_view alike[] = {"", "x", "\xC2\xB7", "\xEF\xBF\xBD"};
    if (!is_yaml_printable(c) && length < std::size(alike))
      printable.replace(i, length, alike[length]);
    i += length;
  }
  return printable;
}

bool names_an_anchor_or_tag(const yaml_event_t& event) {
  switch (event.type) {
    case YAML_ALIAS_EVENT:
      return true;
    case YAML_SCALAR_EVENT:
      return event.data.scalar.anchor != nullptr || event.data.scalar.tag != nullptr;
    case YAML_SEQUENCE_START_EVENT:
      return event.data.sequence_start.anchor != nullptr ||
             event.data.sequence_start.tag != nullptr;
    case YAML_MAPPING_START_EVENT:
      return event.data.mapping_start.anchor != nullptr || event.data.mapping_start.tag != nullptr;
    default:
      return false;
  }
}

// Whether libyaml's problem lies where YAML 1.1 and 1.2 read alike.
bool malformed_in_both(std::string_view context, std::string_view problem) {
  for (const std::string_view differs : {"anchor", "alias", "tag", "directive"}) {
    if (context.find(differs) != std::string_view::npos ||
        problem.find(differs) != std::string_view::npos)
      return false;
  }
  return problem != "found incompatible YAML document" &&
         !(context == "while scanning a plain scalar" && problem == "found unexpected ':'");
}

}  // namespace

std::optional<Malformation> find_malformation(const SourceFile& source) {
  if (!lines_as_yaml_cpp_counts_them(source.text()))
    return std::nullopt;
  const std::string printable = with_refused_characters_printable(source.text());
  Parser parser(printable);
  if (!parser.ready())
    return std::nullopt;
  for (;;) {
    Event event;
    if (!event.next(parser))
      break;
    // libyaml names anchors and tags by YAML 1.1's rules: past one, it may
    // read what follows otherwise than yaml-cpp (`&x:y` is the anchor "x").
    if (event->type == YAML_STREAM_END_EVENT || names_an_anchor_or_tag(*event))
      return std::nullopt;
  }
  const yaml_parser_t& failed = *parser.get();
  if (failed.error != YAML_SCANNER_ERROR && failed.error != YAML_PARSER_ERROR)
    return std::nullopt;
  const std::string_view context = failed.context != nullptr ? failed.context : "";
  const std::string_view problem = failed.problem != nullptr ? failed.problem : "";
  if (!malformed_in_both(context, problem))
    return std::nullopt;
  Malformation found;
  yaml_mark_t at = failed.problem_mark;
  if (context == "while scanning a quoted scalar" && problem == "found unexpected end of stream") {
    found.code = "yaml.unclosed-quote";
    at = failed.context_mark;  // where the quote opens
  } else if (context == "while scanning a simple key") {
    found.code = "yaml.missing-colon";
    at = failed.context_mark;  // where the would-be key starts
  } else if (context == "while parsing a flow node" &&
             problem == "did not find expected node content") {
    found.code = "yaml.empty-flow-item";
  } else {
    found.code = "yaml.syntax";
    found.detail =
        context.empty() ? std::string(problem) : std::string(problem) + " " + std::string(context);
  }
  const EventMark mark = ByteColumns(source)(at);
  found.line = mark.line + 1;
  found.byte_column = mark.byte_column;
  return found;
}

std::optional<Node> read_with_libyaml(const SourceFile& source, const ParseLimits& limits) {
  if (!lines_as_yaml_cpp_counts_them(source.text()))
    return std::nullopt;
  // A text with any problem is read again by yaml-cpp, which reports it:
  // every message, its place and its advice stay as they were.
  Diagnostics found;
  TreeBuilder builder(source, found, limits);
  try {
    if (!read_events(source, builder) || !found.items().empty())
      return std::nullopt;
  } catch (const LimitReached&) {
    return std::nullopt;
  }
  return builder.take_root();
}

}  // namespace procure::yaml
