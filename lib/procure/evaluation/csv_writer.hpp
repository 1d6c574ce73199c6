#pragma once
// CSV for spreadsheets (RFC 4180: fields quoted when they hold the
// delimiter, '"' or a line break; records end in CRLF), safe to open: a cell
// that starts with '=', '+', '-', '@', a tab, a space or a line break
// (spreadsheets skip blanks before a formula) could run as a formula, so it
// is prefixed with a single quote, as OWASP recommends ("CSV injection").
// Plain numbers such as -1.25 cannot be formulas and are left as they are.
// Control characters other than line breaks and tabs are shown as escapes
// (visible_controls), so the file is safe on a terminal too.
//
// Two dialects: RFC 4180 (',' and '.' as decimal point), and the one
// Norwegian Excel opens in columns: ';' between fields, ',' as decimal
// mark, and a UTF-8 byte order mark, without which Excel reads Windows-1252.

#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace procure {

enum class CsvDialect { rfc4180, excel_nb };

// "rfc4180", "excel-nb"; nullopt for any other name.
std::optional<CsvDialect> parse_csv_dialect(std::string_view name);

// What the file starts with: the byte order mark for excel-nb, else nothing.
std::string_view csv_preamble(CsvDialect dialect);
// A number written with '.' ("-1.25") in the dialect's decimal mark.
std::string csv_number(std::string_view number, CsvDialect dialect);

std::string csv_cell(std::string_view text, CsvDialect dialect = CsvDialect::rfc4180);
std::string csv_record(const std::vector<std::string>& cells,
                       CsvDialect dialect = CsvDialect::rfc4180);

// A record of a table procure reads back (the evaluation files that
// `score import` writes): quoted as above, but the text is kept exactly,
// without the formula guard's quote, which would become part of the value.
std::string csv_data_record(const std::vector<std::string>& cells);

}  // namespace procure
