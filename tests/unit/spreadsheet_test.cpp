// Spreadsheets in and out: Windows-1252 text, Norwegian dates and kroner in
// CSV cells, the CSV dialects, and the workbook reader's bounds.
#include <doctest/doctest.h>

#include <fstream>
#include <iterator>

#include "procure/core/windows_1252.hpp"
#include "procure/evaluation/csv_table.hpp"
#include "procure/evaluation/csv_writer.hpp"
#include "procure/evaluation/spreadsheet_values.hpp"
#include "procure/spreadsheet/xlsx_reader.hpp"
#include "procure/spreadsheet/xstring.hpp"
#include "test_support.hpp"

using namespace procure;
using procure::test::codes;

TEST_CASE("windows-1252: decoded to UTF-8, undefined bytes refused") {
  CHECK(windows_1252_to_utf8("Bj\xF8rkelund \xC6\xD8\xC5") == "Bjørkelund ÆØÅ");
  CHECK(windows_1252_to_utf8("\x80 100 \x96 \x93x\x94") == "€ 100 – “x”");
  CHECK(windows_1252_to_utf8("plain") == "plain");
  CHECK_FALSE(windows_1252_to_utf8("a\x81z"));
  CHECK_FALSE(windows_1252_to_utf8("\x9D"));
}

TEST_CASE("spreadsheet values: day-first times and kroner") {
  CHECK(iso_from_day_first("03.06.2027 11:58") == "2027-06-03 11:58");
  CHECK(iso_from_day_first("3.6.2027 9:05:07") == "2027-06-03 09:05:07");
  CHECK(iso_from_day_first("03.06.2027") == "2027-06-03");
  // Not of this form: read as it is, by the reader that reports what is wrong.
  CHECK_FALSE(iso_from_day_first("2027-06-03 11:58"));
  CHECK_FALSE(iso_from_day_first("03/06/2027 11:58"));
  CHECK_FALSE(iso_from_day_first("03.06.27 11:58"));
  CHECK_FALSE(iso_from_day_first("003.06.2027"));
  CHECK(amount_in_kroner("kr 1 234 567,00", "NOK") == "NOK 1 234 567,00");
  CHECK(amount_in_kroner("kr\xC2\xA0"
                         "1\xC2\xA0"
                         "234,50",
                         "NOK") ==
        "NOK 1\xC2\xA0"
        "234,50");
  CHECK(amount_in_kroner("1 234,50 kr", "NOK") == "1 234,50 NOK");
  CHECK(amount_in_kroner("kr. 100", "NOK") == "NOK 100");
  CHECK_FALSE(amount_in_kroner("NOK 100", "NOK"));
  CHECK_FALSE(amount_in_kroner("krone", "NOK"));
}

TEST_CASE("csv dialects: excel-nb has ';', decimal commas and a byte order mark") {
  CHECK(parse_csv_dialect("excel-nb") == CsvDialect::excel_nb);
  CHECK(parse_csv_dialect("rfc4180") == CsvDialect::rfc4180);
  CHECK_FALSE(parse_csv_dialect("excel"));
  CHECK(csv_preamble(CsvDialect::excel_nb) == "\xEF\xBB\xBF");
  CHECK(csv_preamble(CsvDialect::rfc4180).empty());
  CHECK(csv_number("-1.25", CsvDialect::excel_nb) == "-1,25");
  CHECK(csv_number("1645000.00", CsvDialect::rfc4180) == "1645000.00");
  CHECK(csv_record({"1", "Fjord, Lys AS", "a;b", "7,25"}, CsvDialect::excel_nb) ==
        "1;Fjord, Lys AS;\"a;b\";7,25\r\n");
  // The formula guard holds in both; a plain number with a decimal comma is no formula.
  CHECK(csv_cell("=1+1", CsvDialect::excel_nb) == "'=1+1");
  CHECK(csv_cell("-1,25", CsvDialect::excel_nb) == "-1,25");
  CHECK(csv_cell("-1,25", CsvDialect::rfc4180) == "\"'-1,25\"");
  // Tables procure reads back keep the text as it is.
  CHECK(csv_data_record({"- a list", "=x", "a,b"}) == "- a list,=x,\"a,b\"\r\n");
}

TEST_CASE("xstring: Excel's escapes decoded on reading, kept literal on writing") {
  CHECK(xstring_decoded("Line 1_x000D_") == "Line 1\r");
  CHECK(xstring_decoded("_x00C5_ret _x00e5_") == "Året å");
  CHECK(xstring_decoded("_x005F_x0041_") == "_x0041_");
  CHECK(xstring_decoded("_xD83D__xDE80_") == "\xF0\x9F\x9A\x80");  // a pair: U+1F680
  CHECK(xstring_decoded("_xD83D_ and _xDE80_") == "\uFFFD and \uFFFD");
  // Not the form: four hex digits between `_x` and `_`.
  CHECK(xstring_decoded("_x41_ _x00G1_ _X0041_ _x0041") == "_x41_ _x00G1_ _X0041_ _x0041");
  for (const std::string_view text :
       {"_x202E_Evil _x0007_", "__x0041__", "_x005F_x0041_", "plain", "_x_", "a_x0041"}) {
    CHECK(xstring_decoded(xstring_escaped(text)) == text);
  }
  CHECK(xstring_escaped("_x202E_Evil") == "_x005F_x202E_Evil");
  CHECK(xstring_escaped("a_b _x12_") == "a_b _x12_");
}

namespace {

std::string seed(const std::string& name) {
  std::ifstream in(std::string(PROCURE_SOURCE_DIR) + "/tests/fuzz/corpus/xlsx_reader/" + name,
                   std::ios::binary);
  REQUIRE(in);
  return std::string((std::istreambuf_iterator<char>(in)), std::istreambuf_iterator<char>());
}

}  // namespace

TEST_CASE("xlsx: a scoring sheet's cells are read, text as text") {
  Diagnostics diagnostics;
  const auto sheets = read_xlsx(seed("filled.xlsx"), "filled.xlsx", diagnostics);
  REQUIRE(sheets);
  CHECK(diagnostics.empty());
  REQUIRE(sheets->size() == 3);
  CHECK((*sheets)[0].name == "Scores");
  CHECK((*sheets)[2].name == "procure");
  const XlsxCell* id = (*sheets)[0].at(6, 0);
  REQUIRE(id != nullptr);
  CHECK(id->text == "alfa");
  CHECK(id->kind == XlsxValue::text);
  const XlsxCell* score = (*sheets)[0].at(6, 2);
  REQUIRE(score != nullptr);
  CHECK(score->kind == XlsxValue::number);
  CHECK(score->text == "6");
  CHECK(cell_name(6, 3) == "D7");
  CHECK(cell_name(0, 26) == "AA1");
}

TEST_CASE("xlsx: what is no workbook, or too large, is refused with its reason") {
  Diagnostics diagnostics;
  CHECK_FALSE(read_xlsx("not a zip", "x.xlsx", diagnostics));
  CHECK(codes(diagnostics) == std::vector<std::string>{"xlsx.not-a-workbook"});
  Diagnostics small;
  XlsxLimits limits;
  limits.max_part_bytes = 100;
  CHECK_FALSE(read_xlsx(seed("filled.xlsx"), "filled.xlsx", small, limits));
  CHECK(codes(small) == std::vector<std::string>{"xlsx.too-large"});
  Diagnostics few;
  XlsxLimits few_cells;
  few_cells.max_cells = 5;
  CHECK_FALSE(read_xlsx(seed("filled.xlsx"), "filled.xlsx", few, few_cells));
  CHECK(codes(few) == std::vector<std::string>{"xlsx.too-large"});
}

TEST_CASE("csv dialects: what excel-nb writes reads back cell for cell, in Windows-1252 too") {
  const std::vector<std::vector<std::string>> rows{
      {"tender", "criterion", "evaluator", "score", "reason"},
      {"bjorkelund", "metode", "eva", "7,5", "Godt; gjennomarbeidet, «tydelig» forslag"},
      {"fjordlys", "metode", "eva", "-1,25", "Svakt forslag: \"mangler\" plan\nfor øvelser"}};
  std::string written(csv_preamble(CsvDialect::excel_nb));
  for (const auto& row : rows)
    written += csv_record(row, CsvDialect::excel_nb);
  // The same bytes as Excel saves them without the mark, in Windows-1252.
  std::string windows_1252;
  for (std::size_t i = 3; i < written.size(); ++i) {
    const auto byte = static_cast<unsigned char>(written[i]);
    if (byte == 0xC3) {
      windows_1252.push_back(static_cast<char>(static_cast<unsigned char>(written[++i]) + 0x40));
    } else if (byte == 0xC2) {
      windows_1252.push_back(written[++i]);
    } else {
      windows_1252.push_back(written[i]);
    }
  }
  REQUIRE(windows_1252.size() < written.size());
  const auto decoded = windows_1252_to_utf8(windows_1252);
  REQUIRE(decoded);
  for (const std::string& text : {written, *decoded}) {
    Diagnostics diagnostics;
    const auto source = make_source_file("t.csv", text, diagnostics);
    REQUIRE(source);
    const auto table = parse_csv(*source, diagnostics);
    REQUIRE(table);
    CHECK(diagnostics.empty());
    CHECK(table->delimiter == ';');
    REQUIRE(table->rows.size() == 2);
    for (std::size_t r = 0; r < 2; ++r) {
      for (std::size_t c = 0; c < 5; ++c)
        CHECK(table->rows[r].cells[c].text == rows[r + 1][c]);
    }
  }
}
