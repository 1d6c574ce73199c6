#include <doctest/doctest.h>

#include <algorithm>
#include <atomic>
#include <string>
#include <vector>

#include "../shared/part_runners.hpp"
#include "procure/documents/markdown_html.hpp"

using namespace procure;

namespace {

// A section of a long report: a heading, a table of plain text (written
// directly), one with emphasis (cmark-gfm's), a paragraph; about 3 KB.
std::string section(int n) {
  std::string text = "### " + std::to_string(n) + ". Tender t" + std::to_string(n) + "\n\n";
  text += "| No. | Criterion | Points |\n|---|---|--:|\n";
  for (int row = 0; row < 36; ++row)
    text += "| " + std::to_string(row) + " | Quality \\<x\\> | 12,5 |\n";
  text += "\n| No. | Criterion |\n|---|---|\n| 1 | *Quality* |\n";
  return text + "\nSome **text**.\n\n";
}

// More sections of 64 KB than two threads may convert ahead of the one given last.
std::string longer_than_a_window() {
  std::string whole;
  while (whole.size() <= (2 * markdown_pieces_a_thread + 1) * 64 * 1024u)
    whole += section(static_cast<int>(whole.size()));
  return whole;
}

}  // namespace

TEST_CASE("markdown to HTML: a long document is converted a section at a time, to the same HTML") {
  std::string whole;
  std::string expected;
  for (int n = 0; n < 250; ++n) {
    whole += section(n);
    expected += markdown_to_html(section(n));
  }
  REQUIRE(whole.size() > 4 * 64 * 1024u);
  CHECK(markdown_to_html(whole) == expected);
}

TEST_CASE("markdown to HTML: a long document's sections converted at once give the same HTML") {
  // In order, last first, and each on a thread of its own (cmark-gfm
  // converting several sections at the same time), at every width.
  const std::string whole = longer_than_a_window();
  const std::string expected = markdown_to_html(whole);
  std::vector<std::size_t> task_counts;
  for (const TaskRunner& runner : test::part_runners(task_counts))
    CHECK(markdown_to_html(whole, runner) == expected);
  // The sections were made by as many tasks as each runner runs at once.
  REQUIRE(task_counts.size() > 1);
  CHECK(task_counts.front() == 2);
  CHECK(std::find(task_counts.begin(), task_counts.end(), 64u) != task_counts.end());
  CHECK(markdown_to_html_in_one_pass(whole) == expected);
}

TEST_CASE("markdown to HTML: a long document's HTML given a section at a time, each whole") {
  const std::string whole = longer_than_a_window();
  const std::string expected = markdown_to_html_in_one_pass(whole);
  std::vector<std::size_t> task_counts;
  for (const TaskRunner& runner : test::part_runners(task_counts)) {
    std::vector<std::string> parts;
    markdown_to_html(whole, runner, [&parts](std::string& part) { parts.push_back(part); });
    std::string joined;
    for (const auto& part : parts) {
      // A section's HTML: its heading's element first, no tag cut at either end.
      CHECK(part.starts_with("<h3>"));
      CHECK(part.ends_with(">\n"));
      joined += part;
    }
    CHECK(parts.size() >= 2 * markdown_pieces_a_thread);
    CHECK(joined == expected);
  }
  // A text that cannot be cut is one part.
  std::vector<std::string> parts;
  markdown_to_html("```\ncode\n", {}, [&parts](std::string& part) { parts.push_back(part); });
  CHECK(parts == std::vector<std::string>{"<pre><code>code\n</code></pre>\n"});
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

TEST_CASE("markdown to HTML: lines that may open a block across sections, at any indent") {
  // Each opening just before the first heading a cut could fall on, in a
  // long document: the HTML is cmark-gfm's of the whole text, whether the
  // document is cut or not.
  std::string filler;
  while (filler.size() < 100'000)
    filler += "A paragraph of the report, with *emphasis* and 12,50 points.\n\n";
  std::string sections;
  for (int n = 0; sections.size() < 200'000; ++n)
    sections += section(n);
  std::vector<std::size_t> task_counts;
  // part_runners gives each width's in-order, last-first and threaded runners: width 2's third.
  const TaskRunner two_threads = test::part_runners(task_counts)[2];
  for (const std::string_view opening : {
           "<!--\n\n# inside\n\n-->\n",            // an HTML block across blank lines
           "   <!--\n\n# inside\n\n-->\n",         // indented as far as it may be
           "\t<!--\n\n# after code\n",             // a tab: indented code
           "  ```\n\n# not a heading\n\n  ```\n",  // an indented fence
           "~~~\n\n# not a heading\n\n~~~\n",      // a tilde fence
           " ~~~\n\n# not a heading\n\n~~~\n",     // indented
           "```procure-figure\npoints-chart\n```\n\n# after the figure\n",  // may be cut
           " ```procure-figure\npoints-chart\n```\n\n# after\n",  // not at the line's start
           "```procure-figure\npoints-chart\n\n# inside\n",       // never closed
           "`` not a fence `\n\n# after\n",                       // two backticks
       }) {
    CAPTURE(opening);
    const std::string whole = filler + std::string(opening) + "\n" + sections;
    CHECK(markdown_to_html(whole, two_threads) == markdown_to_html_in_one_pass(whole));
  }
}

TEST_CASE("markdown to HTML: an edit is applied to every part once, before it is given") {
  const std::string whole = longer_than_a_window();
  const std::string expected = markdown_to_html_in_one_pass(whole);
  std::vector<std::size_t> task_counts;
  for (const TaskRunner& runner : test::part_runners(task_counts)) {
    std::atomic<std::size_t> edits = 0;
    std::vector<std::string> parts;
    markdown_to_html(
        whole, runner, [&parts](std::string& part) { parts.push_back(part); },
        [&edits](std::string& part) {
          ++edits;
          part += "<!-- edited -->";
        });
    std::string joined;
    for (auto part : parts) {
      REQUIRE(part.ends_with("<!-- edited -->"));
      part.resize(part.size() - std::string_view("<!-- edited -->").size());
      joined += part;
    }
    CHECK(edits == parts.size());
    CHECK(joined == expected);
  }
  // A text converted whole is edited too.
  std::vector<std::string> parts;
  markdown_to_html(
      "```\ncode\n", {}, [&parts](std::string& part) { parts.push_back(part); },
      [](std::string& part) { part = "[" + part + "]"; });
  CHECK(parts == std::vector<std::string>{"[<pre><code>code\n</code></pre>\n]"});
}

TEST_CASE("markdown to HTML: where a text may be cut into segments converted apart") {
  CHECK(converts_apart("Text.\n\n", "# Heading"));
  CHECK(converts_apart("| a |\n\n\n", "###### Six\n"));
  CHECK(converts_apart("\n\n", "#"));
  CHECK_FALSE(converts_apart("Text.\n", "# Heading"));  // no blank line: a paragraph goes on
  CHECK_FALSE(converts_apart("Text.\n\n", "#Heading"));
  CHECK_FALSE(converts_apart("Text.\n\n", "####### Seven"));
  CHECK_FALSE(converts_apart("Text.\n\n", " # Indented"));
  CHECK_FALSE(converts_apart("Text.\n\n", "| a |"));
  CHECK_FALSE(converts_apart("\n", "# Heading"));
  CHECK_FALSE(converts_apart("Text.\n\n", ""));
}

TEST_CASE("markdown to HTML: a text given in segments gives the HTML of the text whole") {
  // Segments of one or two sections; at the meeting of two, what keeps the
  // whole text from being cut: a link defined in one and used in the next,
  // a fence opened in one and closed in the next (a blank line and a
  // heading inside), a carriage return; at every width.
  struct Across {
    std::string end_of_first;
    std::string start_of_next;
  };
  for (const Across& across :
       {Across{"", ""}, Across{"[x]: https://example.org\n\n", "# See [x]\n\n"},
        Across{"```\ncode\n\n", "# inside\n```\n\n"}, Across{"Line\r\n\r\n", "# After\r\n\r\n"}}) {
    CAPTURE(across.end_of_first);
    std::vector<std::string> texts;
    for (int n = 0; n < 120; ++n)
      texts.push_back(section(n));
    texts[60] += across.end_of_first;
    texts[61] = across.start_of_next + texts[61];
    // Sections 60 and 61 start segments of their own.
    std::string whole;
    std::vector<std::string_view> segments;
    for (std::size_t k = 0; k < texts.size(); k += 1 + k % 3) {
      for (std::size_t j = k + 1; j < std::min(texts.size(), k + 1 + k % 3); ++j)
        texts[k] += texts[j];
      whole += texts[k];
      segments.emplace_back(texts[k]);
    }
    const std::string expected = markdown_to_html_in_one_pass(whole);
    std::vector<std::size_t> task_counts;
    std::vector<TaskRunner> runners = test::part_runners(task_counts);
    runners.emplace_back();
    for (const TaskRunner& runner : runners) {
      std::string html;
      markdown_to_html(segments, runner, [&html](std::string& part) { html += part; });
      CHECK(html == expected);
    }
  }
}
