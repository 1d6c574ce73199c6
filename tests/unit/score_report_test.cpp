// Reports keep hostile text inert: HTML escapes it, Markdown backslashes it,
// and neither lets it become markup, a script or a link.
#include <doctest/doctest.h>

#include "score/report_document.hpp"

using namespace procure::cli;

namespace {

ReportDocument hostile() {
  ReportDocument doc;
  doc.title = "Report <b>";
  doc.lang = "nb";
  doc.heading(2, "<script>alert(1)</script>");
  doc.paragraph("- not a list & not &amp; an entity");
  doc.paragraph("1. not a numbered list");
  ReportTable t;
  t.headers = {"Tender", "Supplier"};
  t.rows.push_back({"x", "<script>alert(1)</script>"});
  t.rows.push_back({"y", "=HYPERLINK(\"http://evil\")|[link](javascript:x)"});
  doc.table(t);
  doc.list({"*emphasis* and `code`"});
  ReportChart chart;
  chart.title = "Points";
  chart.series = {"<img src=x onerror=alert(1)>"};
  chart.bars.push_back({"<script>", {3.5}, "3,50"});
  chart.bars.push_back({"neg", {-2.0}, "-2,00"});
  doc.chart(chart);
  return doc;
}

}  // namespace

TEST_CASE("html: every text escaped, no script can run, the chart drawn inline") {
  const std::string html = render_html(hostile());
  CHECK(html.find("<script") == std::string::npos);
  CHECK(html.find("<img") == std::string::npos);
  CHECK(html.find("&lt;script&gt;alert(1)&lt;/script&gt;") != std::string::npos);
  CHECK(html.find("=HYPERLINK(&quot;http://evil&quot;)") != std::string::npos);
  CHECK(html.find("&amp;amp;") != std::string::npos);
  CHECK(html.find("<svg xmlns=\"http://www.w3.org/2000/svg\"") != std::string::npos);
  CHECK(html.find("Content-Security-Policy") != std::string::npos);
  CHECK(html.find("<title>Report &lt;b&gt;</title>") != std::string::npos);
  // A negative segment is drawn left of zero: the axis starts below 0.
  CHECK(html.find(">-2.0</text>") != std::string::npos);
}

TEST_CASE("markdown: markup characters escaped, block starts defused") {
  const std::string md = render_markdown(hostile());
  CHECK(md.find("<script>") == std::string::npos);
  CHECK(md.find("\\<script\\>alert(1)\\</script\\>") != std::string::npos);
  CHECK(md.find("\n\\- not a list \\& not \\&amp; an entity\n") != std::string::npos);
  CHECK(md.find("\n1\\. not a numbered list\n") != std::string::npos);
  CHECK(md.find("=HYPERLINK(\"http://evil\")\\|\\[link\\](javascript:x)") != std::string::npos);
  CHECK(md.find("- \\*emphasis\\* and \\`code\\`") != std::string::npos);
  CHECK(md.starts_with("# Report \\<b\\>\n"));
}

TEST_CASE("text: aligned tables, no chart") {
  const std::string text = render_text(hostile());
  CHECK(text.find("<script>alert(1)</script>") != std::string::npos);  // a terminal runs nothing
  CHECK(text.find("Points") == std::string::npos);
  CHECK(text.find("Tender  Supplier") != std::string::npos);
}
