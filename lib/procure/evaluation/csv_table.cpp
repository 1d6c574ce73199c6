#include "procure/evaluation/csv_table.hpp"

#include <algorithm>
#include <array>
#include <cstring>
#include <fstream>
#include <iterator>
#include <tuple>
#include <unordered_set>

#include "procure/core/suggest.hpp"
#include "procure/core/windows_1252.hpp"

namespace procure {
namespace {

bool is_blank(char c) {
  return c == ' ' || c == '\t';
}

// The bytes that end an unquoted field: the delimiter, CR and LF.
std::array<bool, 256> field_ends(char delimiter) {
  std::array<bool, 256> ends{};
  for (const char c : {delimiter, '\r', '\n'})
    ends[static_cast<unsigned char>(c)] = true;
  return ends;
}

// The delimiter is the one of ',' and ';' that the header line uses more,
// outside quotes; ',' when neither (a one-column table).
char detect_delimiter(std::string_view text) {
  std::size_t commas = 0;
  std::size_t semicolons = 0;
  bool quoted = false;
  for (const char c : text) {
    if (c == '"')
      quoted = !quoted;
    else if (!quoted && (c == '\n' || c == '\r'))
      break;
    else if (!quoted && c == ',')
      ++commas;
    else if (!quoted && c == ';')
      ++semicolons;
  }
  return semicolons > commas ? ';' : ',';
}

}  // namespace

struct CsvReader::Record {
  CsvRow row;
  std::vector<std::size_t> bad_quotes;  // offsets of text right after a closing quote
  // The first quoted field that runs over a line end: its opening and closing quote.
  std::optional<std::size_t> spanning_open;
  std::size_t spanning_close = 0;
};

// Splits the text into records. Positions come from the byte offsets through
// the source file's own line index, so a line break inside a quoted field, a
// lone CR or CRLF never shifts the line a later message names and quotes.
class CsvReader::Splitter {
 public:
  // Splits from `start`, where a record starts.
  Splitter(const SourceFile& source, Diagnostics& diagnostics, char delimiter,
           std::size_t start = 0)
      : source_(source),
        text_(source.text()),
        diagnostics_(diagnostics),
        delimiter_(delimiter),
        pos_(start) {
    const auto [line, column] = source_.position_of(start);
    line_ = line;
    line_start_ = start - static_cast<std::size_t>(column);
    line_end_ = end_of_line_at(line_start_);
  }

  bool at_end() const { return pos_ >= text_.size(); }
  std::size_t offset() const { return pos_; }

  // Fills `record` with the next record, reusing its cells and their
  // text's storage: a large table is read without a heap allocation a cell.
  // False when a quote is never closed (the rest cannot be split).
  bool record(Record& record) {
    record.bad_quotes.clear();
    record.spanning_open.reset();
    std::tie(record.row.line, record.row.byte_column) = position_of(pos_);
    auto& cells = record.row.cells;
    std::size_t count = 0;
    while (true) {
      if (count == cells.size())
        cells.emplace_back();
      if (!field(record, cells[count]))
        return false;
      ++count;
      if (at_end())
        break;
      if (text_[pos_] == delimiter_) {
        ++pos_;
        continue;
      }
      end_of_line();
      break;
    }
    cells.resize(count);
    return true;
  }

  // Goes on with the record after the line the byte at `offset` stands on:
  // where a quote that was never meant to span lines was opened.
  void resume_after_line_of(std::size_t offset) {
    pos_ = offset;
    while (!at_line_end())
      ++pos_;
    if (!at_end())
      end_of_line();
  }

  SourceSpan span(std::size_t offset) const {
    const auto [line, column] = source_.position_of(offset);
    return source_.span_at_byte(line, column);
  }

 private:
  // The line and byte column of `offset`, as SourceFile::position_of gives
  // them. Cells come in order, so the line is found by walking forward from
  // the last one: a search of the line index for each cell was a fifth of
  // reading a large table.
  std::pair<int, int> position_of(std::size_t offset) {
    if (offset < line_start_) {
      const auto [line, column] = source_.position_of(offset);
      line_ = line;
      line_start_ = offset - static_cast<std::size_t>(column);
      line_end_ = end_of_line_at(line_start_);
    }
    // A line starts after each LF but the one that ends the text.
    while (offset >= line_end_ && line_end_ < text_.size()) {
      ++line_;
      line_start_ = line_end_;
      line_end_ = end_of_line_at(line_start_);
    }
    return {line_, static_cast<int>(offset - line_start_)};
  }

  // Where the line starting at `start` ends: after its LF, or at the end of the text.
  std::size_t end_of_line_at(std::size_t start) const {
    const auto lf = text_.find('\n', start);
    return lf == std::string::npos ? text_.size() : lf + 1;
  }

  bool at_line_end() const { return at_end() || text_[pos_] == '\n' || text_[pos_] == '\r'; }

  // Where an unquoted field from `from` ends: at the delimiter, CR, LF or the
  // end of the text, found by one table lookup a byte.
  std::size_t field_end(std::size_t from) const {
    const auto* const bytes = reinterpret_cast<const unsigned char*>(text_.data());
    std::size_t at = from;
    while (at < text_.size() && !ends_field_[bytes[at]])
      ++at;
    return at;
  }

  // The first quote, CR or LF at or after `from` (the end of the text if
  // none), found with memchr. The next quote is remembered until passed, so a
  // quote left open over many lines does not search the rest again a line.
  std::size_t quote_or_line_end(std::size_t from) {
    if (from < quote_searched_from_ || next_quote_ < from) {
      const auto* quote =
          static_cast<const char*>(std::memchr(text_.data() + from, '"', text_.size() - from));
      quote_searched_from_ = from;
      next_quote_ =
          quote == nullptr ? text_.size() : static_cast<std::size_t>(quote - text_.data());
    }
    std::size_t limit = next_quote_;
    for (const char line_end : {'\n', '\r'}) {
      if (const auto* found =
              static_cast<const char*>(std::memchr(text_.data() + from, line_end, limit - from)))
        limit = static_cast<std::size_t>(found - text_.data());
    }
    return limit;
  }

  // A record ends at LF, CRLF or a lone CR (old Mac exports).
  void end_of_line() {
    if (text_[pos_] == '\r')
      ++pos_;
    if (!at_end() && text_[pos_] == '\n')
      ++pos_;
  }

  // Makes `cell` an empty node at `offset`, keeping its text's storage.
  void start_cell(yaml::Node& cell, std::size_t offset) {
    std::tie(cell.line, cell.byte_column) = position_of(offset);
    cell.text.clear();
    cell.quoted = false;
  }

  bool field(Record& record, yaml::Node& cell) {
    while (!at_end() && is_blank(text_[pos_]) && text_[pos_] != delimiter_)
      ++pos_;
    if (!at_end() && text_[pos_] == '"')
      return quoted(record, cell);
    start_cell(cell, pos_);
    const std::size_t start = pos_;
    pos_ = field_end(pos_);
    std::size_t end = pos_;
    while (end > start && is_blank(text_[end - 1]))
      --end;
    cell.text.assign(text_, start, end - start);
    cell.kind = cell.text.empty() ? yaml::NodeKind::null : yaml::NodeKind::scalar;
    return true;
  }

  bool quoted(Record& record, yaml::Node& cell) {
    const std::size_t open = pos_;
    start_cell(cell, open);
    cell.kind = yaml::NodeKind::scalar;
    cell.quoted = true;
    bool spans_lines = false;
    ++pos_;
    while (true) {
      if (at_end()) {
        diagnostics_.error("csv.unclosed-quote", {}, span(open));
        return false;
      }
      const char c = text_[pos_];
      if (c == '"') {
        if (pos_ + 1 < text_.size() && text_[pos_ + 1] == '"') {
          cell.text += '"';
          pos_ += 2;
          continue;
        }
        ++pos_;
        break;
      }
      if (c == '\r' || c == '\n') {
        cell.text += '\n';
        spans_lines = true;
        end_of_line();
        continue;
      }
      // Copy the run of plain characters at once.
      const std::size_t stop = quote_or_line_end(pos_);
      cell.text.append(text_, pos_, stop - pos_);
      pos_ = stop;
    }
    if (spans_lines && !record.spanning_open) {
      record.spanning_open = open;
      record.spanning_close = pos_ - 1;
    }
    while (!at_end() && is_blank(text_[pos_]) && text_[pos_] != delimiter_)
      ++pos_;
    if (!at_line_end() && text_[pos_] != delimiter_) {
      record.bad_quotes.push_back(pos_);
      while (!at_line_end() && text_[pos_] != delimiter_)
        ++pos_;
    }
    return true;
  }

  const SourceFile& source_;
  const std::string& text_;
  Diagnostics& diagnostics_;
  char delimiter_;
  std::size_t pos_ = 0;
  // The first quote at or after quote_searched_from_ (the end of the text if none).
  std::size_t quote_searched_from_ = std::string::npos;
  std::size_t next_quote_ = 0;
  const std::array<bool, 256> ends_field_ = field_ends(delimiter_);
  // The line position_of found last: its number, and the offsets where it starts and ends.
  int line_ = 1;
  std::size_t line_start_ = 0;
  std::size_t line_end_ = 0;
};

namespace {

bool blank_record(const CsvRow& row) {
  return std::all_of(row.cells.begin(), row.cells.end(),
                     [](const yaml::Node& cell) { return cell.is_null(); });
}

}  // namespace

CsvReader::CsvReader(const SourceFile& source, Diagnostics& diagnostics)
    : source_(source), diagnostics_(diagnostics) {
  delimiter_ = detect_delimiter(source.text());
  splitter_ = std::make_unique<Splitter>(source, diagnostics, delimiter_);
  record_ = std::make_unique<Record>();
  Record& record = *record_;
  while (!splitter_->at_end()) {
    if (!splitter_->record(record))
      return;
    // A header has no reason to span lines: a quote left open there is a mistake.
    if (runs_on(record, std::nullopt))
      return;
    report_bad_quotes(record);
    if (blank_record(record.row))
      continue;
    header_ = std::move(record.row.cells);
    record.row.cells.clear();
    ok_ = true;
    return;
  }
  diagnostics.error("csv.no-header", {{"path", source.path()}}, source.span_at_byte(1, 0));
}

CsvReader::CsvReader(const CsvReader& table, Diagnostics& diagnostics, std::size_t offset)
    : source_(table.source_),
      diagnostics_(diagnostics),
      splitter_(std::make_unique<Splitter>(table.source_, diagnostics, table.delimiter_, offset)),
      record_(std::make_unique<Record>()),
      delimiter_(table.delimiter_),
      header_(table.header_),
      ok_(table.ok_) {}

CsvReader::~CsvReader() = default;

std::size_t CsvReader::offset() const {
  return splitter_->offset();
}

bool CsvReader::runs_on(const Record& record, std::optional<std::size_t> expected) {
  // A quoted field over several lines is allowed; one that leaves its record
  // broken (text after its closing quote, or the wrong number of fields) is
  // a quote left open, closed by chance by some later quote.
  if (!record.spanning_open)
    return false;
  const bool broken =
      !record.bad_quotes.empty() || (expected && record.row.cells.size() != *expected);
  if (!broken)
    return false;
  const auto closed_at = source_.position_of(record.spanning_close).first;
  diagnostics_.error("csv.quote-runs-on", {{"line", std::to_string(closed_at)}},
                     splitter_->span(*record.spanning_open));
  splitter_->resume_after_line_of(*record.spanning_open);
  return true;
}

void CsvReader::report_bad_quotes(const Record& record) {
  for (const auto offset : record.bad_quotes)
    diagnostics_.error("csv.bad-quote", {}, splitter_->span(offset));
}

bool CsvReader::next(CsvRow& row) {
  Record& record = *record_;
  while (ok_ && !splitter_->at_end() && splitter_->offset() < stop_) {
    if (!splitter_->record(record)) {
      ok_ = false;
      return false;
    }
    if (runs_on(record, header_.size()))
      continue;
    report_bad_quotes(record);
    if (blank_record(record.row))
      continue;
    if (record.row.cells.size() != header_.size()) {
      diagnostics_.error("csv.field-count",
                         {{"count", std::to_string(record.row.cells.size())},
                          {"expected", std::to_string(header_.size())}},
                         source_.span_at_byte(record.row.line, record.row.byte_column));
      continue;
    }
    // The caller's cells come back to be filled by the next record.
    row.line = record.row.line;
    row.byte_column = record.row.byte_column;
    std::swap(row.cells, record.row.cells);
    return true;
  }
  return false;
}

std::optional<SourceFile> read_csv_source(const std::filesystem::path& path,
                                          const std::string& display_path, Diagnostics& diagnostics,
                                          const ReadLimits& limits, const TaskRunner& runner) {
  Diagnostics as_utf8;
  auto source = read_source_file(path, display_path, as_utf8, limits, runner);
  const bool not_utf8 =
      !source && as_utf8.items().size() == 1 && as_utf8.items().front().code == "file.not-utf8";
  if (!not_utf8) {
    diagnostics.append(as_utf8);
    return source;
  }
  // Read within the limit above; a byte order mark says UTF-8, so its text stays refused.
  std::ifstream in(path, std::ios::binary);
  std::string bytes((std::istreambuf_iterator<char>(in)), std::istreambuf_iterator<char>());
  auto decoded = bytes.starts_with("\xEF\xBB\xBF") || bytes.size() > limits.max_bytes
                     ? std::nullopt
                     : windows_1252_to_utf8(bytes);
  if (!decoded) {
    diagnostics.append(as_utf8);
    return std::nullopt;
  }
  // Each byte becomes at most three.
  ReadLimits decoded_limits = limits;
  decoded_limits.max_bytes = 3 * limits.max_bytes;
  return make_source_file(display_path, std::move(*decoded), diagnostics, decoded_limits, runner);
}

std::optional<CsvTable> parse_csv(const SourceFile& source, Diagnostics& diagnostics) {
  CsvReader reader(source, diagnostics);
  if (!reader.ok())
    return std::nullopt;
  CsvTable table;
  table.delimiter = reader.delimiter();
  table.header = reader.header();
  CsvRow row;
  while (reader.next(row))
    table.rows.push_back(std::move(row));
  // A quote never closed leaves the rest unread: the table is not whole.
  if (!reader.ok())
    return std::nullopt;
  return table;
}

CsvColumns::CsvColumns(yaml::Reader& reader, const std::vector<yaml::Node>& header)
    : reader_(reader), header_(header) {
  // A set, not a list: a header of 200 000 columns took 46 s compared pair by pair.
  std::unordered_set<std::string_view> seen;
  seen.reserve(header.size());
  for (const auto& name : header) {
    if (!seen.insert(name.text).second)
      reader_.error(name, "csv.duplicate-column", {{"column", name.text}});
  }
}

std::optional<std::size_t> CsvColumns::optional(std::string_view name) {
  known_.emplace_back(name);
  for (std::size_t i = 0; i < header_.size(); ++i) {
    if (header_[i].text == name)
      return i;
  }
  return std::nullopt;
}

std::optional<std::size_t> CsvColumns::required(std::string_view name) {
  const auto column = optional(name);
  if (!column) {
    const yaml::Node* first = header_.empty() ? nullptr : &header_.front();
    const SourceSpan where = first != nullptr
                                 ? reader_.source().span_at_byte(first->line, first->byte_column)
                                 : reader_.source().span_at_byte(1, 0);
    reader_.diagnostics().error("csv.missing-column", {{"column", std::string(name)}}, where);
  }
  return column;
}

void CsvColumns::finish() {
  for (const auto& name : header_) {
    if (std::find(known_.begin(), known_.end(), name.text) != known_.end())
      continue;
    const auto suggestion = nearest(name.text, known_);
    if (suggestion) {
      reader_.error(name, "csv.unknown-column-suggest",
                    {{"column", name.text}, {"suggestion", *suggestion}});
    } else {
      std::string names;
      for (const auto& k : known_)
        names += (names.empty() ? "" : ", ") + k;
      reader_.error(name, "csv.unknown-column", {{"column", name.text}, {"columns", names}});
    }
  }
}

const yaml::Node* CsvColumns::cell(const CsvRow& row, std::optional<std::size_t> column) {
  if (!column || *column >= row.cells.size() || row.cells[*column].is_null())
    return nullptr;
  return &row.cells[*column];
}

}  // namespace procure
