#include "procure/yaml/quote.hpp"

#include <algorithm>
#include <array>
#include <cctype>
#include <cstdio>

#include <nlohmann/json.hpp>

#include "procure/text/acting_characters.hpp"

namespace procure::yaml {

// YAML is a superset of JSON: a JSON string literal (with its \", \\, \n and
// \u escapes) is a double-quoted YAML scalar. JSON leaves DEL, the C1
// controls (U+0080-U+009F) and the other characters that act instead of
// showing (bidirectional overrides, line separators) as they are; YAML wants
// the controls escaped, and a case file shown on a terminal or in an editor
// must not be reordered by a supplier's name: all are \u escapes.
std::string double_quoted(std::string_view text) {
  const std::string json = nlohmann::json(std::string(text))
                               .dump(-1, ' ', false, nlohmann::json::error_handler_t::replace);
  std::string out;
  out.reserve(json.size());
  for (std::size_t i = 0; i < json.size(); ++i) {
    const auto byte = static_cast<unsigned char>(json[i]);
    const auto acting = byte >= 0x20 && byte < 0x7F ? std::nullopt : acting_character_at(json, i);
    if (!acting) {
      out += json[i];
      continue;
    }
    char escape[12];  // room for any code point, though these are all below U+FFFF
    std::snprintf(escape, sizeof escape, "\\u%04x", static_cast<unsigned>(acting->code));
    out += escape;
    i += acting->size - 1;
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

// A character that acts instead of showing (a line break, a control, a
// bidirectional override) or is invisible to a reader (U+FEFF): a text with
// one is never written plain, but double-quoted, where those that act are
// `\u` escapes.
bool has_special_character(std::string_view text) {
  for (std::size_t i = 0; i < text.size(); ++i) {
    const auto byte = static_cast<unsigned char>(text[i]);
    if (byte >= 0x20 && byte < 0x7F)
      continue;
    if (acting_character_at(text, i) || text.substr(i, 3) == "\xEF\xBB\xBF")
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
