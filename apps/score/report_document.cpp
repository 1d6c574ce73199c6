#include "report_document.hpp"

#include "common/table.hpp"

namespace procure::cli {

void ReportDocument::heading(int level, std::string text) {
  ReportBlock block;
  block.kind = ReportBlock::Kind::heading;
  block.level = level;
  block.text = std::move(text);
  blocks.push_back(std::move(block));
}

void ReportDocument::paragraph(std::string text) {
  ReportBlock block;
  block.text = std::move(text);
  blocks.push_back(std::move(block));
}

void ReportDocument::table(ReportTable content) {
  ReportBlock block;
  block.kind = ReportBlock::Kind::table;
  block.table = std::move(content);
  blocks.push_back(std::move(block));
}

void ReportDocument::list(std::vector<std::string> items) {
  ReportBlock block;
  block.kind = ReportBlock::Kind::list;
  block.items = std::move(items);
  blocks.push_back(std::move(block));
}

void ReportDocument::chart(ReportChart content) {
  ReportBlock block;
  block.kind = ReportBlock::Kind::chart;
  block.chart = std::move(content);
  blocks.push_back(std::move(block));
}

// For the terminal: blocks a blank line apart, tables aligned, no chart
// (the ranking table says the same).
std::string render_text(const ReportDocument& document) {
  std::vector<std::string> pieces;
  for (const auto& block : document.blocks) {
    switch (block.kind) {
      case ReportBlock::Kind::heading:
      case ReportBlock::Kind::paragraph:
        pieces.push_back(block.text + "\n");
        break;
      case ReportBlock::Kind::table: {
        Table table(block.table.headers);
        for (const auto& row : block.table.rows)
          table.add_row(row);
        for (const auto column : block.table.right)
          table.align_right(column);
        pieces.push_back(table.render());
        break;
      }
      case ReportBlock::Kind::list: {
        std::string items;
        for (const auto& item : block.items)
          items += "- " + item + "\n";
        pieces.push_back(items);
        break;
      }
      case ReportBlock::Kind::chart:
        break;
    }
  }
  std::string out;
  for (std::size_t i = 0; i < pieces.size(); ++i)
    out += (i > 0 ? "\n" : "") + pieces[i];
  return out;
}

}  // namespace procure::cli
