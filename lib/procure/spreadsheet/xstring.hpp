#pragma once
// The escapes of a workbook's text (ECMA-376 part 1, ST_Xstring): `_xHHHH_`
// stands for the UTF-16 code unit HHHH, and `_x005F_` for an underscore
// that would otherwise begin one. Excel and LibreOffice decode them when
// they open a workbook, so text written into one escapes every underscore
// that begins such a form (a supplier named `_x202E_` would otherwise show
// as a right-to-left override), and text read from one is decoded (Excel
// saves a carriage return in a cell as `_x000D_`).

#include <string>
#include <string_view>

namespace procure {

// `text` with each `_` that begins a `_xHHHH_` form written `_x005F_`.
std::string xstring_escaped(std::string_view text);

// `text` with each `_xHHHH_` form decoded; surrogate pairs are joined, and a
// surrogate without its pair becomes U+FFFD.
std::string xstring_decoded(std::string_view text);

}  // namespace procure
