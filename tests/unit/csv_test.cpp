// CSV in (RFC 4180 with positions) and out (safe for spreadsheets).
#include <doctest/doctest.h>

#include <string>
#include <tuple>
#include <vector>

#include "procure/evaluation/csv_table.hpp"
#include "procure/evaluation/csv_writer.hpp"
#include "test_support.hpp"

using namespace procure;
using procure::test::codes;

namespace {

std::optional<CsvTable> parse(const std::string& text, Diagnostics& diagnostics) {
  const auto source = make_source_file("t.csv", text, diagnostics);
  REQUIRE(source);
  return parse_csv(*source, diagnostics);
}

}  // namespace

TEST_CASE("csv: quoted fields hold delimiters, quotes and line breaks") {
  Diagnostics diagnostics;
  const auto table = parse(
      "id,supplier,price\r\n"
      "a,\"Fjord, Lys AS\",100\r\n"
      "b,\"Say \"\"hi\"\"\",200\r\n"
      "c,\"two\nlines\",300\r\n",
      diagnostics);
  REQUIRE(table);
  CHECK(diagnostics.empty());
  CHECK(table->delimiter == ',');
  REQUIRE(table->rows.size() == 3);
  CHECK(table->rows[0].cells[1].text == "Fjord, Lys AS");
  CHECK(table->rows[0].cells[1].quoted);
  CHECK(table->rows[1].cells[1].text == "Say \"hi\"");
  CHECK(table->rows[2].cells[1].text == "two\nlines");
  CHECK(table->rows[2].cells[2].text == "300");
  CHECK(table->rows[2].cells[2].line == 5);  // the record started on line 4
}

TEST_CASE("csv: semicolons from Norwegian spreadsheets, blanks trimmed, empty rows skipped") {
  Diagnostics diagnostics;
  const auto table = parse("id;price\n a ; 1 234,50 \n;\n\nb;\n", diagnostics);
  REQUIRE(table);
  CHECK(table->delimiter == ';');
  REQUIRE(table->rows.size() == 2);
  CHECK(table->rows[0].cells[0].text == "a");
  CHECK(table->rows[0].cells[0].byte_column == 1);
  CHECK(table->rows[0].cells[1].text == "1 234,50");
  CHECK(table->rows[1].cells[1].is_null());
}

TEST_CASE("csv: rows read one after another into one row are each whole and their own") {
  // The reader fills again the cells of rows it gave before (every other
  // row's): an unquoted cell where a quoted one was, a quoted one where a
  // longer text was, an empty one where a number was. Each row must show
  // only what its own record holds.
  Diagnostics diagnostics;
  const auto source = make_source_file("t.csv",
                                       "a,b,c\n"
                                       "\"x \"\"1\"\"\",long text of the second row,3\n"
                                       ",y,\n"
                                       "p,\"q\nr\",\n"
                                       "1,2\n",
                                       diagnostics);
  REQUIRE(source);
  CsvReader reader(*source, diagnostics);
  REQUIRE(reader.ok());
  using Cell = std::tuple<yaml::NodeKind, std::string, bool, int, int>;
  std::vector<std::vector<Cell>> rows;
  CsvRow row;
  while (reader.next(row)) {
    std::vector<Cell> cells;
    for (const auto& cell : row.cells)
      cells.emplace_back(cell.kind, cell.text, cell.quoted, cell.line, cell.byte_column);
    rows.push_back(cells);
  }
  using yaml::NodeKind;
  const std::vector<std::vector<Cell>> expected = {
      {{NodeKind::scalar, "x \"1\"", true, 2, 0},
       {NodeKind::scalar, "long text of the second row", false, 2, 10},
       {NodeKind::scalar, "3", false, 2, 38}},
      {{NodeKind::null, "", false, 3, 0},
       {NodeKind::scalar, "y", false, 3, 1},
       {NodeKind::null, "", false, 3, 3}},
      {{NodeKind::scalar, "p", false, 4, 0},
       {NodeKind::scalar, "q\nr", true, 4, 2},
       {NodeKind::null, "", false, 5, 3}},
  };
  CHECK(rows == expected);
  CHECK(codes(diagnostics) == std::vector<std::string>{"csv.field-count"});
}

TEST_CASE("csv: broken quoting and ragged rows are reported where they are") {
  Diagnostics diagnostics;
  auto table = parse("a,b\n1,\"x\"y\n1,2,3\n", diagnostics);
  REQUIRE(table);
  CHECK(codes(diagnostics) == std::vector<std::string>{"csv.bad-quote", "csv.field-count"});
  CHECK(diagnostics.items()[0].where->line == 2);
  CHECK(diagnostics.items()[0].where->column == 6);
  CHECK(diagnostics.items()[1].where->line == 3);
  CHECK(table->rows.size() == 1);

  Diagnostics unclosed;
  CHECK_FALSE(parse("a,b\n1,\"open\n", unclosed));
  CHECK(codes(unclosed) == std::vector<std::string>{"csv.unclosed-quote"});
  CHECK(unclosed.items()[0].where->line == 2);
  CHECK(unclosed.items()[0].where->column == 3);
}

TEST_CASE("csv columns: required, unknown with a suggestion, duplicate") {
  Diagnostics diagnostics;
  const auto source = make_source_file("t.csv", "id,suplier,id\n", diagnostics);
  const auto table = parse_csv(*source, diagnostics);
  yaml::Reader reader(*source, diagnostics);
  CsvColumns columns(reader, table->header);
  CHECK(columns.required("id") == 0u);
  CHECK_FALSE(columns.required("supplier"));
  CHECK_FALSE(columns.optional("price"));
  columns.finish();
  CHECK(codes(diagnostics) == std::vector<std::string>{"csv.duplicate-column", "csv.missing-column",
                                                       "csv.unknown-column-suggest"});
}

TEST_CASE("csv out: formulas neutralised with a quote, fields quoted as RFC 4180 says") {
  CHECK(csv_cell("=HYPERLINK(\"x\")") == "\"'=HYPERLINK(\"\"x\"\")\"");
  CHECK(csv_cell("+1+cmd") == "'+1+cmd");
  CHECK(csv_cell("-2+3") == "'-2+3");
  CHECK(csv_cell("@SUM(A1)") == "'@SUM(A1)");
  CHECK(csv_cell("\tx") == "'\tx");
  CHECK(csv_cell("\r\nx") == "\"'\r\nx\"");
  // Plain numbers cannot be formulas: a negative score stays a number.
  CHECK(csv_cell("-1.25") == "-1.25");
  CHECK(csv_cell("-12") == "-12");
  CHECK(csv_cell("-") == "'-");
  CHECK(csv_cell("<script>alert(1)</script>") == "<script>alert(1)</script>");
  CHECK(csv_cell("Fjord, Lys AS") == "\"Fjord, Lys AS\"");
  CHECK(csv_record({"a", "b,c", ""}) == "a,\"b,c\",\r\n");
}

TEST_CASE("csv: a lone CR inside a quoted field does not shift later line numbers") {
  Diagnostics diagnostics;
  const auto table = parse("a,b\n1,\"x\ry\"\n2,3\n4\n", diagnostics);
  REQUIRE(table);
  REQUIRE(table->rows.size() == 2);
  CHECK(table->rows[0].cells[1].text == "x\ny");
  CHECK(table->rows[1].line == 3);
  CHECK(table->rows[1].cells[1].line == 3);
  REQUIRE(codes(diagnostics) == std::vector<std::string>{"csv.field-count"});
  CHECK(diagnostics.items()[0].where->line == 4);
  CHECK(diagnostics.items()[0].where->line_text == "4");
}

TEST_CASE("csv: a quote left open and closed by a later quote is reported where it opens") {
  Diagnostics diagnostics;
  const auto table = parse(
      "id,supplier,received,price\n"
      "a,\"Acme AS,2018-05-30 10:00,NOK 100\n"
      "b,Beta AS,2018-05-30 10:00,NOK 200\n"
      "c,\"Gamma AS\",2018-05-30 10:00,NOK 300\n",
      diagnostics);
  REQUIRE(table);
  REQUIRE(codes(diagnostics) == std::vector<std::string>{"csv.quote-runs-on"});
  const auto& d = diagnostics.items()[0];
  CHECK(d.where->line == 2);
  CHECK(d.where->column == 3);
  CHECK(d.args[0].second == "4");
  // The rows after the open quote's line are read as they were meant.
  REQUIRE(table->rows.size() == 2);
  CHECK(table->rows[0].cells[1].text == "Beta AS");
  CHECK(table->rows[1].cells[1].text == "Gamma AS");
  CHECK(table->rows[1].line == 4);
}

TEST_CASE("csv: a quote left open in the header is reported, and the table is not read") {
  Diagnostics diagnostics;
  CHECK_FALSE(parse("id,\"name\nx,\"y\"z\n", diagnostics));
  REQUIRE(codes(diagnostics) == std::vector<std::string>{"csv.quote-runs-on"});
  CHECK(diagnostics.items()[0].where->column == 4);
}

TEST_CASE("csv: LF, CRLF and lone CR line ends read alike") {
  for (const std::string end : {"\n", "\r\n", "\r"}) {
    CAPTURE(end.size());
    Diagnostics diagnostics;
    const auto table =
        parse("a,b" + end + "1,\"x" + end + "y\"" + end + end + "2,3" + end, diagnostics);
    REQUIRE(table);
    CHECK(diagnostics.empty());
    REQUIRE(table->rows.size() == 2);
    CHECK(table->rows[0].cells[1].text == "x\ny");
    CHECK(table->rows[1].cells[0].text == "2");
  }
  // A lone CR ends a record but not a line: positions stay on the line the file shows.
  Diagnostics diagnostics;
  const auto table = parse("a,b\r1,2\r3\r", diagnostics);
  REQUIRE(table);
  CHECK(table->rows[0].line == 1);
  CHECK(table->rows[0].byte_column == 4);
  CHECK(table->rows[0].cells[1].byte_column == 6);
  REQUIRE(codes(diagnostics) == std::vector<std::string>{"csv.field-count"});
  CHECK(diagnostics.items()[0].where->column == 9);
}

TEST_CASE("csv: a byte order mark is not part of the first column") {
  Diagnostics diagnostics;
  const auto table = parse("\xEF\xBB\xBFid,name\n1,x", diagnostics);
  REQUIRE(table);
  CHECK(table->header[0].text == "id");
  CHECK(table->header[0].byte_column == 0);
  REQUIRE(table->rows.size() == 1);
  CHECK(table->rows[0].cells[1].text == "x");
}

TEST_CASE("csv: an empty last line and a missing final line break read alike") {
  for (const std::string text : {"a,b\n1,2", "a,b\n1,2\n", "a,b\n1,2\n\n", "a,b\n1,2\n,\n"}) {
    CAPTURE(text);
    Diagnostics diagnostics;
    const auto table = parse(text, diagnostics);
    REQUIRE(table);
    CHECK(diagnostics.empty());
    CHECK(table->rows.size() == 1);
  }
}

TEST_CASE("csv: a very long field is read whole, and a quote left open is one message") {
  const std::string long_text(1 << 20, 'x');
  Diagnostics diagnostics;
  const auto table = parse("a,b\n1,\"" + long_text + "\"\n", diagnostics);
  REQUIRE(table);
  CHECK(table->rows[0].cells[1].text.size() == long_text.size());

  std::string open = "a,b\n1,\"never closed\n";
  for (int i = 0; i < 10000; ++i)
    open += "2,3\n";
  Diagnostics unclosed;
  CHECK_FALSE(parse(open, unclosed));
  CHECK(codes(unclosed) == std::vector<std::string>{"csv.unclosed-quote"});
}

TEST_CASE("csv out: a formula after leading blanks and line breaks is neutralised too") {
  CHECK(csv_cell("\n=HYPERLINK(1)") == "\"'\n=HYPERLINK(1)\"");
  CHECK(csv_cell("\r\n+1+cmd") == "\"'\r\n+1+cmd\"");
  CHECK(csv_cell(" \t @SUM(A1)") == "' \t @SUM(A1)");
  CHECK(csv_cell("  -2+3") == "'  -2+3");
  CHECK(csv_cell("\n\n") == "\"\n\n\"");
  CHECK(csv_cell(" Fjord AS") == " Fjord AS");
}

TEST_CASE("csv out: control characters are shown, never written to act on a terminal") {
  CHECK(csv_cell("Evil\x1b[2J\x1b[HAS") == "Evil\\x1b[2J\\x1b[HAS");
  CHECK(csv_cell("a\rb") == "a\\x0db");
  CHECK(csv_cell("\xE2\x80\xAEmirrored") == "\\u202emirrored");
  CHECK(csv_cell("c1\xC2\x9B"
                 "2J") == "c1\\u009b2J");
  CHECK(csv_cell("two\nlines\tand a tab") == "\"two\nlines\tand a tab\"");
}
