#include <doctest/doctest.h>

#include <cmark-gfm-core-extensions.h>
#include <cmark-gfm.h>

#include <cstdlib>
#include <memory>

#include "procure/documents/escaping.hpp"
#include "procure/documents/html_page.hpp"
#include "procure/documents/markdown_html.hpp"

using namespace procure;

namespace {

bool contains(std::string_view text, std::string_view part) {
  return text.find(part) != std::string_view::npos;
}

// A value escaped for Markdown, as the only cell of a table, converted to HTML.
std::string cell_html(std::string_view value) {
  return markdown_to_html("| A |\n|---|\n| " + markdown_escape(value) + " |\n");
}

// Markdown as GitHub reads it: cmark-gfm with its autolink extension,
// which procure's own converter leaves out.
std::string github_html(const std::string& text) {
  cmark_gfm_core_extensions_ensure_registered();
  const std::unique_ptr<cmark_parser, void (*)(cmark_parser*)> parser(
      cmark_parser_new(CMARK_OPT_DEFAULT), cmark_parser_free);
  for (const char* name : {"autolink", "table"})
    REQUIRE(cmark_parser_attach_syntax_extension(parser.get(), cmark_find_syntax_extension(name)));
  cmark_parser_feed(parser.get(), text.data(), text.size());
  const std::unique_ptr<cmark_node, void (*)(cmark_node*)> document(
      cmark_parser_finish(parser.get()), cmark_node_free);
  char* html = cmark_render_html(document.get(), CMARK_OPT_DEFAULT,
                                 cmark_parser_get_syntax_extensions(parser.get()));
  std::string rendered(html);
  std::free(html);
  return rendered;
}

}  // namespace

TEST_CASE("markdown escaping: punctuation with a meaning reads literally") {
  CHECK(markdown_escape("<script>alert('x')</script>") == "\\<script\\>alert('x')\\</script\\>");
  CHECK(markdown_escape("Samskaping & Co") == "Samskaping & Co");
  CHECK(markdown_escape("&amp; &#39; &#x27; R&D;") == "\\&amp; \\&\\#39; \\&\\#x27; R\\&D;");
  CHECK(markdown_escape("a*b*c") == "a\\*b\\*c");
  CHECK(markdown_escape("snake_case_name") == "snake\\_case\\_name");
  CHECK(markdown_escape("1 | 2") == "1 \\| 2");
  CHECK(markdown_escape("`code`") == "\\`code\\`");
  CHECK(markdown_escape("[link](x)") == "\\[link\\](x)");
  CHECK(markdown_escape("~~gone~~") == "\\~\\~gone\\~\\~");
  CHECK(markdown_escape("C:\\temp") == "C\\:\\\\temp");
  CHECK(markdown_escape("plain text, æøå.") == "plain text, æøå.");
}

TEST_CASE("markdown escaping: a value cannot start a heading, list, quote or underline") {
  CHECK(markdown_escape("# Heading") == "\\# Heading");
  CHECK(markdown_escape("- item") == "\\- item");
  CHECK(markdown_escape("+ item") == "\\+ item");
  CHECK(markdown_escape("=====") == "\\=====");
  CHECK(markdown_escape("> quote") == "\\> quote");
  CHECK(markdown_escape("1. first") == "1\\. first");
  CHECK(markdown_escape("12) twelfth") == "12\\) twelfth");
  CHECK(markdown_escape("2.") == "2\\.");
  // Numbers that are not list markers stay as they are.
  CHECK(markdown_escape("1.5 million") == "1.5 million");
  CHECK(markdown_escape("2018") == "2018");
  CHECK(markdown_escape("a - b + c") == "a - b + c");
}

TEST_CASE("markdown escaping: inside running text, leading markers mean nothing") {
  const auto inline_text = [](std::string_view value) {
    return markdown_escape(value, ValuePlace::inline_text);
  };
  CHECK(inline_text("1. mars 2018") == "1. mars 2018");
  CHECK(inline_text("+47 22 24 90 90") == "+47 22 24 90 90");
  CHECK(inline_text("- dash") == "- dash");
  CHECK(inline_text("=") == "=");
  CHECK(inline_text("# and > are escaped everywhere") == "\\# and \\> are escaped everywhere");
  CHECK(inline_text("*still* literal") == "\\*still\\* literal");
}

TEST_CASE("markdown escaping: one paragraph, without control characters") {
  CHECK(markdown_escape("line one\nline two\r\n\tend") == "line one line two   end");
  CHECK(markdown_escape("  padded  ") == "padded");
  CHECK(markdown_escape("\n- after a line break") == "\\- after a line break");
  CHECK(markdown_escape("bell\x07 and \x1E mark") == "bell and  mark");
  CHECK(markdown_escape("csi\xC2\x9B"
                        "2J, esc\x1b[2J, æ") == "csi2J, esc\\[2J, æ");
  CHECK(markdown_escape("") == "");
  CHECK(markdown_escape(" \n ") == "");
}

TEST_CASE("documents: a supplier's name cannot reorder what is shown, nor pass for another") {
  // "Fjell AS" with a right-to-left override would show "Fjell SA ...";
  // every bidirectional mark, embedding, override and isolate is left out,
  // and a line or paragraph separator is a line break like the others.
  const std::string name = "Fjell \u202E0 000 1 KON\u202C AS \u2066x\u2069 \u200Fy\u200E \u061Cz";
  CHECK(markdown_escape(name) == "Fjell 0 000 1 KON AS x y z");
  CHECK(html_escape(name) == "Fjell 0 000 1 KON AS x y z");
  CHECK(markdown_escape("one\u2028two\u2029three") == "one two three");
  CHECK(html_escape("one\u2028two") == "one\ntwo");
  // Dashes, quotation marks and no-break spaces share the first bytes, and stay.
  CHECK(markdown_escape("Fjord \u2013 \u201CLys\u201D\u00A0AS \u2020") ==
        "Fjord \u2013 \u201CLys\u201D\u00A0AS \u2020");
  CHECK(html_escape("\u2013\u00A0\u2022") == "\u2013\u00A0\u2022");
}

TEST_CASE("markdown escaping: what was typed is what the HTML shows") {
  CHECK(cell_html("<script>alert('x')</script>") ==
        "<table>\n<thead>\n<tr>\n<th>A</th>\n</tr>\n</thead>\n<tbody>\n<tr>\n"
        "<td>&lt;script&gt;alert('x')&lt;/script&gt;</td>\n</tr>\n</tbody>\n</table>\n");
  for (const std::string value : {"a | b", "*not bold*", "_not em_", "`not code`",
                                  "# not a heading", "- not a list", "1. not a list", "&amp; stays",
                                  "R&D & more", "[x](javascript:alert(1))", "<b>not bold</b>"}) {
    CAPTURE(value);
    const std::string html = cell_html(value);
    CHECK(contains(html, "<td>" + html_escape(value) + "</td>"));
    CHECK_FALSE(contains(html, "<em>"));
    CHECK_FALSE(contains(html, "<strong>"));
    CHECK_FALSE(contains(html, "<code>"));
    CHECK_FALSE(contains(html, "<a "));
  }
}

TEST_CASE("markdown escaping: a URI, www name or e-mail address in data never becomes a link") {
  for (const std::string value :
       {"https://evil.example/login", "See http://evil.example.", "www.evil.example",
        "WWW.Evil.Example", "(www.evil.example)", "post@evil.example", "mailto:post@evil.example",
        "ftp://evil.example", "xmpp:someone@evil.example", "javascript:alert(1)",
        "<https://evil.example>", "<post@evil.example>", "![x](https://evil.example/x.png)"}) {
    CAPTURE(value);
    const std::string html = cell_html(value);
    CHECK(contains(html, "<td>" + html_escape(value) + "</td>"));
    CHECK_FALSE(contains(html, "<a "));
    CHECK_FALSE(contains(html, "<img"));
  }
  CHECK(markdown_escape("kl. 09:30, merk: ingen") == "kl. 09:30, merk: ingen");
}

TEST_CASE("markdown escaping: GitHub's reader, bare links and addresses found, makes no link") {
  for (const std::string value :
       {"https://evil.example/login", "www.evil.example", "post@evil.example",
        "a.b+c@sub.evil.example", "user_x@evil-mail.example", "mailto:post@evil.example",
        "Kontakt: ola.nordmann@leverandor.no, tlf. 22 22 22 22", "x@y.z and again x@y.z"}) {
    CAPTURE(value);
    for (const auto place : {ValuePlace::block_start, ValuePlace::inline_text}) {
      const std::string escaped = markdown_escape(value, place);
      CHECK_FALSE(contains(github_html(escaped + "\n"), "<a "));
      CHECK_FALSE(contains(github_html("| A |\n|---|\n| " + escaped + " |\n"), "<a "));
    }
  }
  // Only where an address could be found: an "@" with no domain after it,
  // or none before it, is left as it is.
  CHECK(markdown_escape("post@evil.example") == "post@<!-- -->evil.example");
  CHECK(markdown_escape("@handle, 10 @ 5 kr, a@b") == "@handle, 10 @ 5 kr, a@b");
  // procure's own HTML shows the address as it was written.
  CHECK(contains(cell_html("post@evil.example"), "<td>post@evil.example</td>"));
  CHECK(contains(markdown_to_html(markdown_escape("Skriv til post@evil.example.") + "\n"),
                 "<p>Skriv til post@evil.example.</p>"));
}

TEST_CASE("html escaping: element content and attribute values") {
  CHECK(html_escape("<a href=\"x\">'&'</a>") ==
        "&lt;a href=&quot;x&quot;&gt;&#39;&amp;&#39;&lt;/a&gt;");
  CHECK(html_escape("æøå – ok\n") == "æøå – ok\n");
  CHECK(html_escape("nul\x01") == "nul");
  CHECK(html_escape("c1\xC2\x85 and \xC2\xA0no-break") == "c1 and \xC2\xA0no-break");
}

TEST_CASE("markdown to HTML: raw HTML in the Markdown is dropped, never passed through") {
  const std::string html = markdown_to_html(
      "<script>alert(1)</script>\n\nText <b onclick=\"x()\">bold</b> and <img src=x "
      "onerror=alert(1)>.\n\n[link](javascript:alert(1))\n");
  CHECK_FALSE(contains(html, "<script"));
  CHECK_FALSE(contains(html, "<b "));
  CHECK_FALSE(contains(html, "<img"));
  CHECK_FALSE(contains(html, "javascript:"));
  CHECK(contains(html, "raw HTML omitted"));
  CHECK(contains(html, "<p>Text "));
}

TEST_CASE("markdown to HTML: tables with right-aligned columns as styles, and a template's links") {
  const std::string html = markdown_to_html(
      "| No. | Weight |\n|---|--:|\n| 1 | 30 % |\n\nSee <https://doffin.no>, not "
      "https://evil.example, www.evil.example or post@evil.example.\n");
  CHECK(contains(html, "<td style=\"text-align: right\">30 %</td>"));
  CHECK_FALSE(contains(html, " align="));
  CHECK(contains(html, "<a href=\"https://doffin.no\">https://doffin.no</a>"));
  CHECK(contains(html, ", not https://evil.example, www.evil.example or post@evil.example."));
}

TEST_CASE(
    "html page: self-contained, with language, escaped title and a stylesheet that stays one") {
  const std::string page =
      html_page_start({"Q&A <draft>", Lang::nn, "p { color: red }\n/* </style><script> */\n",
                       "procure 0.1.0"}) +
      "<p>Body</p>\n" + std::string(html_page_end);
  CHECK(page.starts_with("<!DOCTYPE html>\n<html lang=\"nn\">\n"));
  CHECK(contains(page, "<title>Q&amp;A &lt;draft&gt;</title>"));
  CHECK(contains(page, "<meta name=\"generator\" content=\"procure 0.1.0\">"));
  CHECK_FALSE(contains(page, "</style><script>"));
  CHECK(contains(page, "/* \\3C /style>\\3C script> */"));
  CHECK_FALSE(contains(page, "<script"));
  CHECK(html_page_start({"x", Lang::nb, "p::before { content: \"</STYLE >\" }", ""})
            .find("<style>\np::before { content: \"\\3C /STYLE >\" }</style>") !=
        std::string::npos);
  CHECK(contains(page, "<main>\n<p>Body</p>\n</main>"));
}
