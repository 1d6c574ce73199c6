#pragma once
// Writing YAML: any text as a double-quoted scalar that reads back as the
// same text, whatever it holds (quotes, colons, '#', newlines, control
// characters, a leading '-' or '&').

#include <string>
#include <string_view>

namespace procure::yaml {

std::string double_quoted(std::string_view text);

// A text as a scalar a person would write: plain where YAML reads it back
// as the same text in a block or a flow (`Fjordprosess AS`, `2018-03-14
// 10:12`), double-quoted otherwise: empty, a keyword (`null`, `yes`, `~`),
// an indicator first (`- `, `&`, `*`, `"`, ...), `: ` or ` #` inside,
// `,[]{}`, blanks at either end, control characters and line breaks.
std::string scalar(std::string_view text);

}  // namespace procure::yaml
