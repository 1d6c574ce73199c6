#pragma once
// Tables exported from e-tendering systems, read as CSV (RFC 4180): quoted
// fields may hold the delimiter, quotes ("") and line breaks. The delimiter
// is ',' or ';' (Norwegian spreadsheets export ';'), told from the header
// line. Every cell becomes a scalar YAML node with its line and column, so
// the typed readers of the YAML layer read cells exactly as they read case
// files, and every problem points at its row and column.

#include <cstddef>
#include <filesystem>
#include <memory>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "procure/core/diagnostic.hpp"
#include "procure/core/source_file.hpp"
#include "procure/yaml/node.hpp"
#include "procure/yaml/reader.hpp"

namespace procure {

struct CsvRow {
  // Where the record starts. A lone CR (old Mac exports) ends a record but
  // not a line, so records may share a line.
  int line = 0;
  int byte_column = 0;
  // One node per field: a scalar with the text (surrounding blanks of an
  // unquoted field dropped), or a null node for an empty unquoted field.
  std::vector<yaml::Node> cells;
};

struct CsvTable {
  char delimiter = ',';
  std::vector<yaml::Node> header;
  std::vector<CsvRow> rows;  // blank records are left out
};

// Reads a table row by row, so that a large export is never held whole.
class CsvReader {
 public:
  // Reads the header: the first record that is not blank.
  CsvReader(const SourceFile& source, Diagnostics& diagnostics);
  // The records of `table`'s text from `offset` on (where a record starts),
  // with its header: a part of a large table read beside the rest.
  CsvReader(const CsvReader& table, Diagnostics& diagnostics, std::size_t offset);
  CsvReader(const CsvReader&) = delete;
  CsvReader& operator=(const CsvReader&) = delete;
  ~CsvReader();

  // False when there is no header, or the file cannot be split into records.
  bool ok() const { return ok_; }
  char delimiter() const { return delimiter_; }
  const std::vector<yaml::Node>& header() const { return header_; }
  // The next record with as many fields as the header; others are reported
  // and skipped. False at the end, or at a quote that is never closed. The
  // cells `row` held are reused for the records after it.
  bool next(CsvRow& row);
  // Where the next record starts, in bytes of the text.
  std::size_t offset() const;
  // Makes next() stop (return false) at the first record that would start
  // at or after `offset`; std::string::npos reads to the end again.
  void stop_at(std::size_t offset) { stop_ = offset; }

 private:
  class Splitter;
  struct Record;
  // Reports a quote left open that made `record` (a header when `expected`
  // is empty) span lines, and goes on after the quote's line: true if so.
  bool runs_on(const Record& record, std::optional<std::size_t> expected);
  void report_bad_quotes(const Record& record);
  const SourceFile& source_;
  Diagnostics& diagnostics_;
  std::unique_ptr<Splitter> splitter_;
  std::unique_ptr<Record> record_;  // the record being split, its cells reused
  char delimiter_ = ',';
  std::vector<yaml::Node> header_;
  bool ok_ = false;
  std::size_t stop_ = std::string::npos;
};

// Reads a table's file as spreadsheets save it: UTF-8 with or without a byte
// order mark, or, when the text is not UTF-8, Windows-1252 (what Excel
// saves as "CSV" on Norwegian Windows), decoded to UTF-8. A large file is
// read and checked in parts on `runner`.
std::optional<SourceFile> read_csv_source(const std::filesystem::path& path,
                                          const std::string& display_path, Diagnostics& diagnostics,
                                          const ReadLimits& limits, const TaskRunner& runner = {});

// The whole table at once (for small tables and tests); nullopt when it
// cannot be read.
std::optional<CsvTable> parse_csv(const SourceFile& source, Diagnostics& diagnostics);

// The columns of a table by header name, like yaml::MapReader for keys: ask
// for each column the table may have, then call finish() to report the
// others with the nearest valid name.
class CsvColumns {
 public:
  CsvColumns(yaml::Reader& reader, const std::vector<yaml::Node>& header);

  std::optional<std::size_t> required(std::string_view name);
  std::optional<std::size_t> optional(std::string_view name);
  void finish();

  // The cell of `row` in `column`; nullptr when the column is absent or the cell is empty.
  static const yaml::Node* cell(const CsvRow& row, std::optional<std::size_t> column);

 private:
  yaml::Reader& reader_;
  const std::vector<yaml::Node>& header_;
  std::vector<std::string> known_;
};

}  // namespace procure
