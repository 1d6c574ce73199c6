#include <doctest/doctest.h>

#include "procure/yaml/node.hpp"
#include "procure/yaml/quoting_trap.hpp"
#include "test_support.hpp"

using namespace procure;
using test::codes;

namespace {

// The quoted line find_quoting_trap offers, or "" when it finds nothing.
std::string quoted_line_of(std::string_view line) {
  const auto trap = yaml::find_quoting_trap(line);
  return trap ? trap->quoted_line : "";
}

std::string syntax(std::string_view line) {
  const auto trap = yaml::find_quoting_trap(line);
  return trap ? trap->syntax : "";
}

}  // namespace

TEST_CASE("quoting traps: values that read as written are left alone") {
  for (const char* line : {
           "",
           "# a comment: with? everything, #",
           "title: Prosessbistand",
           "  kind: plenary                    # plenary or one-to-one",
           "place: Akersgata 59, Oslo",
           "question: Er det ønskelig at innspillene beskriver pris?",
           "source: https://www.regjeringen.no/no/aktuelt/terskelverdier/id3030686/",
           "time: \"09:30\"",
           "text: |",
           "text: >-  # folded",
           "a: &anchor",
           "b: *anchor",
           "c: &anchor value",
           "- id: x",
           "- - nested",
           "title: {nb: Leverandørdialogmøte, en: Supplier dialogue meeting}",
           "when: {electronic_submission: true}",
           "consensus: {score: 8, reason: \"Omforent: ...\"}",
           "breaks: [\"11:30-12:15\"]   # times of day left out",
           "alarms: [7d, 1d]",
           "a: {b: [1, 2], c: {d: e}}  # nested",
           "\"quoted key\": value",
           "title: \"Best\"  # a comment",
           "title: 'it''s'",
       }) {
    const std::string shown = line;
    CAPTURE(shown);
    CHECK_FALSE(yaml::find_quoting_trap(line).has_value());
  }
}

TEST_CASE("quoting traps: a value that needs quotes is found and quoted") {
  const auto trap = yaml::find_quoting_trap(
      "    text: {nb: Hva mener dere er egnet prosess og metode?, en: ...}");
  REQUIRE(trap);
  CHECK(trap->begin == 15);
  CHECK(trap->end == 57);
  CHECK(trap->syntax == "?");
  CHECK(trap->quoted_line == "text: {nb: \"Hva mener dere er egnet prosess og metode?\", en: ...}");

  CHECK(quoted_line_of("t: {nb: a, b, en: c}") == "t: {nb: \"a, b\", en: c}");
  CHECK(syntax("t: {nb: a, b, en: c}") == ",");
  CHECK(quoted_line_of("t: {nb: Fase 1: analyse, en: x}") == "t: {nb: \"Fase 1: analyse\", en: x}");
  CHECK(quoted_line_of("t: {nb: Oppdrag #4, en: x}") == "t: {nb: \"Oppdrag #4\", en: x}");
  CHECK(syntax("t: {nb: Oppdrag #4, en: x}") == "#");
  CHECK(quoted_line_of("t: [a, b?]") == "t: [a, \"b?\"]");
  CHECK(quoted_line_of("- nb: Fase 1: analyse  # note") == "- nb: \"Fase 1: analyse\"  # note");
  CHECK(quoted_line_of("t: @handle") == "t: \"@handle\"");
  CHECK(quoted_line_of("t: `code`") == "t: \"`code`\"");
  CHECK(quoted_line_of("t: %-sats") == "t: \"%-sats\"");
  CHECK(quoted_line_of("t: & Co") == "t: \"& Co\"");
  CHECK(quoted_line_of("t: &a & Co") == "t: &a \"& Co\"");
  CHECK(quoted_line_of("t: *Viktig* oppdrag") == "t: \"*Viktig* oppdrag\"");
  CHECK(quoted_line_of("t: | line") == "t: \"| line\"");
  CHECK(quoted_line_of("t: >50 kr") == "t: \">50 kr\"");
  CHECK(quoted_line_of("t: [Utkast] tekst") == "t: \"[Utkast] tekst\"");
  CHECK(quoted_line_of("t: {Utkast} tekst") == "t: \"{Utkast} tekst\"");
  CHECK(quoted_line_of("t: - tekst") == "t: \"- tekst\"");
  CHECK(quoted_line_of("t: ? tekst") == "t: \"? tekst\"");
  CHECK(quoted_line_of("t: {nb: [Utkast] tekst, en: x}") == "t: {nb: \"[Utkast] tekst\", en: x}");
}

TEST_CASE("quoting traps: a hostile line is read in bounded depth") {
  CHECK_FALSE(yaml::find_quoting_trap("a: " + std::string(200'000, '[')).has_value());
  std::string anchors = "a:";
  for (int i = 0; i < 100'000; ++i)
    anchors += " &a";
  CHECK_FALSE(yaml::find_quoting_trap(anchors).has_value());
  CHECK(quoted_line_of(anchors.substr(0, 11) + " @x") == "a: &a &a &a \"@x\"");
}

TEST_CASE("quoting traps: quotes and backslashes in the value are escaped") {
  CHECK(quoted_line_of(R"(t: "Best" i test)") == R"(t: "\"Best\" i test")");
  CHECK(quoted_line_of(R"(t: {nb: Hva "mener" C:\dere?, en: x})") ==
        R"(t: {nb: "Hva \"mener\" C:\\dere?", en: x})");
}

TEST_CASE("quoting traps: a list or map written where text belongs") {
  const auto trap = yaml::collection_as_text("  title: {nb: [Utkast], en: x}  # c", 14);
  REQUIRE(trap);
  CHECK(trap->syntax == "[");
  CHECK(trap->quoted_line == "title: {nb: \"[Utkast]\", en: x}  # c");
  CHECK(yaml::collection_as_text("title: [a, {b: c}]", 7)->quoted_line == "title: \"[a, {b: c}]\"");
  CHECK_FALSE(yaml::collection_as_text("title: [Utkast", 7).has_value());
  CHECK_FALSE(yaml::collection_as_text("title: Utkast", 7).has_value());
  CHECK_FALSE(yaml::collection_as_text("title: x", 70).has_value());
}

TEST_CASE("quoting traps: every value on the line is quoted in the hint") {
  const auto trap = yaml::find_quoting_trap("t: {nb: a?, en: b, c}");
  REQUIRE(trap);
  CHECK(trap->syntax == "?");
  CHECK(trap->values.size() == 2);
  CHECK(trap->quoted_line == "t: {nb: \"a?\", en: \"b, c\"}");
}

TEST_CASE("quoting traps: the parser reports them as yaml.needs-quotes, never unknown keys") {
  const auto parse = [](std::string text) {
    Diagnostics diagnostics;
    auto source = make_source_file("t.yaml", std::move(text), diagnostics);
    REQUIRE(source.has_value());
    auto root = yaml::parse(*source, diagnostics);
    return std::pair{std::move(root), std::move(diagnostics)};
  };
  SUBCASE("a syntax error at the value") {
    const auto [root, diagnostics] = parse("a:\n  t: {nb: Hva?, en: x}\n");
    CHECK_FALSE(root.has_value());
    REQUIRE(codes(diagnostics) == std::vector<std::string>{"yaml.needs-quotes"});
    const auto& d = diagnostics.items().front();
    REQUIRE(d.where);
    CHECK(d.where->line == 2);
    CHECK(d.where->column == 11);
    CHECK(d.args.back() ==
          std::pair<std::string, std::string>{"quoted", "t: {nb: \"Hva?\", en: x}"});
  }
  SUBCASE("a comment that swallows the '}' is found on its line, not where the parser fails") {
    const auto [root, diagnostics] = parse("t: {nb: Nr #4, en: x}\nb: 1\nc: 2\n");
    REQUIRE(codes(diagnostics) == std::vector<std::string>{"yaml.needs-quotes"});
    CHECK(diagnostics.items().front().where->line == 1);
  }
  SUBCASE("a ',' in a flow map's value: one diagnostic a line, and the bogus keys left out") {
    const auto [root, diagnostics] = parse("t: {nb: a, b, c, en: d}\nu: {nb: e, f}\n");
    REQUIRE(root.has_value());
    CHECK(codes(diagnostics) == std::vector<std::string>{"yaml.needs-quotes", "yaml.needs-quotes"});
    const auto* t = root->find("t");
    REQUIRE(t);
    REQUIRE(t->entries.size() == 2);
    CHECK(t->entries[0].key.text == "nb");
    CHECK(t->entries[1].key.text == "en");
    CHECK(root->find("u")->entries.size() == 1);
  }
  SUBCASE("a key without a value in a flow map that no ',' split off stays") {
    const auto [root, diagnostics] = parse("t: {a, b: c}\n");
    REQUIRE(root.has_value());
    CHECK(diagnostics.empty());
    CHECK(root->find("t")->entries.size() == 2);
  }
}
