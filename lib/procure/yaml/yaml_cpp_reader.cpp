#include <sstream>

#include <yaml-cpp/eventhandler.h>
#include <yaml-cpp/exceptions.h>
#include <yaml-cpp/mark.h>
#include <yaml-cpp/parser.h>

#include "procure/yaml/event_readers.hpp"
#include "procure/yaml/quoting_trap.hpp"
#include "procure/yaml/tree_builder.hpp"

namespace procure::yaml {
namespace {

EventMark event_mark(const YAML::Mark& mark) {
  return {mark.line, mark.column};
}

class YamlCppEvents final : public YAML::EventHandler {
 public:
  explicit YamlCppEvents(TreeBuilder& builder) : builder_(builder) {}

  void OnDocumentStart(const YAML::Mark& mark) override {
    builder_.document_start(event_mark(mark));
  }
  void OnDocumentEnd() override {}
  void OnNull(const YAML::Mark& mark, YAML::anchor_t anchor) override {
    builder_.null(event_mark(mark), anchor);
  }
  void OnAlias(const YAML::Mark& mark, YAML::anchor_t anchor) override {
    builder_.alias(event_mark(mark), anchor);
  }
  void OnScalar(const YAML::Mark& mark, const std::string& tag, YAML::anchor_t anchor,
                const std::string& value) override {
    builder_.scalar(event_mark(mark), tag, anchor, value);
  }
  void OnSequenceStart(const YAML::Mark& mark, const std::string& tag, YAML::anchor_t anchor,
                       YAML::EmitterStyle::value /*style*/) override {
    builder_.sequence_start(event_mark(mark), tag, anchor);
  }
  void OnSequenceEnd() override { builder_.end(); }
  void OnMapStart(const YAML::Mark& mark, const std::string& tag, YAML::anchor_t anchor,
                  YAML::EmitterStyle::value style) override {
    builder_.map_start(event_mark(mark), tag, anchor, style == YAML::EmitterStyle::Flow);
  }
  void OnMapEnd() override { builder_.end(); }

 private:
  TreeBuilder& builder_;
};

// yaml-cpp's English messages, mapped to catalog codes with advice.
std::string code_for(const std::string& message) {
  using namespace YAML::ErrorMsg;
  if (message == MAP_VALUE)
    return "yaml.bad-map-value";
  if (message == END_OF_MAP || message == END_OF_SEQ)
    return "yaml.bad-indentation";
  if (message == END_OF_MAP_FLOW || message == END_OF_SEQ_FLOW)
    return "yaml.unclosed-bracket";
  if (message == EOF_IN_SCALAR)
    return "yaml.unclosed-quote";
  if (message.rfind(INVALID_ESCAPE, 0) == 0)
    return "yaml.bad-escape";
  if (message == TAB_IN_INDENTATION)
    return "yaml.tab-indentation";
  if (message == UNKNOWN_ANCHOR)
    return "yaml.unknown-alias";
  if (message == UNKNOWN_TOKEN)
    return "yaml.reserved-character";
  return "yaml.syntax";
}

// A value that needs quotes and explains a syntax error at `line`: on that
// line at or before the error, or a ' #' in a flow value on a line above,
// whose comment swallowed the closing bracket so that the error shows later.
std::optional<std::pair<int, QuotingTrap>> trap_behind_error(const SourceFile& source, int line,
                                                             int byte_column) {
  if (auto trap = find_quoting_trap(source.line(line));
      trap && trap->begin <= static_cast<std::size_t>(byte_column))
    return std::pair{line, std::move(*trap)};
  for (int above = line - 1; above >= 1; --above) {
    if (auto trap = find_quoting_trap(source.line(above)); trap && trap->syntax == "#")
      return std::pair{above, std::move(*trap)};
  }
  return std::nullopt;
}

}  // namespace

std::optional<Node> read_with_yaml_cpp(const SourceFile& source, Diagnostics& diagnostics,
                                       const ParseLimits& limits) {
  std::istringstream stream(source.text());
  TreeBuilder builder(source, diagnostics, limits);
  try {
    YamlCppEvents events(builder);
    YAML::Parser parser(stream);
    while (parser.HandleNextDocument(events)) {
    }
  } catch (const LimitReached& stop) {
    diagnostics.error(
        stop.code,
        {{"depth", std::to_string(limits.max_depth)}, {"nodes", std::to_string(limits.max_nodes)}},
        source.span_at_byte(stop.mark.line + 1, stop.mark.byte_column));
    return std::nullopt;
  } catch (const YAML::Exception& e) {
    const int line = e.mark.is_null() ? source.line_count() : e.mark.line + 1;
    const int column = e.mark.is_null() ? 0 : e.mark.column;
    if (auto trap = trap_behind_error(source, line, column)) {
      diagnostics.add(quoting_diagnostic(source, trap->first, trap->second));
      return std::nullopt;
    }
    diagnostics.error(code_for(e.msg), {{"detail", e.msg}}, source.span_at_byte(line, column));
    return std::nullopt;
  }
  return builder.take_root();
}

}  // namespace procure::yaml
