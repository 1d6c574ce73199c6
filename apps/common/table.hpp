#pragma once
// Aligned text tables for the terminal: columns padded by display width (so
// æøå and wide characters line up), two spaces apart, no trailing blanks.
// A cell is one line: its control characters are shown, never acted on
// (visible_controls).

#include <cstddef>
#include <string>
#include <vector>

namespace procure::cli {

class Table {
 public:
  // A row's cells as the table shows them: each made visible and measured
  // once (shown_row), where its cells are made, on any thread.
  class Row {
   public:
    Row() = default;

   private:
    friend class Table;
    // A cell as shown (controls made visible) and its width in columns.
    struct Cell {
      std::string text;
      std::size_t width = 0;
    };
    std::vector<Cell> cells_;
  };
  static Row shown_row(std::vector<std::string> cells);

  Table() = default;
  explicit Table(std::vector<std::string> headers);

  void add_row(std::vector<std::string> cells) { add_shown_row(shown_row(std::move(cells))); }
  void add_shown_row(Row row);
  void align_right(std::size_t column) { right_.push_back(column); }
  bool empty() const { return rows_.empty(); }
  // With headers, a rule of dashes under them.
  std::string render(std::string_view indent = "") const;

 private:
  Row headers_;
  std::vector<Row> rows_;
  std::vector<std::size_t> right_;
};

}  // namespace procure::cli
