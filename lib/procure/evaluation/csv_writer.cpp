#include "procure/evaluation/csv_writer.hpp"

#include "procure/core/ascii.hpp"
#include "procure/text/visible_controls.hpp"

namespace procure {
namespace {

char delimiter_of(CsvDialect dialect) {
  return dialect == CsvDialect::excel_nb ? ';' : ',';
}

char decimal_mark_of(CsvDialect dialect) {
  return dialect == CsvDialect::excel_nb ? ',' : '.';
}

// -12, 3.50, -0.25 (3,50 in excel-nb): digits with an optional leading '-'
// and one decimal mark.
bool is_plain_number(std::string_view text, char decimal_mark) {
  if (!text.empty() && text.front() == '-')
    text.remove_prefix(1);
  const auto point = text.find(decimal_mark);
  const std::string_view whole = text.substr(0, point);
  const std::string_view fraction =
      point == std::string_view::npos ? std::string_view{} : text.substr(point + 1);
  if (whole.empty() || (point != std::string_view::npos && fraction.empty()))
    return false;
  for (const char c : whole) {
    if (!is_digit(c))
      return false;
  }
  for (const char c : fraction) {
    if (!is_digit(c))
      return false;
  }
  return true;
}

// Spreadsheets skip leading blanks and line breaks before they look for a
// formula: "\n=1+1" is one.
bool could_be_formula(std::string_view text, char decimal_mark) {
  const auto first = text.find_first_not_of(" \t\r\n");
  if (first == std::string_view::npos)
    return false;
  const char c = text[first];
  const bool risky =
      c == '=' || c == '+' || c == '-' || c == '@' || text.front() == '\t' || text.front() == '\r';
  return risky && !is_plain_number(text, decimal_mark);
}

std::string quoted_if_needed(const std::string& value, char delimiter) {
  const char specials[] = {delimiter, '"', '\r', '\n', '\0'};
  if (value.find_first_of(specials) == std::string::npos)
    return value;
  std::string out = "\"";
  for (const char c : value) {
    if (c == '"')
      out += '"';
    out += c;
  }
  out += '"';
  return out;
}

}  // namespace

std::optional<CsvDialect> parse_csv_dialect(std::string_view name) {
  if (name == "rfc4180")
    return CsvDialect::rfc4180;
  if (name == "excel-nb")
    return CsvDialect::excel_nb;
  return std::nullopt;
}

std::string_view csv_preamble(CsvDialect dialect) {
  return dialect == CsvDialect::excel_nb ? "\xEF\xBB\xBF" : "";
}

std::string csv_number(std::string_view number, CsvDialect dialect) {
  std::string out(number);
  if (const auto point = out.find('.'); point != std::string::npos)
    out[point] = decimal_mark_of(dialect);
  return out;
}

std::string csv_cell(std::string_view raw, CsvDialect dialect) {
  // Control characters other than line breaks and tabs are shown, so that
  // the file on a terminal (--csv -) cannot act on it.
  const std::string text = visible_controls(raw, LineBreaks::kept);
  std::string value;
  if (could_be_formula(text, decimal_mark_of(dialect)))
    value = "'";
  value += text;
  return quoted_if_needed(value, delimiter_of(dialect));
}

std::string csv_record(const std::vector<std::string>& cells, CsvDialect dialect) {
  std::string out;
  for (std::size_t i = 0; i < cells.size(); ++i) {
    if (i > 0)
      out += delimiter_of(dialect);
    out += csv_cell(cells[i], dialect);
  }
  out += "\r\n";
  return out;
}

std::string csv_data_record(const std::vector<std::string>& cells) {
  std::string out;
  for (std::size_t i = 0; i < cells.size(); ++i) {
    if (i > 0)
      out += ',';
    out += quoted_if_needed(cells[i], ',');
  }
  out += "\r\n";
  return out;
}

}  // namespace procure
