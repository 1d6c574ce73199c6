#include "procure/yaml/quote.hpp"

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

}  // namespace procure::yaml
