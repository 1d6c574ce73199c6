#include <doctest/doctest.h>

#include <string>
#include <string_view>

#include "procure/documents/escaping.hpp"
#include "procure/documents/markdown_html.hpp"
#include "procure/documents/plain_table_html.hpp"

using namespace procure;

namespace {

// Whether the table at the text's start is written without cmark-gfm.
bool written_directly(std::string_view markdown) {
  std::string html;
  return append_plain_table_html(markdown, 0, html).has_value();
}

}  // namespace

TEST_CASE("plain tables: written as cmark-gfm writes them") {
  const std::string header = "| No. | Supplier | **Price** | Note |\n|---|:--|--:|:-:|\n";
  // Each cell is plain text, some of it in strong emphasis.
  for (const std::string_view rows : {
           "| 1 | Leverandør AS | NOK 2\u00a0366\u00a0000 | ok |\n",
           "| 1 | A \\| B | \\*not emphasis\\* | \\# \\> \\& \\. |\n",
           "| 2 | \"Quoted\" & co > 3 | a & b; &; | trailing & |\n",
           "| 3 |  | **Kvalitet** | **Miljø** |\n| 4 |\t tabs\t | ||\n",
           "| 5 | **(x)** | **\\*** | **à** |\n",
           "| 6 | 2 **(flagged)** | **a** and **b** | x **y\\.** z |\n",
           "",
       }) {
    CAPTURE(rows);
    const std::string markdown = header + std::string(rows) + "\nAfter.\n";
    CHECK(written_directly(markdown));
    CHECK(markdown_to_html(markdown) == markdown_to_html_in_one_pass(markdown));
  }
}

TEST_CASE("plain tables: what is not plain is left to cmark-gfm, to the same HTML") {
  const std::string header = "| A | B |\n|---|--:|\n";
  for (const std::string_view rows : {
           "| *em* | x |\n",          // emphasis
           "| `code` | x |\n",        // code
           "| [link](x) | x |\n",     // link
           "| <b> | x |\n",           // raw HTML
           "| &amp; | x |\n",         // an entity reference
           "| &#123; | x |\n",        // a numeric one
           "| a\\b | x |\n",          // a backslash before a letter
           "| a\\\\ | x |\n",         // an escaped backslash: a bug of cmark-gfm's
           "| a\\\\| x |\n",          // reads one ending a cell as escaping the pipe
           "| ** x** | y |\n",        // no strong emphasis: white space inside
           "| **x ** | y |\n",        // at either end
           "| a**b** | y |\n",        // a "**" that may open and close
           "| **a**b | y |\n",        // the same
           "| ***a*** | y |\n",       // a run of three
           "| **a | y |\n",           // not closed
           "| a ** b | y |\n",        // neither opening nor closing
           "| **\u2003x** | y |\n",   // nor Unicode white space
           "| x | y | z |\n",         // a row of another width
           "| x |\n",                 // a short row
           "| x | y\n",               // no closing pipe
           "| x | y |  \n",           // blanks after it
           "| x | y |\nnot a row\n",  // a line that is not a row
           "| x | y |\n   \n",        // a line of blanks after the rows
           "| x | y |",               // no line end
           "| caf\xc3 | x |\n",       // not UTF-8
           "| a\x01 | x |\n",         // a control character
       }) {
    CAPTURE(rows);
    const std::string markdown = header + std::string(rows) + "\nAfter.\n";
    CHECK_FALSE(written_directly(markdown));
    CHECK(markdown_to_html(markdown) == markdown_to_html_in_one_pass(markdown));
  }
  // Not a table at all, or not one of these.
  for (const std::string_view markdown : {
           "| A | B |\n|---|\n| 1 | 2 |\n",  // header and delimiter differ
           "| A |\n| --- x |\n",             // not a delimiter row
           "| A |\n|:|\n",                   // no dash
           "| A |\n",                        // no delimiter row
           "A | B\n--|--\n1 | 2\n",          // no outer pipes
       }) {
    CAPTURE(markdown);
    CHECK_FALSE(written_directly(markdown));
    CHECK(markdown_to_html(markdown) == markdown_to_html_in_one_pass(markdown));
  }
}

TEST_CASE("plain tables: only where a table starts a top-level block") {
  const std::string table = "| A | B |\n|---|---|\n| 1 | 2 |\n";
  for (const std::string& markdown : {
           "Paragraph\n" + table,                  // a paragraph's line first
           "- item\n\n" + table,                   // after a list
           "- item\n\n  " + table,                 // inside it
           "> quote\n\n" + table,                  // after a quote
           ">\n" + table,                          // a lazy line
           "    code\n\n" + table,                 // after indented code
           "# Heading\n" + table,                  // right after a heading
           "Text\n\n" + table + "Text\n" + table,  // a row that is a paragraph's
           "\n\n" + table + "\n" + table + table,
           "\r\r ~~~\n\n" + table,  // a fence on a line a CR ends
           "Text\r\n\r\n" + table,  // lines ended by CRLF
       }) {
    CAPTURE(markdown);
    CHECK(markdown_to_html(markdown) == markdown_to_html_in_one_pass(markdown));
  }
}

TEST_CASE("plain tables: escaped supplier text in a cell reads as cmark-gfm reads it") {
  // markdown_escape's output for every printable ASCII character, and a few others.
  std::string text;
  for (char c = ' '; c <= '~'; ++c)
    text += c;
  for (const std::string& value : {text, std::string("Leverandør & Sønn AS <script>"),
                                   std::string("www.example.com | https://x.no/?a=1&b=2"),
                                   std::string("- 1. # > = ** _x_ `y`")}) {
    CAPTURE(value);
    const std::string markdown =
        "| A |\n|---|\n| " + markdown_escape(value, ValuePlace::inline_text) + " |\n";
    CHECK(markdown_to_html(markdown) == markdown_to_html_in_one_pass(markdown));
  }
}
