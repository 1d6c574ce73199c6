#pragma once
// Writing YAML: any text as a double-quoted scalar that reads back as the
// same text, whatever it holds (quotes, colons, '#', newlines, control
// characters, a leading '-' or '&').

#include <string>
#include <string_view>

namespace procure::yaml {

std::string double_quoted(std::string_view text);

// A text as a scalar a person would write in a block (a map's value, a
// list's item; never inside [ ] or { }): plain where YAML reads it back as
// the same text (`Fjordprosess AS`, `2018-03-14 10:12`, `Nei, ikke nå.`),
// double-quoted otherwise: empty, a keyword (`null`, `yes`, `~`), an
// indicator first (`-`, `&`, `*`, `"`, `[`, ...), `: ` or ` #` inside, a
// colon last, blanks at either end, control characters and line breaks.
std::string scalar(std::string_view text);

}  // namespace procure::yaml
