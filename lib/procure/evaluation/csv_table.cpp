#include "procure/evaluation/csv_table.hpp"

#include <algorithm>

#include "procure/core/suggest.hpp"

namespace procure {
namespace {

bool is_blank(char c) {
  return c == ' ' || c == '\t';
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

class CsvReader::Splitter {
 public:
  Splitter(const SourceFile& source, Diagnostics& diagnostics, char delimiter)
      : source_(source), text_(source.text()), diagnostics_(diagnostics), delimiter_(delimiter) {}

  bool at_end() const { return pos_ >= text_.size(); }

  // One record; nullopt when a quote is never closed (the rest cannot be split).
  std::optional<CsvRow> record() {
    CsvRow row;
    row.line = line_;
    while (true) {
      auto cell = field();
      if (!cell)
        return std::nullopt;
      row.cells.push_back(std::move(*cell));
      if (at_end())
        break;
      if (text_[pos_] == delimiter_) {
        ++pos_;
        continue;
      }
      end_of_line();
      break;
    }
    return row;
  }

 private:
  int byte_column() const { return static_cast<int>(pos_ - line_start_); }

  bool at_line_end() const { return at_end() || text_[pos_] == '\n' || text_[pos_] == '\r'; }

  void end_of_line() {
    if (text_[pos_] == '\r')
      ++pos_;
    if (!at_end() && text_[pos_] == '\n')
      ++pos_;
    ++line_;
    line_start_ = pos_;
  }

  std::optional<yaml::Node> field() {
    yaml::Node cell;
    cell.line = line_;
    while (!at_end() && is_blank(text_[pos_]) && text_[pos_] != delimiter_)
      ++pos_;
    cell.byte_column = byte_column();
    if (!at_end() && text_[pos_] == '"')
      return quoted(std::move(cell));
    const std::size_t start = pos_;
    while (!at_line_end() && text_[pos_] != delimiter_)
      ++pos_;
    std::size_t end = pos_;
    while (end > start && is_blank(text_[end - 1]))
      --end;
    cell.text = text_.substr(start, end - start);
    cell.kind = cell.text.empty() ? yaml::NodeKind::null : yaml::NodeKind::scalar;
    return cell;
  }

  std::optional<yaml::Node> quoted(yaml::Node cell) {
    cell.kind = yaml::NodeKind::scalar;
    cell.quoted = true;
    ++pos_;
    while (true) {
      if (at_end()) {
        diagnostics_.error("csv.unclosed-quote", {},
                           source_.span_at_byte(cell.line, cell.byte_column));
        return std::nullopt;
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
        end_of_line();
        continue;
      }
      // Copy the run of plain characters at once.
      const auto end = text_.find_first_of("\"\r\n", pos_);
      const std::size_t stop = end == std::string::npos ? text_.size() : end;
      cell.text.append(text_, pos_, stop - pos_);
      pos_ = stop;
    }
    while (!at_end() && is_blank(text_[pos_]) && text_[pos_] != delimiter_)
      ++pos_;
    if (!at_line_end() && text_[pos_] != delimiter_) {
      diagnostics_.error("csv.bad-quote", {}, source_.span_at_byte(line_, byte_column()));
      while (!at_line_end() && text_[pos_] != delimiter_)
        ++pos_;
    }
    return cell;
  }

  const SourceFile& source_;
  const std::string& text_;
  Diagnostics& diagnostics_;
  char delimiter_;
  std::size_t pos_ = 0;
  std::size_t line_start_ = 0;
  int line_ = 1;
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
  while (!splitter_->at_end()) {
    auto record = splitter_->record();
    if (!record)
      return;
    if (blank_record(*record))
      continue;
    header_ = std::move(record->cells);
    ok_ = true;
    return;
  }
  diagnostics.error("csv.no-header", {{"path", source.path()}}, source.span_at_byte(1, 0));
}

CsvReader::~CsvReader() = default;

bool CsvReader::next(CsvRow& row) {
  while (ok_ && !splitter_->at_end()) {
    auto record = splitter_->record();
    if (!record) {
      ok_ = false;
      return false;
    }
    if (blank_record(*record))
      continue;
    if (record->cells.size() != header_.size()) {
      diagnostics_.error("csv.field-count",
                         {{"count", std::to_string(record->cells.size())},
                          {"expected", std::to_string(header_.size())}},
                         source_.span_at_byte(record->line, 0));
      continue;
    }
    row = std::move(*record);
    return true;
  }
  return false;
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
  std::vector<std::string_view> seen;
  for (const auto& name : header) {
    if (std::find(seen.begin(), seen.end(), name.text) != seen.end())
      reader_.error(name, "csv.duplicate-column", {{"column", name.text}});
    seen.push_back(name.text);
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
    const SourceSpan where = first != nullptr ? reader_.source().span_at_byte(first->line, 0)
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
