#include "table.hpp"

#include <algorithm>

#include "procure/core/utf8.hpp"
#include "procure/text/visible_controls.hpp"

namespace procure::cli {

namespace {

std::vector<std::string> shown_cells(std::vector<std::string> cells) {
  for (auto& cell : cells)
    cell = visible_controls(cell);
  return cells;
}

}  // namespace

Table::Table(std::vector<std::string> headers) : headers_(shown_cells(std::move(headers))) {}

void Table::add_row(std::vector<std::string> cells) {
  rows_.push_back(shown_cells(std::move(cells)));
}

std::string Table::render(std::string_view indent) const {
  std::size_t columns = headers_.size();
  for (const auto& row : rows_)
    columns = std::max(columns, row.size());
  std::vector<std::size_t> widths(columns, 0);
  const auto measure = [&](const std::vector<std::string>& row) {
    for (std::size_t c = 0; c < row.size(); ++c)
      widths[c] = std::max(widths[c], utf8::display_width(row[c]));
  };
  measure(headers_);
  for (const auto& row : rows_)
    measure(row);

  std::string out;
  const auto emit = [&](const std::vector<std::string>& row) {
    std::string line(indent);
    for (std::size_t c = 0; c < columns; ++c) {
      const std::string_view cell = c < row.size() ? std::string_view(row[c]) : std::string_view();
      const bool right = std::find(right_.begin(), right_.end(), c) != right_.end();
      if (c > 0)
        line += "  ";
      line += right ? utf8::pad_left(cell, widths[c]) : utf8::pad_right(cell, widths[c]);
    }
    while (!line.empty() && line.back() == ' ')
      line.pop_back();
    out += line;
    out += '\n';
  };
  if (!headers_.empty()) {
    emit(headers_);
    std::vector<std::string> rule;
    for (const auto w : widths)
      rule.emplace_back(w, '-');
    emit(rule);
  }
  for (const auto& row : rows_)
    emit(row);
  return out;
}

}  // namespace procure::cli
