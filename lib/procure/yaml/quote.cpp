#include "procure/yaml/quote.hpp"

#include <algorithm>
#include <array>
#include <cctype>
#include <cstdio>

#include <nlohmann/json.hpp>

namespace procure::yaml {

// YAML is a superset of JSON: a JSON string literal (with its \", \\, \n and
// \u escapes) is a double-quoted YAML scalar. JSON leaves DEL and the C1
// controls (U+0080-U+009F) as they are; YAML wants them escaped.
std::string double_quoted(std::string_view text) {
  const std::string json = nlohmann::json(std::string(text))
                               .dump(-1, ' ', false, nlohmann::json::error_handler_t::replace);
  std::string out;
  out.reserve(json.size());
  for (std::size_t i = 0; i < json.size(); ++i) {
    const auto c = static_cast<unsigned char>(json[i]);
    unsigned code = 0;
    if (c == 0x7F) {
      code = c;
    } else if (c == 0xC2 && i + 1 < json.size() &&
               static_cast<unsigned char>(json[i + 1]) >= 0x80 &&
               static_cast<unsigned char>(json[i + 1]) <= 0x9F) {
      code = static_cast<unsigned char>(json[++i]);
    } else {
      out += json[i];
      continue;
    }
    char escape[8];
    std::snprintf(escape, sizeof escape, "\\u%04x", code);
    out += escape;
  }
  return out;
}

namespace {

// Words YAML 1.1 or 1.2 reads as null or a boolean when plain.
bool is_keyword(std::string_view text) {
  static constexpr std::array<std::string_view, 12> keywords = {
      "~", "null", "true", "false", "yes", "no", "on", "off", "y", "n", ".nan", ".inf"};
  std::string lower(text);
  std::transform(lower.begin(), lower.end(), lower.begin(),
                 [](unsigned char c) { return static_cast<char>(std::tolower(c)); });
  return std::find(keywords.begin(), keywords.end(), lower) != keywords.end();
}

// A character that is a line break, a control or invisible to a reader
// (C0, DEL, C1, U+2028, U+2029, U+FEFF): always escaped.
bool has_special_character(std::string_view text) {
  for (std::size_t i = 0; i < text.size(); ++i) {
    const auto c = static_cast<unsigned char>(text[i]);
    const auto next = i + 1 < text.size() ? static_cast<unsigned char>(text[i + 1]) : 0;
    const auto third = i + 2 < text.size() ? static_cast<unsigned char>(text[i + 2]) : 0;
    if (c < 0x20 || c == 0x7F || (c == 0xC2 && next >= 0x80 && next <= 0x9F) ||
        (c == 0xE2 && next == 0x80 && (third == 0xA8 || third == 0xA9)) ||
        (c == 0xEF && next == 0xBB && third == 0xBF))
      return true;
  }
  return false;
}

bool reads_back_plain(std::string_view text) {
  if (text.empty() || is_keyword(text) || has_special_character(text))
    return false;
  constexpr std::string_view indicators = "-?:,[]{}#&*!|>'\"%@`";
  if (indicators.find(text.front()) != std::string_view::npos || text.front() == ' ' ||
      text.back() == ' ' || text.back() == ':')
    return false;
  // Written in block style only: ",[]{}" inside a plain scalar are text there.
  return text.find(": ") == std::string_view::npos && text.find(" #") == std::string_view::npos;
}

}  // namespace

std::string scalar(std::string_view text) {
  return reads_back_plain(text) ? std::string(text) : double_quoted(text);
}

}  // namespace procure::yaml
