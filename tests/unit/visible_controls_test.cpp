#include <doctest/doctest.h>

#include "common/app_catalog.hpp"
#include "common/diagnostic_output.hpp"
#include "common/table.hpp"
#include "procure/text/visible_controls.hpp"

using namespace procure;

namespace {

bool has_raw_control(std::string_view text) {
  for (const char c : text) {
    const auto byte = static_cast<unsigned char>(c);
    if ((byte < 0x20 && c != '\n') || byte == 0x7F)
      return true;
  }
  return text.find("\xE2\x80\xAE") != std::string_view::npos ||
         text.find("\xC2\x9B") != std::string_view::npos;
}

}  // namespace

TEST_CASE(
    "visible controls: escape sequences, C1 controls, bidi overrides and invisible spaces are "
    "shown") {
  CHECK(visible_controls("Evil\x1b[2J\x1b[H AS") == "Evil\\x1b[2J\\x1b[H AS");
  CHECK(visible_controls("\x1b]8;;https://evil.example\x1b\\link") ==
        "\\x1b]8;;https://evil.example\\x1b\\link");
  CHECK(visible_controls("bell\x07 del\x7F") == "bell\\x07 del\\x7f");
  CHECK(visible_controls("csi\xC2\x9B"
                         "2J") == "csi\\u009b2J");
  CHECK(visible_controls("\xE2\x80\xAE"
                         "SA droF\xE2\x80\xAC") == "\\u202eSA droF\\u202c");
  CHECK(visible_controls("\xE2\x81\xA6isolate\xE2\x81\xA9") == "\\u2066isolate\\u2069");
  // Characters that show nothing: "Fjord\u200bAS" would look like "FjordAS".
  CHECK(visible_controls("Fjord\xE2\x80\x8B"
                         "AS Word\xE2\x81\xA0"
                         "joiner") == "Fjord\\u200bAS Word\\u2060joiner");
  // A byte order mark inside a value is one more that shows nothing.
  CHECK(visible_controls("Fjord\xEF\xBB\xBF"
                         "AS") == "Fjord\\ufeffAS");
  // Its neighbours, the fullwidth and half-width forms, show.
  CHECK(visible_controls("\xEF\xBC\xA1\xEF\xBD\xA1") == "\xEF\xBC\xA1\xEF\xBD\xA1");
  // The joiners that shape emoji and some scripts stay as they are.
  CHECK(visible_controls("\xF0\x9F\x91\xA9\xE2\x80\x8D\xF0\x9F\x92\xBB") ==
        "\xF0\x9F\x91\xA9\xE2\x80\x8D\xF0\x9F\x92\xBB");
  CHECK(visible_controls("bad \xFF byte") == "bad \\xff byte");
  CHECK(visible_controls("cut \xE2\x80") == "cut \\xe2\\x80");
  CHECK(visible_controls("Blåbær – ÆØÅ AS, 北京") == "Blåbær – ÆØÅ AS, 北京");
  CHECK(visible_controls("C:\\temp") == "C:\\temp");
}

TEST_CASE("visible controls: line breaks and tabs are layout only where asked") {
  CHECK(visible_controls("one\ntwo\r\n\tthree") == "one\\x0atwo\\x0d\\x0a\\x09three");
  CHECK(visible_controls("one\ntwo\r\n\tthree", LineBreaks::kept) == "one\ntwo\r\n\tthree");
  CHECK(visible_controls("over\rwrite", LineBreaks::kept) == "over\\x0dwrite");
}

TEST_CASE("tables show a supplier's control characters instead of acting on them") {
  cli::Table table({"Tender", "Supplier"});
  table.add_row({"T1", "Evil\x1b[2J\x1b[1;1HAS"});
  table.add_row({"T2", "Fake\nT0  Winner AS"});
  const std::string text = table.render();
  CHECK_FALSE(has_raw_control(text));
  CHECK(text ==
        "Tender  Supplier\n"
        "------  ----------------------\n"
        "T1      Evil\\x1b[2J\\x1b[1;1HAS\n"
        "T2      Fake\\x0aT0  Winner AS\n");
}

TEST_CASE("diagnostics show control characters of the input in arguments and source lines") {
  Diagnostic d;
  d.code = "value.expected-percent";
  d.args = {{"value", "\x1b[2Jthirty"}};
  d.where = SourceSpan{"case\x1b]0;x\x07.yaml", 14, 13, 10, "  \xE2\x80\xAE weight: \x1b[2Jthirty"};
  const std::string text = cli::format_diagnostic(d, cli::app_catalog(), Lang::en);
  CHECK_FALSE(has_raw_control(text));
  CHECK(text ==
        "procure: error: case\\x1b]0;x\\x07.yaml:14:13: '\\x1b[2Jthirty' is not a percentage\n"
        "  14 |   \\u202e weight: \\x1b[2Jthirty\n"
        "     |                  ^^^^^^^^^^^^^\n"
        "  hint: write a number, with or without %: 30, 30 %, 12,5 %\n");
}
