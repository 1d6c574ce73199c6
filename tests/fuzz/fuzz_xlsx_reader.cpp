// Fuzz target for the workbook reader (the zip container and its XML, as
// scoring sheets come back). Whatever the bytes, the reader ends with the
// sheets or with exactly one error that says why; what it keeps stays within
// its limits (cells, and text no longer than the bytes a part may inflate
// to), every cell lies on a sheet's grid, and only a formula never computed
// is kept without a value.
#include <cstddef>
#include <cstdint>
#include <string>

#include "fuzz_support.hpp"
#include "procure/spreadsheet/xlsx_reader.hpp"

using procure::fuzz::expect;

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  // Small limits, so that the fuzzer reaches them.
  procure::XlsxLimits limits;
  limits.max_entries = 64;
  limits.max_part_bytes = 1u << 20;
  limits.max_total_bytes = 4u << 20;
  limits.max_sheets = 8;
  limits.max_cells = 10'000;
  limits.max_strings = 10'000;
  procure::Diagnostics diagnostics;
  const auto sheets =
      procure::read_xlsx(std::string_view(reinterpret_cast<const char*>(data), size), "fuzz.xlsx",
                         diagnostics, limits);
  if (!sheets) {
    expect(diagnostics.error_count() == 1 && diagnostics.warning_count() == 0,
           "a workbook refused has one error that says why");
    return 0;
  }
  expect(diagnostics.empty(), "a workbook read has no diagnostic");
  expect(sheets->size() <= limits.max_sheets, "no more sheets than the limit");
  std::size_t cells = 0;
  for (const auto& sheet : *sheets) {
    cells += sheet.cells.size();
    for (const auto& [place, cell] : sheet.cells) {
      expect(place.first >= 0 && place.first < 1048576 && place.second >= 0 && place.second < 16384,
             "a cell lies on the grid");
      // A formula never computed is kept, to be named; its value is not in the file.
      expect(cell.text.empty() == (cell.kind == procure::XlsxValue::uncomputed_formula),
             "an empty cell is left out, but for a formula never computed");
      expect(cell.text.size() <= limits.max_part_bytes, "a cell is no longer than its part");
    }
  }
  expect(cells <= limits.max_cells, "no more cells than the limit");
  return 0;
}
