// Fuzz target for converting a long document a section at a time: the input
// stands at the start, just before the first heading a cut could fall on
// (after more than a section's worth of paragraphs), and after that heading.
// Whatever it opens or defines there (an HTML block, a fence, a link
// reference, a carriage return), the HTML, cut into sections or not, and
// given in segments cut wherever converts_apart allows, is cmark-gfm's of
// the whole text in one pass.
#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

#include "fuzz_support.hpp"
#include "procure/documents/markdown_html.hpp"

namespace {

// Paragraphs without a heading, longer than a section (64 KB): the first
// place a cut may fall is after them.
const std::string& paragraphs() {
  static const std::string text = [] {
    std::string filler;
    while (filler.size() <= 64 * 1024)
      filler += "A paragraph of the report, with *emphasis* and [a link].\n\n";
    return filler;
  }();
  return text;
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  const std::string_view input(reinterpret_cast<const char*>(data), size);
  std::string whole(input);
  whole += "\n\n" + paragraphs();
  whole += input;
  whole += "\n\n# A heading a cut may fall on\n\n";
  whole += input;
  whole += "\n\n## Another\n\n| A | B |\n|---|--:|\n| 1 | 2 |\n";
  const std::string expected = procure::markdown_to_html_in_one_pass(whole);
  procure::fuzz::expect(procure::markdown_to_html(whole) == expected,
                        "the HTML is cmark-gfm's of the whole text, the document cut into "
                        "sections or not");
  const std::string_view text(whole);
  std::vector<std::string_view> segments;
  std::size_t begin = 0;
  for (std::size_t at = 1; at < text.size(); ++at) {
    if (procure::converts_apart(text.substr(begin, at - begin), text.substr(at))) {
      segments.push_back(text.substr(begin, at - begin));
      begin = at;
    }
  }
  segments.push_back(text.substr(begin));
  std::string html;
  procure::markdown_to_html(segments, {}, [&html](std::string& part) { html += part; });
  procure::fuzz::expect(html == expected,
                        "the HTML is cmark-gfm's of the whole text, given in segments");
  return 0;
}
