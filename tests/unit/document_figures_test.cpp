// Figures in documents: a template places a chart with a fenced block; the
// chart is SVG our code draws with every label escaped; Markdown leaves it
// out; data cannot forge a block; the page allows no script.
#include <doctest/doctest.h>

#include <algorithm>
#include <functional>

#include "procure/documents/bar_chart.hpp"
#include "procure/documents/document_figures.hpp"
#include "procure/documents/escaping.hpp"
#include "procure/documents/html_page.hpp"
#include "procure/documents/markdown_html.hpp"

using namespace procure;

namespace {

StackedBarChart hostile_chart() {
  StackedBarChart chart;
  chart.title = "Points <b>";
  chart.series = {"<img src=x onerror=alert(1)>", "Quality & more"};
  chart.bars.push_back({"<script>", {3.5, 2.0}, {"3,50", "2,00"}, "5,50"});
  chart.bars.push_back({"neg", {-2.0, 1.0}, {"-2,00", "1,00"}, "-1,00"});
  return chart;
}

const std::string markdown =
    "# Report\n\nBefore.\n\n```procure-figure\npoints-chart\n```\n\nAfter.\n";

}  // namespace

TEST_CASE("chart: SVG with every label escaped, negative values left of zero") {
  const std::string html = chart_figure_html(hostile_chart());
  CHECK(html.starts_with("<figure class=\"chart\">\n<svg xmlns=\"http://www.w3.org/2000/svg\""));
  CHECK(html.find("<script") == std::string::npos);
  CHECK(html.find("<img") == std::string::npos);
  CHECK(html.find("&lt;script&gt;") != std::string::npos);
  CHECK(html.find("Quality &amp; more: 2,00") != std::string::npos);
  CHECK(html.find("<figcaption>Points &lt;b&gt;</figcaption>") != std::string::npos);
  // The axis starts below 0 to leave room for the negative segment.
  CHECK(html.find("class=\"tick\">-2</text>") != std::string::npos);
}

std::size_t count(const std::string& text, std::string_view what) {
  std::size_t n = 0;
  for (auto at = text.find(what); at != std::string::npos; at = text.find(what, at + 1))
    ++n;
  return n;
}

TEST_CASE("chart: a score far below zero is cut at the axis with a mark; the grid stays small") {
  StackedBarChart chart;
  chart.title = "Points";
  chart.cut_note = "Cut.";
  chart.series = {"Price", "Quality"};
  chart.bars.push_back({"cheap", {4.0, 5.0}, {"4,00", "5,00"}, "9,00"});
  // Ten million times the lowest price under the linear model, weight 40 %.
  chart.bars.push_back({"dear", {-39999996.0, 5.0}, {"-39 999 996,00", "5,00"}, "-39 999 991,00"});
  const std::string html = chart_figure_html(chart);
  CHECK(html.size() < 8000u);
  CHECK(count(html, "class=\"grid\"") <= std::size_t{StackedBarChart::max_grid_lines});
  CHECK(count(html, "class=\"cut\"") == 1u);
  // The axis reaches as far below zero as the scale above it: -10 to 10, in steps of 5.
  CHECK(html.find("class=\"tick\">-10</text>") != std::string::npos);
  CHECK(html.find("class=\"tick\">-15</text>") == std::string::npos);
  CHECK(html.find("<figcaption>Points<br>Cut.</figcaption>") != std::string::npos);
  CHECK(html.find("-39 999 996,00") != std::string::npos);
}

TEST_CASE("chart: the grid has a round step on any scale, with decimals where the step has them") {
  StackedBarChart chart;
  chart.series = {"Quality"};
  chart.bars.push_back({"a", {0.5}, {"0,5"}, "0,5"});
  chart.scale_max = 1;
  chart.lang = Lang::nb;
  std::string html = chart_figure_html(chart);
  CHECK(count(html, "class=\"grid\"") == 6u);
  CHECK(html.find("class=\"tick\">0,2</text>") != std::string::npos);
  CHECK(html.find("class=\"cut\"") == std::string::npos);
  chart.scale_max = 1e20;
  html = chart_figure_html(chart);
  CHECK(count(html, "class=\"grid\"") <= std::size_t{StackedBarChart::max_grid_lines});
  CHECK(html.size() < 4000u);
}

namespace {

std::string kept_markdown(std::string_view text) {
  std::string kept;
  for (const auto part : markdown_without_figures(text))
    kept += part;
  return kept;
}

}  // namespace

TEST_CASE("figures: found by name, left out of Markdown, placed in HTML") {
  CHECK(figure_names(markdown) == std::vector<std::string>{"points-chart"});
  CHECK(kept_markdown(markdown) == "# Report\n\nBefore.\n\nAfter.\n");
  const std::vector<DocumentFigure> figures{{"points-chart", "<figure>F</figure>\n"}};
  const std::string html = with_figures(markdown_to_html(markdown), figures);
  CHECK(html.find("<figure>F</figure>\n<p>After.</p>") != std::string::npos);
  CHECK(html.find("<pre>") == std::string::npos);
}

TEST_CASE("figures: data cannot open a figure block") {
  // A value is escaped and flattened to one line before it reaches the Markdown.
  const std::string value = markdown_escape("```procure-figure\npoints-chart\n```");
  const std::string text = "Text\n\n" + value + "\n";
  CHECK(figure_names(text).empty());
  const std::vector<DocumentFigure> figures{{"points-chart", "<figure>F</figure>\n"}};
  CHECK(with_figures(markdown_to_html(text), figures).find("<figure>") == std::string::npos);
}

TEST_CASE("figures: a block that is not exactly three lines is not a figure") {
  CHECK(figure_names("```procure-figure\npoints-chart\n").empty());
  CHECK(figure_names("```procure-figure \npoints-chart\n```\n").empty());
  CHECK(figure_names("Text ```procure-figure\npoints-chart\n```\n").empty());
  // A block's lines are its own: its name line opens no other block.
  const std::string nested = "```procure-figure\n```procure-figure\n```\n```\n";
  CHECK(figure_names(nested) == std::vector<std::string>{"```procure-figure"});
  CHECK(kept_markdown(nested) == "```\n");
}

TEST_CASE("figures: every block in a long page is placed, each where it stands") {
  std::string markdown_text;
  std::string expected;
  for (int n = 0; n < 3; ++n) {
    for (const std::string name : {"a-chart", "b-chart", "unknown"}) {
      markdown_text +=
          "Text " + std::to_string(n) + ".\n\n```procure-figure\n" + name + "\n```\n\n";
      expected += "<p>Text " + std::to_string(n) + ".</p>\n";
      expected += name == "unknown"
                      ? "<pre><code class=\"language-procure-figure\">unknown\n</code></pre>\n"
                      : "<figure>" + name + "</figure>\n";
    }
  }
  const std::vector<DocumentFigure> figures{{"a-chart", "<figure>a-chart</figure>\n"},
                                            {"b-chart", "<figure>b-chart</figure>\n"}};
  CHECK(with_figures(markdown_to_html(markdown_text), figures) == expected);
}

TEST_CASE("page: a Content-Security-Policy that allows inline styles and nothing else") {
  const std::string page = html_page_start({"T", Lang::nb, "body{}", "procure"});
  CHECK(page.find("<meta http-equiv=\"Content-Security-Policy\" content=\"default-src 'none'; "
                  "style-src 'unsafe-inline'\">") != std::string::npos);
}

TEST_CASE("figures: the Markdown kept is the text without its blocks, blank lines collapsed") {
  // Every text of up to seven pieces (a word, a line end, a figure's block)
  // with no line end first and no more than one blank line, against taking
  // the blocks out and then collapsing the line ends, written plainly.
  const std::string block = "```procure-figure\npoints-chart\n```\n";
  const std::vector<std::string> pieces{"a", "\n", block};
  const auto reference = [&](std::string text) {
    for (auto at = text.find(block); at != std::string::npos; at = text.find(block, at)) {
      if (at > 0 && text[at - 1] != '\n') {
        ++at;
        continue;
      }
      text.erase(at, block.size());
    }
    text.erase(0, std::min(text.find_first_not_of('\n'), text.size()));
    for (auto run = text.find("\n\n\n"); run != std::string::npos; run = text.find("\n\n\n"))
      text.erase(run, 1);
    return text;
  };
  std::size_t texts = 0;
  const std::function<void(const std::string&, int)> each = [&](const std::string& text, int left) {
    if (!text.starts_with('\n') && text.find("\n\n\n") == std::string::npos) {
      ++texts;
      CAPTURE(text);
      CHECK(kept_markdown(text) == reference(text));
    }
    if (left == 0)
      return;
    for (const auto& piece : pieces)
      each(text + piece, left - 1);
  };
  each("", 7);
  CHECK(texts > 500u);
  // Without a figure, the whole text is the one part.
  const std::string plain = "# Report\n\nText.\n";
  const auto parts = markdown_without_figures(plain);
  REQUIRE(parts.size() == 1u);
  CHECK(parts.front().data() == plain.data());
}
