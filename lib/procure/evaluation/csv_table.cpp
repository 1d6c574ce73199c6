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

class Splitter {
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
      cell.text += c;
      ++pos_;
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

bool blank_record(const CsvRow& row) {
  return std::all_of(row.cells.begin(), row.cells.end(),
                     [](const yaml::Node& cell) { return cell.is_null(); });
}

}  // namespace

std::optional<CsvTable> parse_csv(const SourceFile& source, Diagnostics& diagnostics) {
  CsvTable table;
  table.delimiter = detect_delimiter(source.text());
  Splitter splitter(source, diagnostics, table.delimiter);
  bool have_header = false;
  while (!splitter.at_end()) {
    auto row = splitter.record();
    if (!row)
      return std::nullopt;
    if (blank_record(*row))
      continue;
    if (!have_header) {
      table.header = std::move(row->cells);
      have_header = true;
      continue;
    }
    if (row->cells.size() != table.header.size()) {
      diagnostics.error("csv.field-count",
                        {{"count", std::to_string(row->cells.size())},
                         {"expected", std::to_string(table.header.size())}},
                        source.span_at_byte(row->line, 0));
      continue;
    }
    table.rows.push_back(std::move(*row));
  }
  if (!have_header) {
    diagnostics.error("csv.no-header", {{"path", source.path()}}, source.span_at_byte(1, 0));
    return std::nullopt;
  }
  return table;
}

CsvColumns::CsvColumns(yaml::Reader& reader, const CsvTable& table)
    : reader_(reader), table_(table) {
  std::vector<std::string_view> seen;
  for (const auto& name : table.header) {
    if (std::find(seen.begin(), seen.end(), name.text) != seen.end())
      reader_.error(name, "csv.duplicate-column", {{"column", name.text}});
    seen.push_back(name.text);
  }
}

std::optional<std::size_t> CsvColumns::optional(std::string_view name) {
  known_.emplace_back(name);
  for (std::size_t i = 0; i < table_.header.size(); ++i) {
    if (table_.header[i].text == name)
      return i;
  }
  return std::nullopt;
}

std::optional<std::size_t> CsvColumns::required(std::string_view name) {
  const auto column = optional(name);
  if (!column) {
    const yaml::Node* first = table_.header.empty() ? nullptr : &table_.header.front();
    const SourceSpan where = first != nullptr ? reader_.source().span_at_byte(first->line, 0)
                                              : reader_.source().span_at_byte(1, 0);
    reader_.diagnostics().error("csv.missing-column", {{"column", std::string(name)}}, where);
  }
  return column;
}

void CsvColumns::finish() {
  for (const auto& name : table_.header) {
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
