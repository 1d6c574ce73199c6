#pragma once
// The summary procure-score rank prints, as plain blocks (headings,
// paragraphs, aligned tables, lists) rendered as terminal text. The full
// evaluation report is a document of the documents layer (--markdown,
// --html; procure-render evaluation-report).

#include <cstddef>
#include <string>
#include <vector>

namespace procure::cli {

struct ReportTable {
  std::vector<std::string> headers;
  std::vector<std::vector<std::string>> rows;
  std::vector<std::size_t> right;  // right-aligned columns (numbers)
};

struct ReportBlock {
  enum class Kind { heading, paragraph, table, list };
  Kind kind = Kind::paragraph;
  std::string text;  // headings and paragraphs
  ReportTable table;
  std::vector<std::string> items;
};

struct ReportDocument {
  std::vector<ReportBlock> blocks;

  void heading(std::string text);
  void paragraph(std::string text);
  void table(ReportTable table);
  void list(std::vector<std::string> items);

 private:
  ReportBlock& add(ReportBlock::Kind kind);
};

// Blocks a blank line apart, tables aligned by display width.
std::string render_text(const ReportDocument& document);

}  // namespace procure::cli
