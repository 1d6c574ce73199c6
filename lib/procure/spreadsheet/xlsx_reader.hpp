#pragma once
// Reads the cells of an Office Open XML workbook (.xlsx), as Excel,
// LibreOffice and openpyxl save it: the zip container with libzip, its XML
// with expat. A workbook comes from outside (an evaluator's machine), so
// everything is bounded: the entries, the bytes each part really inflates
// to (never the sizes the container claims: a zip bomb claims little), the
// cells and the strings. No DTD is accepted, so no entity can expand.

#include <cstddef>
#include <map>
#include <optional>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "procure/core/diagnostic.hpp"

namespace procure {

struct XlsxLimits {
  std::size_t max_entries = 10'000;                    // files in the container
  std::size_t max_part_bytes = 64u * 1024u * 1024u;    // one part, inflated
  std::size_t max_total_bytes = 256u * 1024u * 1024u;  // every part read, inflated
  std::size_t max_sheets = 256;
  std::size_t max_cells = 2'000'000;  // all sheets together
  std::size_t max_strings = 2'000'000;
};

// What a cell holds, as its type in the file says.
enum class XlsxValue {
  text,
  number,
  date,     // a number its style shows as a date: the text is that date, 2026-05-07 (14:30)
  boolean,  // TRUE or FALSE, held as 1 or 0
  error,    // "#DIV/0!", ...
  // A formula whose value was never computed: a program other than a
  // spreadsheet (openpyxl, a script) wrote it, and nothing opened it since.
  uncomputed_formula,
};

struct XlsxCell {
  // The value as the file holds it: a number's digits ("7.5", "1E-3"), a
  // string's text (its escapes decoded, xstring.hpp); for a formula, its
  // last computed value.
  std::string text;
  XlsxValue kind = XlsxValue::text;
};

struct XlsxSheet {
  std::string name;
  std::map<std::pair<int, int>, XlsxCell> cells;  // by 0-based row and column

  // nullptr for an empty cell.
  const XlsxCell* at(int row, int column) const;
};

// A place that is a whole file (a workbook has no lines to quote).
SourceSpan workbook_place(const std::string& display_path);

// "D7" for row 6, column 3 (0-based).
std::string cell_name(int row, int column);

// The workbook's sheets in their order; nullopt with a diagnostic (at
// `display_path`) when the bytes are no workbook or exceed a limit.
std::optional<std::vector<XlsxSheet>> read_xlsx(std::string_view bytes,
                                                const std::string& display_path,
                                                Diagnostics& diagnostics,
                                                const XlsxLimits& limits = {});

}  // namespace procure
