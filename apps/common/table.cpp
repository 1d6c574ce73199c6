#include "table.hpp"

#include <algorithm>

#include "procure/core/utf8.hpp"
#include "procure/text/visible_controls.hpp"

namespace procure::cli {
namespace {

// A cell wider than this widens no column: its row's next cells stand
// further right. Padding every row to a supplier's name of a million
// characters made a table of 2 000 rows two gigabytes.
constexpr std::size_t widest_padded_column = 240;

// A cell of more characters than this is cut to them, ending in "…": a name
// of a million characters shown on each of 2 000 rows was two gigabytes
// still, and a million combining marks are no wider than one. The whole
// text is in --json and the documents.
constexpr std::size_t longest_cell = 1000;

// The cell as shown: its controls made visible, cut to longest_cell
// characters. Only its start is looked at, however long it is.
std::string shown_text(std::string_view cell) {
  const std::string_view start = cell.substr(0, utf8::prefix_of_characters(cell, longest_cell));
  std::string text = visible_controls(start);
  if (start.size() == cell.size() && utf8::length(text) <= longest_cell)
    return text;
  return text.substr(0, utf8::prefix_of_characters(text, longest_cell - 1)) + "\u2026";
}

}  // namespace

Table::Row Table::shown_row(std::vector<std::string> cells) {
  Row shown;
  shown.cells_.reserve(cells.size());
  for (const auto& cell : cells) {
    std::string text = shown_text(cell);
    const std::size_t width = utf8::display_width(text);
    shown.cells_.push_back({std::move(text), width});
  }
  return shown;
}

Table::Table(std::vector<std::string> headers) : headers_(shown_row(std::move(headers))) {}

void Table::add_shown_row(Row row) {
  rows_.push_back(std::move(row));
}

std::string Table::render(std::string_view indent) const {
  std::size_t columns = headers_.cells_.size();
  for (const auto& row : rows_)
    columns = std::max(columns, row.cells_.size());
  std::vector<std::size_t> widths(columns, 0);
  const auto measure = [&](const Row& row) {
    for (std::size_t c = 0; c < row.cells_.size(); ++c)
      widths[c] = std::max(widths[c], std::min(row.cells_[c].width, widest_padded_column));
  };
  measure(headers_);
  for (const auto& row : rows_)
    measure(row);
  std::vector<bool> right(columns, false);
  for (const auto c : right_) {
    if (c < columns)
      right[c] = true;
  }

  // Room for every line as wide as the widest (one byte a column): made once.
  std::size_t line_width = indent.size() + 1;
  for (const auto w : widths)
    line_width += w + 2;
  std::string out;
  out.reserve(line_width * (rows_.size() + 2));
  const Row::Cell empty;
  const auto emit = [&](const Row& row) {
    const std::size_t line_start = out.size();
    out += indent;
    for (std::size_t c = 0; c < columns; ++c) {
      const Row::Cell& cell = c < row.cells_.size() ? row.cells_[c] : empty;
      if (c > 0)
        out += "  ";
      const std::size_t padding = widths[c] > cell.width ? widths[c] - cell.width : 0;
      if (right[c])
        out.append(padding, ' ');
      out += cell.text;
      if (!right[c])
        out.append(padding, ' ');
    }
    while (out.size() > line_start && out.back() == ' ')
      out.pop_back();
    out += '\n';
  };
  if (!headers_.cells_.empty()) {
    emit(headers_);
    Row rule;
    for (const auto w : widths)
      rule.cells_.push_back({std::string(w, '-'), w});
    emit(rule);
  }
  for (const auto& row : rows_)
    emit(row);
  return out;
}

}  // namespace procure::cli
