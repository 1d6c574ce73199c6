#include "table.hpp"

#include <algorithm>

#include "procure/core/utf8.hpp"
#include "procure/text/visible_controls.hpp"

namespace procure::cli {

std::vector<Table::Cell> Table::shown_cells(std::vector<std::string> cells) {
  std::vector<Cell> shown;
  shown.reserve(cells.size());
  for (auto& cell : cells) {
    std::string text = visible_controls(cell);
    const std::size_t width = utf8::display_width(text);
    shown.push_back({std::move(text), width});
  }
  return shown;
}

Table::Table(std::vector<std::string> headers) : headers_(shown_cells(std::move(headers))) {}

void Table::add_row(std::vector<std::string> cells) {
  rows_.push_back(shown_cells(std::move(cells)));
}

std::string Table::render(std::string_view indent) const {
  std::size_t columns = headers_.size();
  for (const auto& row : rows_)
    columns = std::max(columns, row.size());
  std::vector<std::size_t> widths(columns, 0);
  const auto measure = [&](const std::vector<Cell>& row) {
    for (std::size_t c = 0; c < row.size(); ++c)
      widths[c] = std::max(widths[c], row[c].width);
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
  const Cell empty;
  const auto emit = [&](const std::vector<Cell>& row) {
    const std::size_t line_start = out.size();
    out += indent;
    for (std::size_t c = 0; c < columns; ++c) {
      const Cell& cell = c < row.size() ? row[c] : empty;
      if (c > 0)
        out += "  ";
      const std::size_t padding = widths[c] - cell.width;
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
  if (!headers_.empty()) {
    emit(headers_);
    std::vector<Cell> rule;
    for (const auto w : widths)
      rule.push_back({std::string(w, '-'), w});
    emit(rule);
  }
  for (const auto& row : rows_)
    emit(row);
  return out;
}

}  // namespace procure::cli
