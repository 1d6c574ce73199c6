#pragma once
// A horizontal stacked bar chart as inline SVG: one bar a tender, one
// segment a main criterion, made from numbers and escaped labels only (no
// scripts, no links, nothing fetched), so that it can stand in a page whose
// Content-Security-Policy allows nothing but inline styles.

#include <string>
#include <vector>

namespace procure {

struct StackedBarChart {
  std::string title;                // plain text
  std::vector<std::string> series;  // the segments' names, in order
  struct Bar {
    std::string label;
    std::vector<double> values;      // one per series; negative values extend left of zero
    std::vector<std::string> shown;  // each value as the document prints it
    std::string total;               // as printed at the bar's end
  };
  std::vector<Bar> bars;
  double scale_max = 10;
};

// <figure> with the <svg> and the title as its caption.
std::string chart_figure_html(const StackedBarChart& chart);

}  // namespace procure
