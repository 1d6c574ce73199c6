#include "procure/evaluation/csv_writer.hpp"

#include "procure/text/visible_controls.hpp"

namespace procure {
namespace {

bool is_digit(char c) {
  return c >= '0' && c <= '9';
}

// -12, 3.50, -0.25: digits with an optional leading '-' and one '.'.
bool is_plain_number(std::string_view text) {
  if (!text.empty() && text.front() == '-')
    text.remove_prefix(1);
  const auto point = text.find('.');
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
bool could_be_formula(std::string_view text) {
  const auto first = text.find_first_not_of(" \t\r\n");
  if (first == std::string_view::npos)
    return false;
  const char c = text[first];
  const bool risky =
      c == '=' || c == '+' || c == '-' || c == '@' || text.front() == '\t' || text.front() == '\r';
  return risky && !is_plain_number(text);
}

}  // namespace

std::string csv_cell(std::string_view raw) {
  // Control characters other than line breaks and tabs are shown, so that
  // the file on a terminal (--csv -) cannot act on it.
  const std::string text = visible_controls(raw, LineBreaks::kept);
  std::string value;
  if (could_be_formula(text))
    value = "'";
  value += text;
  if (value.find_first_of(",\"\r\n") == std::string::npos)
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

std::string csv_record(const std::vector<std::string>& cells) {
  std::string out;
  for (std::size_t i = 0; i < cells.size(); ++i) {
    if (i > 0)
      out += ',';
    out += csv_cell(cells[i]);
  }
  out += "\r\n";
  return out;
}

}  // namespace procure
