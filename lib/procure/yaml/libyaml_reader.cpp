#include <yaml.h>

#include <algorithm>
#include <string>
#include <string_view>
#include <vector>

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
      line_ = line;
      text_ = source_.line(line + 1);
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

class Parser {
 public:
  explicit Parser(std::string_view text) {
    ready_ = yaml_parser_initialize(&parser_) == 1;
    if (ready_)
      yaml_parser_set_input_string(&parser_, reinterpret_cast<const unsigned char*>(text.data()),
                                   text.size());
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

}  // namespace

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
