// Fuzz target for the writers of text a case or a supplier gave: whatever
// the text, no character that acts instead of showing (a control, a
// bidirectional override, a line separator: acting_characters.hpp) leaves a
// writer as it is, but the line breaks and tabs its format keeps as layout;
// markup characters stay escaped; and YAML quoted by the tools reads back as
// the text itself.
#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>

#include "fuzz_support.hpp"
#include "procure/calendar/icalendar.hpp"
#include "procure/core/source_file.hpp"
#include "procure/core/utf8.hpp"
#include "procure/text/json_string.hpp"
#include "procure/text/visible_controls.hpp"
#include "procure/text/xml_writer.hpp"
#include "procure/yaml/node.hpp"
#include "procure/yaml/quote.hpp"

namespace {

using procure::fuzz::expect;
using procure::fuzz::holds_acting_character;

// `text` as the value of a YAML map, read back by the case files' reader.
std::optional<std::string> read_back(const std::string& quoted) {
  procure::Diagnostics diagnostics;
  const auto source = procure::make_source_file("q.yaml", "value: " + quoted + "\n", diagnostics);
  if (!source)
    return std::nullopt;
  const auto root = procure::yaml::parse(*source, diagnostics);
  const auto* value = root && diagnostics.empty() ? root->find("value") : nullptr;
  if (value == nullptr)
    return std::nullopt;
  return value->text;
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  const std::string_view text(reinterpret_cast<const char*>(data), size);
  // Text from a case or a supplier has passed the readers' UTF-8 check.
  if (procure::utf8::first_invalid(text))
    return 0;

  expect(!holds_acting_character(procure::visible_controls(text), ""),
         "a terminal's value shows every control");
  expect(
      !holds_acting_character(procure::visible_controls(text, procure::LineBreaks::kept), "\t\n\r"),
      "a terminal's block keeps only line breaks and tabs");

  std::string json;
  procure::append_json_string(json, text);
  expect(!holds_acting_character(json, ""), "a JSON string holds nothing that acts");

  const std::string ics = procure::ics_escape_text(text);
  expect(!holds_acting_character(ics, "\t"), "an iCalendar text keeps only tabs");
  expect(ics.size() <= 2 * text.size(), "iCalendar escaping is bounded");

  const std::string xml = procure::xml_escaped(text);
  expect(!holds_acting_character(xml, "\t\n\r"),
         "XML character data keeps only line breaks and tabs");
  expect(xml.find_first_of("<>") == std::string::npos, "XML character data holds no markup");

  const std::string quoted = procure::yaml::double_quoted(text);
  expect(!holds_acting_character(quoted, ""), "a quoted YAML scalar holds nothing that acts");
  expect(read_back(quoted) == std::string(text), "a quoted YAML scalar reads back as the text");
  return 0;
}
