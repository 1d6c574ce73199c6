// Reports as one self-contained HTML file: styles inline, the chart as
// inline SVG, no scripts, no fetches (a Content-Security-Policy that allows
// none says so to the browser too). All text is escaped.
#include <algorithm>
#include <array>
#include <cmath>
#include <cstdio>

#include "procure/core/utf8.hpp"
#include "procure/documents/escaping.hpp"
#include "report_document.hpp"

namespace procure::cli {
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

constexpr std::array<std::string_view, 8> palette{"#0072B2", "#E69F00", "#009E73", "#CC79A7",
                                                  "#56B4E9", "#D55E00", "#F0E442", "#555555"};

std::string svg_chart(const ReportChart& chart) {
  constexpr double label_width = 250;
  constexpr double plot_width = 460;
  constexpr double total_width = 70;
  constexpr double bar_height = 20;
  constexpr double gap = 8;
  constexpr double legend_row = 20;
  const double legend_height = legend_row * static_cast<double>((chart.series.size() + 1) / 2);
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
  for (std::size_t s = 0; s < chart.series.size(); ++s) {
    const double lx = 10 + static_cast<double>(s % 2) * 360;
    const double ly = 10 + static_cast<double>(s / 2) * legend_row;
    out += "<rect x=\"" + number(lx) + "\" y=\"" + number(ly) +
           "\" width=\"12\" height=\"12\" fill=\"" + std::string(palette[s % palette.size()]) +
           "\"/>\n";
    out += "<text x=\"" + number(lx + 18) + "\" y=\"" + number(ly + 11) + "\">" +
           html_escape(shortened(chart.series[s], 48)) + "</text>\n";
  }
  // Grid lines at whole points of the scale.
  for (double tick = std::ceil(low); tick <= high; tick += high - low > 20 ? 5 : 1) {
    out += "<line x1=\"" + number(x(tick)) + "\" y1=\"" + number(top - 6) + "\" x2=\"" +
           number(x(tick)) + "\" y2=\"" + number(height - 10) + "\" class=\"grid\"/>\n";
    out += "<text x=\"" + number(x(tick)) + "\" y=\"" + number(top - 10) +
           "\" text-anchor=\"middle\" class=\"tick\">" + number(tick) + "</text>\n";
  }
  for (std::size_t b = 0; b < chart.bars.size(); ++b) {
    const auto& bar = chart.bars[b];
    const double y = top + static_cast<double>(b) * (bar_height + gap);
    out += "<text x=\"" + number(label_width - 8) + "\" y=\"" + number(y + 14) +
           "\" text-anchor=\"end\">" + html_escape(shortened(bar.label, 34)) + "</text>\n";
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
             html_escape(chart.series[s]) + ": " + number(v) + "</title></rect>\n";
    }
    out += "<text x=\"" + number(x(right) + 6) + "\" y=\"" + number(y + 14) + "\">" +
           html_escape(bar.total) + "</text>\n";
  }
  out += "</svg>\n";
  return out;
}

std::string table(const ReportTable& t) {
  std::string out = "<table>\n<thead><tr>";
  for (std::size_t i = 0; i < t.headers.size(); ++i) {
    const bool right = std::find(t.right.begin(), t.right.end(), i) != t.right.end();
    out += std::string(right ? "<th class=\"num\">" : "<th>") + html_escape(t.headers[i]) + "</th>";
  }
  out += "</tr></thead>\n<tbody>\n";
  for (const auto& row : t.rows) {
    out += "<tr>";
    for (std::size_t i = 0; i < row.size(); ++i) {
      const bool right = std::find(t.right.begin(), t.right.end(), i) != t.right.end();
      out += std::string(right ? "<td class=\"num\">" : "<td>") + html_escape(row[i]) + "</td>";
    }
    out += "</tr>\n";
  }
  out += "</tbody>\n</table>\n";
  return out;
}

constexpr std::string_view style =
    R"(body{font-family:system-ui,-apple-system,"Segoe UI",sans-serif;margin:2rem auto;max-width:60rem;padding:0 1rem;color:#222;line-height:1.45}
h1{font-size:1.6rem}h2{font-size:1.25rem;margin-top:2rem;border-bottom:1px solid #ccc}h3{font-size:1.05rem}
table{border-collapse:collapse;margin:.5rem 0 1rem}th,td{border:1px solid #ccc;padding:.2rem .5rem;vertical-align:top}
th{background:#f2f2f2;text-align:left}.num{text-align:right;font-variant-numeric:tabular-nums}
svg{max-width:100%;height:auto;font-size:12px}svg .grid{stroke:#ddd}svg .tick{fill:#666}
@media print{body{margin:0;max-width:none}h2{break-after:avoid}table,svg{break-inside:avoid}}
)";

}  // namespace

std::string render_html(const ReportDocument& document) {
  std::string out = "<!DOCTYPE html>\n<html lang=\"" + html_escape(document.lang) + "\">\n<head>\n";
  out += "<meta charset=\"utf-8\">\n";
  out +=
      "<meta http-equiv=\"Content-Security-Policy\" content=\"default-src 'none'; "
      "style-src 'unsafe-inline'\">\n";
  out += "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n";
  out += "<title>" + html_escape(document.title) + "</title>\n";
  out += "<style>\n" + std::string(style) + "</style>\n</head>\n<body>\n<main>\n";
  out += "<h1>" + html_escape(document.title) + "</h1>\n";
  for (const auto& block : document.blocks) {
    switch (block.kind) {
      case ReportBlock::Kind::heading: {
        const std::string tag = "h" + std::to_string(std::clamp(block.level, 2, 4));
        out += "<" + tag + ">" + html_escape(block.text) + "</" + tag + ">\n";
        break;
      }
      case ReportBlock::Kind::paragraph:
        out += "<p>" + html_escape(block.text) + "</p>\n";
        break;
      case ReportBlock::Kind::table:
        out += table(block.table);
        break;
      case ReportBlock::Kind::list:
        out += "<ul>\n";
        for (const auto& item : block.items)
          out += "<li>" + html_escape(item) + "</li>\n";
        out += "</ul>\n";
        break;
      case ReportBlock::Kind::chart:
        out += "<figure>\n" + svg_chart(block.chart) + "<figcaption>" +
               html_escape(block.chart.title) + "</figcaption>\n</figure>\n";
        break;
    }
  }
  out += "</main>\n</body>\n</html>\n";
  return out;
}

}  // namespace procure::cli
