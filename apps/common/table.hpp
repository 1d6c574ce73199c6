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
  Table() = default;
  explicit Table(std::vector<std::string> headers);

  void add_row(std::vector<std::string> cells);
  void align_right(std::size_t column) { right_.push_back(column); }
  bool empty() const { return rows_.empty(); }
  // With headers, a rule of dashes under them.
  std::string render(std::string_view indent = "") const;

 private:
  // A cell as shown (controls made visible) and its width in columns, measured once.
  struct Cell {
    std::string text;
    std::size_t width = 0;
  };
  static std::vector<Cell> shown_cells(std::vector<std::string> cells);

  std::vector<Cell> headers_;
  std::vector<std::vector<Cell>> rows_;
  std::vector<std::size_t> right_;
};

}  // namespace procure::cli
