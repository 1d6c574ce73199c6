// Fuzz target for the tables markdown_to_html writes without cmark-gfm:
// whatever the Markdown, the HTML is exactly cmark-gfm's of the whole text
// in one pass. The input is tried as it is, and as the rows of a table
// whose header the target writes, so that most inputs reach a table.
#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>

#include "fuzz_support.hpp"
#include "procure/documents/markdown_html.hpp"

namespace {

void expect_as_cmark(std::string_view markdown) {
  procure::fuzz::expect(
      procure::markdown_to_html(markdown) == procure::markdown_to_html_in_one_pass(markdown),
      "the HTML is cmark-gfm's, tables written directly or not");
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  const std::string_view text(reinterpret_cast<const char*>(data), size);
  expect_as_cmark(text);
  expect_as_cmark("# Tenders\n\n| Tender | **Price** | Note |\n|---|--:|:-:|\n" +
                  std::string(text));
  return 0;
}
