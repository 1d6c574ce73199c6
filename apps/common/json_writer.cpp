#include "json_writer.hpp"

#include <cstdio>

namespace procure::cli {

void JsonWriter::quote(std::string& out, std::string_view text) {
  out += '"';
  std::size_t run = 0;  // start of the characters that need no escape
  for (std::size_t i = 0; i < text.size(); ++i) {
    const auto c = static_cast<unsigned char>(text[i]);
    if (c >= 0x20 && c != '"' && c != '\\')
      continue;
    out.append(text.data() + run, i - run);
    run = i + 1;
    switch (c) {
      case '"':
        out += "\\\"";
        break;
      case '\\':
        out += "\\\\";
        break;
      case '\n':
        out += "\\n";
        break;
      case '\r':
        out += "\\r";
        break;
      case '\t':
        out += "\\t";
        break;
      case '\b':
        out += "\\b";
        break;
      case '\f':
        out += "\\f";
        break;
      default: {
        char escape[8];
        std::snprintf(escape, sizeof escape, "\\u%04x", c);
        out += escape;
      }
    }
  }
  out.append(text.data() + run, text.size() - run);
  out += '"';
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
  const std::string text = part.dump(2, ' ', false, nlohmann::json::error_handler_t::replace);
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
