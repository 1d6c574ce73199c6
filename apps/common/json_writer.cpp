#include "json_writer.hpp"

namespace procure::cli {

void JsonWriter::quote(std::string& out, std::string_view text) {
  append_json_string(out, text);
}

void JsonWriter::newline() {
  out_ += '\n';
  out_.append(levels_.size() * 2, ' ');
}

void JsonWriter::before_value() {
  if (after_key_) {
    after_key_ = false;
    return;
  }
  if (levels_.empty())
    return;
  Level& level = levels_.back();
  if (!level.empty)
    out_ += ',';
  level.empty = false;
  newline();
}

void JsonWriter::begin_object() {
  before_value();
  out_ += '{';
  levels_.push_back({false, true});
}

void JsonWriter::begin_array() {
  before_value();
  out_ += '[';
  levels_.push_back({true, true});
}

void JsonWriter::end_object() {
  const bool empty = levels_.back().empty;
  levels_.pop_back();
  if (!empty)
    newline();
  out_ += '}';
}

void JsonWriter::end_array() {
  const bool empty = levels_.back().empty;
  levels_.pop_back();
  if (!empty)
    newline();
  out_ += ']';
}

void JsonWriter::key(std::string_view name) {
  before_value();
  quote(out_, name);
  out_ += ": ";
  after_key_ = true;
}

void JsonWriter::value(std::string_view text) {
  before_value();
  quote(out_, text);
}

void JsonWriter::value(double number) {
  before_value();
  out_ += nlohmann::json(number).dump();
}

void JsonWriter::value(long long number) {
  before_value();
  out_ += std::to_string(number);
}

void JsonWriter::value(bool flag) {
  before_value();
  out_ += flag ? "true" : "false";
}

void JsonWriter::null() {
  before_value();
  out_ += "null";
}

void JsonWriter::value(const nlohmann::json& part) {
  before_value();
  // Indent the part's lines to where it stands.
  const std::string text =
      inert_json(part.dump(2, ' ', false, nlohmann::json::error_handler_t::replace));
  const std::string indent(levels_.size() * 2, ' ');
  for (const char c : text) {
    out_ += c;
    if (c == '\n')
      out_ += indent;
  }
}

void JsonWriter::inline_object(
    std::initializer_list<std::pair<std::string_view, std::string_view>> fields) {
  before_value();
  out_ += '{';
  bool first = true;
  for (const auto& [name, text] : fields) {
    if (!first)
      out_ += ", ";
    first = false;
    quote(out_, name);
    out_ += ": ";
    quote(out_, text);
  }
  out_ += '}';
}

}  // namespace procure::cli
