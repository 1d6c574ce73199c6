#pragma once
// A horizontal stacked bar chart as inline SVG: one bar a tender, one
// segment a main criterion, made from numbers and escaped labels only (no
// scripts, no links, nothing fetched), so that it can stand in a page whose
// Content-Security-Policy allows nothing but inline styles.
//
// Its size depends on the number of bars and series only, whatever the
// values: the axis reaches as far below zero as the scale reaches from zero
// (a linear price score can be far below that), a bar that goes further is
// cut at the axis's end with a mark and a note below the chart, and the grid
// has at most max_grid_lines lines at a round step.

#include <string>
#include <vector>

#include "procure/core/lang.hpp"

namespace procure {

struct StackedBarChart {
  static constexpr int max_grid_lines = 10;

  std::string title;                // plain text
  std::vector<std::string> series;  // the segments' names, in order
  struct Bar {
    std::string label;
    std::vector<double> values;      // one per series; negative values extend left of zero
    std::vector<std::string> shown;  // each value as the document prints it
    std::string total;               // as printed at the bar's end
  };
  std::vector<Bar> bars;
  double scale_min = 0;
  double scale_max = 10;
  Lang lang = Lang::en;  // of the grid's numbers
  std::string cut_note;  // plain text below the chart when a bar is cut at the axis's end
};

// <figure> with the <svg> and the title as its caption.
std::string chart_figure_html(const StackedBarChart& chart);

}  // namespace procure
