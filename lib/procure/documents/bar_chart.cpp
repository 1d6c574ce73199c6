#include "procure/documents/bar_chart.hpp"

#include <algorithm>
#include <array>
#include <cmath>
#include <cstdio>
#include <string_view>

#include "procure/core/utf8.hpp"
#include "procure/documents/escaping.hpp"
#include "procure/text/formatting.hpp"

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
    while (i < text.size() && utf8::is_continuation(text[i]))
      ++i;
  }
  return std::string(text.substr(0, i)) + "\xE2\x80\xA6";
}

// Okabe and Ito's palette: told apart with any colour vision.
constexpr std::array<std::string_view, 8> palette{"#0072B2", "#E69F00", "#009E73", "#CC79A7",
                                                  "#56B4E9", "#D55E00", "#F0E442", "#555555"};

// The axis and its grid: lines at k × step for k from `first` to `last`,
// step = mantissa × 10^exponent with mantissa 1, 2 or 5.
struct Axis {
  double low = 0;
  double high = 10;
  long long mantissa = 1;
  int exponent = 0;
  long long first = 0;
  long long last = 0;

  double step() const { return static_cast<double>(mantissa) * std::pow(10.0, exponent); }
};

// From zero to the scale's top, widened to the bars, but never further from
// zero than the scale reaches: the chart compares tenders on the scale, and a
// score of minus ten million points would squeeze every other bar to nothing.
Axis axis_for(const StackedBarChart& chart) {
  double reach = std::max(std::abs(chart.scale_min), std::abs(chart.scale_max));
  if (!std::isfinite(reach) || reach <= 0)
    reach = 10;
  Axis axis;
  axis.low = 0;
  axis.high = std::isfinite(chart.scale_max) ? std::clamp(chart.scale_max, 0.0, reach) : 0;
  for (const auto& bar : chart.bars) {
    double positive = 0;
    double negative = 0;
    for (const double v : bar.values) {
      if (std::isfinite(v))
        (v >= 0 ? positive : negative) += v;
    }
    axis.low = std::min(axis.low, negative);
    axis.high = std::max(axis.high, positive);
  }
  axis.low = std::max(axis.low, -reach);
  axis.high = std::min(axis.high, reach);
  if (!(axis.high > axis.low))
    axis.high = axis.low + reach;
  // The smallest round step that needs no more than max_grid_lines lines.
  const double raw = (axis.high - axis.low) / (StackedBarChart::max_grid_lines - 1);
  axis.exponent = static_cast<int>(std::floor(std::log10(raw)));
  const double fraction = raw / std::pow(10.0, axis.exponent);
  constexpr double slack = 1e-9;
  if (fraction <= 1 + slack) {
    axis.mantissa = 1;
  } else if (fraction <= 2 + slack) {
    axis.mantissa = 2;
  } else if (fraction <= 5 + slack) {
    axis.mantissa = 5;
  } else {
    axis.mantissa = 1;
    ++axis.exponent;
  }
  axis.first = static_cast<long long>(std::ceil(axis.low / axis.step() - slack));
  axis.last = static_cast<long long>(std::floor(axis.high / axis.step() + slack));
  return axis;
}

// A grid line's number in the document's language: exact, with as many
// decimals as the step has.
std::string tick_text(const Axis& axis, long long k, Lang lang) {
  const long long multiple = k * axis.mantissa;
  if (axis.exponent >= -Decimal::max_scale && axis.exponent < 0)
    return format_decimal(Decimal::from_units(multiple, -axis.exponent), lang);
  if (axis.exponent >= 0 && axis.exponent <= 15)
    return format_decimal(
        Decimal::from_integer(multiple * static_cast<long long>(std::pow(10, axis.exponent))),
        lang);
  char buffer[32];
  std::snprintf(buffer, sizeof buffer, "%g",
                static_cast<double>(multiple) * axis.step() / static_cast<double>(axis.mantissa));
  return buffer;
}

// An axis break drawn across a bar where it is cut: a white zigzag.
std::string cut_mark(double x, double y, double height) {
  return "<path d=\"M" + number(x + 2) + " " + number(y - 2) + " l-4 " + number(height / 2 + 2) +
         " l4 " + number(height / 2 + 2) +
         "\" fill=\"none\" stroke=\"#fff\" stroke-width=\"3\" class=\"cut\"/>\n";
}

struct Svg {
  std::string text;
  bool cut = false;  // a bar reaches past the axis's end
};

Svg svg(const StackedBarChart& chart) {
  constexpr double label_width = 180;
  constexpr double plot_width = 380;
  constexpr double total_width = 60;
  constexpr double bar_height = 18;
  constexpr double gap = 6;
  constexpr double legend_row = 18;
  const double legend_height = legend_row * static_cast<double>(chart.series.size());
  const double top = 10 + legend_height + 24;
  const Axis axis = axis_for(chart);
  const double low = axis.low;
  const double high = axis.high;
  const double span = high - low;
  const auto x = [&](double v) {
    return label_width + (std::clamp(v, low, high) - low) / span * plot_width;
  };
  const double width = label_width + plot_width + total_width;
  const double height = top + static_cast<double>(chart.bars.size()) * (bar_height + gap) + 10;

  const std::string svg_width = std::to_string(static_cast<int>(std::ceil(width)));
  const std::string svg_height = std::to_string(static_cast<int>(std::ceil(height)));
  Svg result;
  std::string& out = result.text;
  out = "<svg xmlns=\"http://www.w3.org/2000/svg\" role=\"img\" width=\"" + svg_width +
        "\" height=\"" + svg_height + "\" viewBox=\"0 0 " + svg_width + " " + svg_height + "\">\n";
  out += "<title>" + html_escape(chart.title) + "</title>\n";
  // The legend, one series a row: criterion names are long.
  for (std::size_t s = 0; s < chart.series.size(); ++s) {
    const double ly = 10 + static_cast<double>(s) * legend_row;
    out += "<rect x=\"10.0\" y=\"" + number(ly) + "\" width=\"12\" height=\"12\" fill=\"" +
           std::string(palette[s % palette.size()]) + "\"/>\n";
    out += "<text x=\"28.0\" y=\"" + number(ly + 11) + "\">" +
           html_escape(shortened(chart.series[s], 90)) + "</text>\n";
  }
  for (long long k = axis.first; k <= axis.last; ++k) {
    const double at = x(static_cast<double>(k) * axis.step());
    out += "<line x1=\"" + number(at) + "\" y1=\"" + number(top - 6) + "\" x2=\"" + number(at) +
           "\" y2=\"" + number(height - 10) + "\" class=\"grid\"/>\n";
    out += "<text x=\"" + number(at) + "\" y=\"" + number(top - 10) +
           "\" text-anchor=\"middle\" class=\"tick\">" +
           html_escape(tick_text(axis, k, chart.lang)) + "</text>\n";
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
      if (!std::isfinite(v))
        continue;
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
    if (left < low) {
      out += cut_mark(x(low) + 4, y, bar_height);
      result.cut = true;
    }
    if (right > high) {
      out += cut_mark(x(high) - 4, y, bar_height);
      result.cut = true;
    }
    out += "<text x=\"" + number(x(right) + 6) + "\" y=\"" + number(y + 13) + "\">" +
           html_escape(bar.total) + "</text>\n";
  }
  out += "</svg>\n";
  return result;
}

}  // namespace

std::string chart_figure_html(const StackedBarChart& chart) {
  const Svg drawn = svg(chart);
  std::string caption = html_escape(chart.title);
  if (drawn.cut && !chart.cut_note.empty())
    caption += "<br>" + html_escape(chart.cut_note);
  return "<figure class=\"chart\">\n" + drawn.text + "<figcaption>" + caption +
         "</figcaption>\n</figure>\n";
}

}  // namespace procure
