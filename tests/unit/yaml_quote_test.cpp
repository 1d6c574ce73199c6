// Any text written as a double-quoted YAML scalar reads back as itself.
#include <doctest/doctest.h>

#include "procure/yaml/quote.hpp"
#include "procure/yaml/reader.hpp"

using namespace procure;

TEST_CASE("yaml quoting: every text reads back unchanged") {
  const std::string texts[] = {"Bjørkelund & Fjell AS",
                               "=HYPERLINK(\"x\")",
                               "<script>alert(1)</script>",
                               "- a list? # a comment?",
                               "key: value",
                               "tab\there, line\nbreak, cr\rend",
                               "bell \x07 del \x7f",
                               "next line \xC2\x85 C1",
                               "Fjell \u202ESA\u202C \u2066x\u2069 \u200F\u061C\u2028end",
                               "back\\slash \"quoted\"",
                               "*alias &anchor !tag",
                               "  leading and trailing  ",
                               ""};
  for (const auto& text : texts) {
    CAPTURE(text);
    const std::string yaml = "value: " + yaml::double_quoted(text) + "\n";
    Diagnostics diagnostics;
    const auto source = make_source_file("q.yaml", yaml, diagnostics);
    REQUIRE(source);
    const auto root = yaml::parse(*source, diagnostics);
    REQUIRE(root);
    CHECK(diagnostics.empty());
    CHECK(root->find("value")->text == text);
  }
}

TEST_CASE("yaml quoting: nothing that acts instead of showing is written as it is") {
  // A supplier's name in a case file shown on a terminal or in an editor
  // reads as written: its controls and bidirectional overrides are escapes.
  CHECK(yaml::scalar("Fjell \u202ESA\u202C\x7F\xC2\x85") ==
        "\"Fjell \\u202eSA\\u202c\\u007f\\u0085\"");
  CHECK(yaml::scalar("Fjord \u2013 \u00A0AS") == "Fjord \u2013 \u00A0AS");
  // A byte order mark shows nothing, where it starts a value or inside one.
  CHECK(yaml::scalar("\xEF\xBB\xBF"
                     "bom") == "\"\\ufeffbom\"");
}
