// Fuzz target for the Markdown path of the documents: supplier text escaped
// for Markdown where a template puts values (a block, running text, a table
// cell), then rendered to HTML. Whatever the text, the page keeps the
// template's structure and nothing else: no link, no emphasis, no raw tag,
// no heading or list of the supplier's making. HTML escaping leaves no
// markup character, and neither leaves a character that acts instead of
// showing (a bidirectional override, a control) but HTML's tabs and line
// breaks.
#include <array>
#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>

#include "fuzz_support.hpp"
#include "procure/core/utf8.hpp"
#include "procure/documents/escaping.hpp"
#include "procure/documents/markdown_html.hpp"

namespace {

using procure::fuzz::expect;
using procure::fuzz::holds_acting_character;

// The tags the page below renders to, and only those.
constexpr std::array<std::string_view, 16> page_tags{
    "<h1>",    "</h1>",    "<p>",  "</p>",  "<table>", "</table>", "<thead>", "</thead>",
    "<tbody>", "</tbody>", "<tr>", "</tr>", "<th>",    "</th>",    "<td>",    "</td>"};

std::size_t count(std::string_view text, std::string_view what) {
  std::size_t n = 0;
  for (auto at = text.find(what); at != std::string_view::npos; at = text.find(what, at + 1))
    ++n;
  return n;
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  const std::string_view text(reinterpret_cast<const char*>(data), size);
  // Supplier text has passed the readers' UTF-8 check before it reaches a document.
  if (procure::utf8::first_invalid(text))
    return 0;

  const auto html_text = procure::html_escape(text);
  expect(html_text.find_first_of("<>\"") == std::string::npos,
         "HTML escaping leaves no markup character");
  expect(html_text.size() <= 6 * text.size(), "HTML escaping is bounded");
  expect(!holds_acting_character(html_text, "\t\n\r"),
         "HTML escaping leaves nothing that acts but line breaks");

  const auto block = procure::markdown_escape(text, procure::ValuePlace::block_start);
  const auto inline_text = procure::markdown_escape(text, procure::ValuePlace::inline_text);
  expect(block.find('\n') == std::string::npos && inline_text.find('\n') == std::string::npos,
         "an escaped value stays on its line");
  expect(block.size() <= 8 * text.size() + 8 && inline_text.size() <= 8 * text.size() + 8,
         "Markdown escaping is bounded");
  expect(!holds_acting_character(block, "") && !holds_acting_character(inline_text, ""),
         "Markdown escaping leaves nothing that acts");

  std::string page = "# Tender\n\n";
  page += block + "\n\nSupplier: " + inline_text + "\n\n";
  page += "| Supplier | Price |\n|---|---:|\n| " + inline_text + " | NOK 1 |\n";
  const auto html = procure::markdown_to_html(page);

  for (auto at = html.find('<'); at != std::string::npos; at = html.find('<', at + 1)) {
    const auto rest = std::string_view(html).substr(at);
    bool known = false;
    for (const auto tag : page_tags)
      known = known || rest.starts_with(tag);
    // The price column is right-aligned by a style attribute.
    known = known || rest.starts_with("<th style=\"text-align: right\">") ||
            rest.starts_with("<td style=\"text-align: right\">");
    if (!known)
      procure::fuzz::fail("escaped supplier text yields no tag of its own");
  }
  // A value of blanks only leaves its block empty, which is no paragraph.
  const std::size_t paragraphs = block.find_first_not_of(" \t") == std::string::npos ? 1 : 2;
  expect(
      count(html, "<h1>") == 1 && count(html, "<p>") == paragraphs && count(html, "<table>") == 1,
      "escaped supplier text keeps the page's blocks");
  expect(count(html, "<tr>") == 2 && count(html, "<td") == 2,
         "escaped supplier text keeps the table's rows and cells");
  return 0;
}
