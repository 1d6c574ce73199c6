#pragma once
// CSV for spreadsheets (RFC 4180: fields quoted when they hold ',', '"' or a
// line break; records end in CRLF), safe to open: a cell that starts with
// '=', '+', '-', '@', a tab, a space or a line break (spreadsheets skip
// blanks before a formula) could run as a formula, so it is prefixed with a
// single quote, as OWASP recommends ("CSV injection"). Plain numbers such as
// -1.25 cannot be formulas and are left as they are. Control characters
// other than line breaks and tabs are shown as escapes (visible_controls),
// so the file is safe on a terminal too.

#include <string>
#include <string_view>
#include <vector>

namespace procure {

std::string csv_cell(std::string_view text);
std::string csv_record(const std::vector<std::string>& cells);

}  // namespace procure
