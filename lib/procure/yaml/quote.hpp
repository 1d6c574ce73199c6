#pragma once
// Writing YAML: any text as a double-quoted scalar that reads back as the
// same text, whatever it holds (quotes, colons, '#', newlines, control
// characters, a leading '-' or '&').

#include <string>
#include <string_view>

namespace procure::yaml {

std::string double_quoted(std::string_view text);

}  // namespace procure::yaml
