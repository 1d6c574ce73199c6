#include "json_writer.hpp"

#include <algorithm>
#include <array>
#include <cmath>

namespace procure::cli {

void JsonWriter::quote(std::string& out, std::string_view text) {
  append_json_string(out, text);
}

void JsonWriter::value(double real) {
  before_value();
  if (!std::isfinite(real)) {
    text() += "null";
    return;
  }
  // What nlohmann::json(real).dump() writes (its shortest round-trip form),
  // without a json value and a string for each of a document's 400 000 numbers.
  std::array<char, 64> digits{};
  const char* end = nlohmann::detail::to_chars(digits.data(), digits.data() + digits.size(), real);
  text().append(digits.data(), static_cast<std::size_t>(end - digits.data()));
}

void JsonWriter::value(bool flag) {
  before_value();
  text() += flag ? "true" : "false";
}

void JsonWriter::null() {
  before_value();
  text() += "null";
}

void JsonWriter::value(const nlohmann::json& part) {
  dumped_value(dumped_part(part));
}

std::string JsonWriter::dumped_part(const nlohmann::json& part) {
  return inert_json(part.dump(2, ' ', false, nlohmann::json::error_handler_t::replace));
}

void JsonWriter::dumped_value(std::string_view dumped) {
  before_value();
  // Indent the part's lines to where it stands.
  const std::string indent(depth() * 2, ' ');
  std::string& out = text();
  for (std::size_t at = 0; at < dumped.size();) {
    const std::size_t line_end = std::min(dumped.find('\n', at), dumped.size() - 1) + 1;
    out.append(dumped, at, line_end - at);
    if (out.back() == '\n')
      out += indent;
    at = line_end;
  }
}

void JsonWriter::inline_object(
    std::initializer_list<std::pair<std::string_view, std::string_view>> fields) {
  before_value();
  std::string& out = text();
  out += '{';
  bool first = true;
  for (const auto& [name, shown] : fields) {
    if (!first)
      out += ", ";
    first = false;
    quote(out, name);
    out += ": ";
    quote(out, shown);
  }
  out += '}';
}

}  // namespace procure::cli
