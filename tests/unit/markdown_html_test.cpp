#include <doctest/doctest.h>

#include <string>

#include "procure/documents/markdown_html.hpp"

using namespace procure;

namespace {

// A section of a long report: a heading, a table, a paragraph; about 3 KB.
std::string section(int n) {
  std::string text = "### " + std::to_string(n) + ". Tender t" + std::to_string(n) + "\n\n";
  text += "| No. | Criterion | Points |\n|---|---|--:|\n";
  for (int row = 0; row < 40; ++row)
    text += "| " + std::to_string(row) + " | *Quality* \\<x\\> | 12,5 |\n";
  return text + "\nSome **text**.\n\n";
}

}  // namespace

TEST_CASE("markdown to HTML: a long document is converted a section at a time, to the same HTML") {
  std::string whole;
  std::string expected;
  for (int n = 0; n < 200; ++n) {
    whole += section(n);
    expected += markdown_to_html(section(n));
  }
  REQUIRE(whole.size() > 4 * 64 * 1024u);
  CHECK(markdown_to_html(whole) == expected);
}

TEST_CASE("markdown to HTML: what reaches across sections keeps a long document whole") {
  // Paragraphs without a heading, longer than a piece: the heading after
  // them is where a cut would fall.
  std::string filler;
  while (filler.size() < 100'000)
    filler += "A paragraph of the report, with *emphasis* and 12,50 points.\n\n";
  SUBCASE("a link reference defined after the cut") {
    const std::string html = markdown_to_html("See [the rules].\n\n" + filler +
                                              "# Rules\n\n[the rules]: https://lovdata.no\n");
    CHECK(html.find("<a href=\"https://lovdata.no\">the rules</a>") != std::string::npos);
  }
  SUBCASE("a fenced block whose lines look like headings") {
    const std::string html =
        markdown_to_html("```\n\n" + filler + "# not a heading\n\n```\n\n# a heading\n");
    CHECK(html.find("<h1>not a heading</h1>") == std::string::npos);
    CHECK(html.find("\n# not a heading\n") != std::string::npos);
    CHECK(html.find("<h1>a heading</h1>") != std::string::npos);
  }
  SUBCASE("an HTML block that spans blank lines") {
    const std::string html =
        markdown_to_html("<!--\n\n" + filler + "# inside a comment\n\n-->\n\nAfter.\n");
    CHECK(html.find("<h1>inside a comment</h1>") == std::string::npos);
    CHECK(html.find("<p>After.</p>") != std::string::npos);
  }
}
