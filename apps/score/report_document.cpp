#include "report_document.hpp"

#include "common/table.hpp"
#include "procure/text/visible_controls.hpp"

namespace procure::cli {

ReportBlock& ReportDocument::add(ReportBlock::Kind kind) {
  blocks.emplace_back();
  blocks.back().kind = kind;
  return blocks.back();
}

void ReportDocument::heading(std::string text) {
  add(ReportBlock::Kind::heading).text = std::move(text);
}

void ReportDocument::paragraph(std::string text) {
  add(ReportBlock::Kind::paragraph).text = std::move(text);
}

void ReportDocument::table(ReportTable content) {
  add(ReportBlock::Kind::table).table = std::move(content);
}

void ReportDocument::list(std::vector<std::string> items) {
  add(ReportBlock::Kind::list).items = std::move(items);
}

std::string render_text(const ReportDocument& document) {
  std::vector<std::string> pieces;
  for (const auto& block : document.blocks) {
    switch (block.kind) {
      case ReportBlock::Kind::heading:
      case ReportBlock::Kind::paragraph:
        pieces.push_back(visible_controls(block.text) + "\n");
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
          items += "- " + visible_controls(item) + "\n";
        pieces.push_back(items);
        break;
      }
    }
  }
  std::string out;
  for (std::size_t i = 0; i < pieces.size(); ++i)
    out += (i > 0 ? "\n" : "") + pieces[i];
  return out;
}

}  // namespace procure::cli
