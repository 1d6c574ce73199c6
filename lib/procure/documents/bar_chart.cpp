#include "procure/documents/bar_chart.hpp"

#include <algorithm>
#include <array>
#include <cmath>
#include <cstdio>
#include <string_view>

#include "procure/core/utf8.hpp"
#include "procure/documents/escaping.hpp"

namespace procure {
namespace {

std::string number(double value) {
  char buffer[32];
  std::snprintf(buffer, sizeof buffer, "%.1f", value);
  return buffer;
}

// At most `limit` characters, cut at a character boundary, with an ellipsis.
std::string shortened(std::string_view text, std::size_t limit) {
  if (utf8::length(text) <= limit)
    return std::string(text);
  std::size_t i = 0;
  for (std::size_t chars = 0; i < text.size() && chars + 1 < limit; ++chars) {
    ++i;
    while (i < text.size() && (static_cast<unsigned char>(text[i]) & 0xC0) == 0x80)
      ++i;
  }
  return std::string(text.substr(0, i)) + "\xE2\x80\xA6";
}

// Okabe and Ito's palette: told apart with any colour vision.
constexpr std::array<std::string_view, 8> palette{"#0072B2", "#E69F00", "#009E73", "#CC79A7",
                                                  "#56B4E9", "#D55E00", "#F0E442", "#555555"};

std::string svg(const StackedBarChart& chart) {
  constexpr double label_width = 180;
  constexpr double plot_width = 380;
  constexpr double total_width = 60;
  constexpr double bar_height = 18;
  constexpr double gap = 6;
  constexpr double legend_row = 18;
  const double legend_height = legend_row * static_cast<double>(chart.series.size());
  const double top = 10 + legend_height + 24;
  double low = 0;
  double high = chart.scale_max;
  for (const auto& bar : chart.bars) {
    double positive = 0;
    double negative = 0;
    for (const double v : bar.values)
      (v >= 0 ? positive : negative) += v;
    low = std::min(low, negative);
    high = std::max(high, positive);
  }
  const double span = high - low > 0 ? high - low : 1;
  const auto x = [&](double v) { return label_width + (v - low) / span * plot_width; };
  const double width = label_width + plot_width + total_width;
  const double height = top + static_cast<double>(chart.bars.size()) * (bar_height + gap) + 10;

  const std::string svg_width = std::to_string(static_cast<int>(std::ceil(width)));
  const std::string svg_height = std::to_string(static_cast<int>(std::ceil(height)));
  std::string out = "<svg xmlns=\"http://www.w3.org/2000/svg\" role=\"img\" width=\"" + svg_width +
                    "\" height=\"" + svg_height + "\" viewBox=\"0 0 " + svg_width + " " +
                    svg_height + "\">\n";
  out += "<title>" + html_escape(chart.title) + "</title>\n";
  // The legend, one series a row: criterion names are long.
  for (std::size_t s = 0; s < chart.series.size(); ++s) {
    const double ly = 10 + static_cast<double>(s) * legend_row;
    out += "<rect x=\"10.0\" y=\"" + number(ly) + "\" width=\"12\" height=\"12\" fill=\"" +
           std::string(palette[s % palette.size()]) + "\"/>\n";
    out += "<text x=\"28.0\" y=\"" + number(ly + 11) + "\">" +
           html_escape(shortened(chart.series[s], 90)) + "</text>\n";
  }
  // Grid lines at whole points of the scale.
  for (double tick = std::ceil(low); tick <= high; tick += high - low > 20 ? 5 : 1) {
    out += "<line x1=\"" + number(x(tick)) + "\" y1=\"" + number(top - 6) + "\" x2=\"" +
           number(x(tick)) + "\" y2=\"" + number(height - 10) + "\" class=\"grid\"/>\n";
    out += "<text x=\"" + number(x(tick)) + "\" y=\"" + number(top - 10) +
           "\" text-anchor=\"middle\" class=\"tick\">" + std::to_string(static_cast<long>(tick)) +
           "</text>\n";
  }
  for (std::size_t b = 0; b < chart.bars.size(); ++b) {
    const auto& bar = chart.bars[b];
    const double y = top + static_cast<double>(b) * (bar_height + gap);
    out += "<text x=\"" + number(label_width - 8) + "\" y=\"" + number(y + 13) +
           "\" text-anchor=\"end\">" + html_escape(shortened(bar.label, 26)) + "</text>\n";
    double right = 0;
    double left = 0;
    for (std::size_t s = 0; s < bar.values.size(); ++s) {
      const double v = bar.values[s];
      const double from = v >= 0 ? right : left + v;
      (v >= 0 ? right : left) += v;
      const double w = x(from + std::abs(v)) - x(from);
      if (w <= 0)
        continue;
      out += "<rect x=\"" + number(x(from)) + "\" y=\"" + number(y) + "\" width=\"" + number(w) +
             "\" height=\"" + number(bar_height) + "\" fill=\"" +
             std::string(palette[s % palette.size()]) + "\"><title>" +
             html_escape(chart.series[s]) + ": " +
             html_escape(s < bar.shown.size() ? bar.shown[s] : "") + "</title></rect>\n";
    }
    out += "<text x=\"" + number(x(right) + 6) + "\" y=\"" + number(y + 13) + "\">" +
           html_escape(bar.total) + "</text>\n";
  }
  out += "</svg>\n";
  return out;
}

}  // namespace

std::string chart_figure_html(const StackedBarChart& chart) {
  return "<figure class=\"chart\">\n" + svg(chart) + "<figcaption>" + html_escape(chart.title) +
         "</figcaption>\n</figure>\n";
}

}  // namespace procure
