#pragma once
// An evaluation report as plain blocks (headings, paragraphs, tables, lists,
// a chart), built once and rendered as terminal text, Markdown or HTML. All
// text in it is plain: each renderer escapes it for its format, so a
// supplier named "<script>" or "=HYPERLINK(...)" stays text everywhere.

#include <cstddef>
#include <string>
#include <vector>

namespace procure::cli {

struct ReportTable {
  std::vector<std::string> headers;
  std::vector<std::vector<std::string>> rows;
  std::vector<std::size_t> right;  // right-aligned columns (numbers)
};

// A horizontal stacked bar chart: one bar a tender, one segment a main criterion.
struct ReportChart {
  std::string title;
  std::vector<std::string> series;  // the segments' names, in order
  struct Bar {
    std::string label;
    std::vector<double> values;  // one per series; negative values extend left of zero
    std::string total;           // as printed at the bar's end
  };
  std::vector<Bar> bars;
  double scale_max = 10;
};

struct ReportBlock {
  enum class Kind { heading, paragraph, table, list, chart };
  Kind kind = Kind::paragraph;
  int level = 2;     // headings: 1 to 3
  std::string text;  // headings and paragraphs
  ReportTable table;
  std::vector<std::string> items;
  ReportChart chart;
};

struct ReportDocument {
  std::string title;
  std::string lang;  // "en", "nb", "nn"
  std::vector<ReportBlock> blocks;

  void heading(int level, std::string text);
  void paragraph(std::string text);
  void table(ReportTable table);
  void list(std::vector<std::string> items);
  void chart(ReportChart chart);

 private:
  ReportBlock& add(ReportBlock::Kind kind);
};

std::string render_text(const ReportDocument& document);
std::string render_markdown(const ReportDocument& document);
std::string render_html(const ReportDocument& document);

}  // namespace procure::cli
