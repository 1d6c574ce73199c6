#pragma once
// Writing a large JSON document straight into a string, in the layout of
// print_json (two-space indents: JsonText's), without building it as a tree first: an
// evaluation of 2 000 tenders holds some 400 000 scores, and a tree of them
// costs more time and memory than the work itself. Small parts can still be
// built with nlohmann::json and written in place. Many small records can be
// written one to a line (`inline_object`), which keeps such documents short.

#include <nlohmann/json.hpp>

#include <initializer_list>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "procure/text/json_string.hpp"
#include "procure/text/json_text.hpp"

namespace procure::cli {

// Strings are quoted, and inert_json applied, as procure/text/json_string.hpp says.
using procure::inert_json;

class JsonWriter : public JsonText {
 public:
  explicit JsonWriter(std::string& out) : JsonText(out, JsonLayout::indented) {}

  void value(std::string_view text) { string(text); }
  void value(const char* text) { string(text); }
  void value(const std::string& text) { string(text); }
  void value(double real);
  void value(long long whole) { number(whole); }
  void value(bool flag);
  void null();
  // A value built as a tree (a small part of the document).
  void value(const nlohmann::json& part);
  // A part as value() writes it, made ahead (on another thread, or kept
  // between runs) and written with dumped_value.
  static std::string dumped_part(const nlohmann::json& part);
  void dumped_value(std::string_view dumped);

  // {"a": "x", "b": "y"} on one line: for the many small records of a large document.
  void inline_object(std::initializer_list<std::pair<std::string_view, std::string_view>> fields);

  // A string as a JSON string literal, quotes included.
  static void quote(std::string& out, std::string_view text);
};

}  // namespace procure::cli
