// Fuzz target for the CSV reader. Every cell must point at the byte it was
// read from: its line and column, looked up in lines split here, land on its
// opening quote or its text; rows come in order with the header's number of
// fields. For input without quotes, records, rows and their lines are also
// counted here independently and must agree.
#include <algorithm>
#include <cstddef>
#include <cstdint>
#include <string>

#include "fuzz_support.hpp"
#include "procure/core/source_file.hpp"
#include "procure/evaluation/csv_table.hpp"

namespace {

using procure::fuzz::expect;

constexpr std::string_view file_name = "fuzz.csv";

bool is_blank(char c) {
  return c == ' ' || c == '\t';
}

// The byte offset of a cell in `text`, from its line and byte column.
std::size_t offset_of(const procure::yaml::Node& cell, std::string_view text,
                      const std::vector<std::string_view>& lines) {
  expect(cell.line >= 1 && static_cast<std::size_t>(cell.line) <= lines.size(),
         "a cell's line lies within the input");
  const auto line = lines[static_cast<std::size_t>(cell.line - 1)];
  expect(cell.byte_column >= 0 && static_cast<std::size_t>(cell.byte_column) <= line.size() + 1,
         "a cell's column lies on its line");
  return static_cast<std::size_t>(line.data() - text.data()) +
         static_cast<std::size_t>(cell.byte_column);
}

void expect_at_its_byte(const procure::yaml::Node& cell, char delimiter, std::string_view text,
                        const std::vector<std::string_view>& lines) {
  const auto offset = offset_of(cell, text, lines);
  const auto rest = text.substr(std::min(offset, text.size()));
  if (cell.quoted)
    expect(rest.starts_with('"'), "a quoted cell points at its opening quote");
  else if (cell.is_scalar())
    expect(rest.starts_with(cell.text), "a cell points at its text");
  else
    expect(
        rest.empty() || rest.front() == delimiter || rest.front() == '\n' || rest.front() == '\r',
        "an empty cell points at its end");
}

// A row points at the first byte of its record: the input's first, or one after a line end.
void expect_at_its_byte(const procure::CsvRow& row, std::string_view text,
                        const std::vector<std::string_view>& lines) {
  procure::yaml::Node start;
  start.line = row.line;
  start.byte_column = row.byte_column;
  const auto offset = offset_of(start, text, lines);
  expect(offset == 0 ||
             (offset <= text.size() && (text[offset - 1] == '\n' || text[offset - 1] == '\r')),
         "a row points at the start of its record");
}

struct PlainRecord {
  int line = 0;
  std::size_t fields = 0;
};

// Records of a text without quotes: at LF, CRLF or a lone CR; blank ones left out.
std::vector<PlainRecord> plain_records(std::string_view text, char delimiter) {
  std::vector<PlainRecord> records;
  int line = 1;
  std::size_t pos = 0;
  while (pos < text.size()) {
    const auto end = std::min(text.find_first_of("\r\n", pos), text.size());
    const auto record = text.substr(pos, end - pos);
    const bool blank = std::all_of(record.begin(), record.end(),
                                   [&](char c) { return is_blank(c) || c == delimiter; });
    if (!blank)
      records.push_back(
          {line,
           static_cast<std::size_t>(std::count(record.begin(), record.end(), delimiter)) + 1});
    pos = end;
    if (pos < text.size() && text[pos] == '\r')
      ++pos;
    if (pos < text.size() && text[pos] == '\n') {
      ++pos;
      ++line;
    }
  }
  return records;
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  procure::Diagnostics diagnostics;
  const auto source = procure::make_source_file(
      std::string(file_name), std::string(reinterpret_cast<const char*>(data), size), diagnostics);
  const std::string_view input(reinterpret_cast<const char*>(data), size);
  if (!source) {
    procure::fuzz::expect_within(diagnostics, file_name, input);
    return 0;
  }
  const std::string_view text = source->text();
  const auto lines = procure::fuzz::lines_of(text, false);

  procure::CsvReader reader(*source, diagnostics);
  std::vector<procure::CsvRow> rows;
  std::size_t cell_bytes = 0;
  if (reader.ok()) {
    for (const auto& cell : reader.header()) {
      expect_at_its_byte(cell, reader.delimiter(), text, lines);
      cell_bytes += cell.text.size();
    }
    procure::CsvRow row;
    while (reader.next(row)) {
      expect(row.cells.size() == reader.header().size(), "a row has the header's fields");
      // A lone CR ends a record but not a line: rows may share one.
      expect(rows.empty() || row.line > rows.back().line ||
                 (row.line == rows.back().line && row.byte_column > rows.back().byte_column),
             "rows come in order of their places");
      expect_at_its_byte(row, text, lines);
      for (const auto& cell : row.cells) {
        expect_at_its_byte(cell, reader.delimiter(), text, lines);
        expect(cell.line >= row.line, "a row's cells start on its first line or later");
        cell_bytes += cell.text.size();
      }
      rows.push_back(row);
    }
  }
  expect(reader.ok() || diagnostics.has_errors(), "a table that cannot be read says why");
  expect(cell_bytes <= text.size(), "the cells hold no more text than the input");
  procure::fuzz::expect_within(diagnostics, file_name, input);

  if (text.find('"') == std::string_view::npos) {
    const auto records = plain_records(text, reader.delimiter());
    expect(reader.ok() == !records.empty(), "a table without a record has no header");
    if (records.empty())
      return 0;
    std::size_t matched = 0;
    for (std::size_t i = 1; i < records.size(); ++i) {
      if (records[i].fields != records.front().fields)
        continue;
      expect(matched < rows.size(), "every record with the header's fields is a row");
      expect(rows[matched].line == records[i].line, "a row starts on the line counted here");
      ++matched;
    }
    expect(matched == rows.size(), "every row is a record counted here");
  }
  return 0;
}
