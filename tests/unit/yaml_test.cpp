#include <doctest/doctest.h>

#include "procure/yaml/document.hpp"
#include "procure/yaml/node.hpp"
#include "procure/yaml/reader.hpp"
#include "test_support.hpp"

using namespace procure;
using test::codes;

namespace {

struct Parsed {
  std::optional<yaml::Node> root;
  Diagnostics diagnostics;
};

Parsed parse(std::string text, yaml::ParseLimits limits = {}) {
  Parsed result;
  auto source = make_source_file("t.yaml", std::move(text), result.diagnostics);
  REQUIRE(source.has_value());
  result.root = yaml::parse(*source, result.diagnostics, limits);
  return result;
}

}  // namespace

TEST_CASE("yaml: scalars keep the text as written") {
  const auto p = parse("a: 010\nb: yes\nc: '1.0'\nd: 2018-04-06 12:00\n");
  REQUIRE(p.root);
  CHECK(p.root->find("a")->text == "010");
  CHECK(p.root->find("b")->text == "yes");
  CHECK(p.root->find("c")->quoted);
  CHECK(p.root->find("d")->text == "2018-04-06 12:00");
}

TEST_CASE("yaml: duplicate keys are reported at the second, with the first's line") {
  const auto p = parse("a: 1\nb: 2\na: 3\n");
  REQUIRE(codes(p.diagnostics) == std::vector<std::string>{"yaml.duplicate-key"});
  const auto& d = p.diagnostics.items().front();
  CHECK(d.where->line == 3);
  CHECK(d.args[1].second == "1");
  CHECK(p.root->find("a")->text == "1");  // the first is kept
}

TEST_CASE("yaml: positions are lines and character columns") {
  const auto p = parse("navn: Æøå\nvekt: x\n");
  Diagnostics diagnostics;
  auto source = make_source_file("t.yaml", "navn: Æøå\nvekt: x\n", diagnostics);
  yaml::Reader reader(*source, diagnostics);
  const auto span = reader.span(*p.root->find("vekt"));
  CHECK(span.line == 2);
  CHECK(span.column == 7);
  const auto span2 = reader.span(*p.root->find("navn"));
  CHECK(span2.column == 7);
  CHECK(span2.length == 3);
}

TEST_CASE("yaml: hostile input ends in a diagnostic") {
  SUBCASE("deep nesting") {
    std::string text(5000, '[');
    const auto p = parse(text);
    CHECK_FALSE(p.root.has_value());
    CHECK(codes(p.diagnostics) == std::vector<std::string>{"yaml.too-deep"});
  }
  SUBCASE("billion laughs") {
    std::string text = "a: &a [x, x, x, x, x, x, x, x, x, x]\n";
    std::string previous = "a";
    for (char name = 'b'; name <= 'j'; ++name) {
      text += std::string(1, name) + ": &" + name + " [";
      for (int i = 0; i < 10; ++i)
        text += (i ? ", *" : "*") + previous;
      text += "]\n";
      previous = std::string(1, name);
    }
    const auto p = parse(text);
    CHECK_FALSE(p.root.has_value());
    CHECK(codes(p.diagnostics) == std::vector<std::string>{"yaml.too-many-nodes"});
  }
  SUBCASE("two documents") {
    const auto p = parse("a: 1\n---\nb: 2\n");
    CHECK(codes(p.diagnostics) == std::vector<std::string>{"yaml.several-documents"});
  }
  SUBCASE("syntax errors are mapped to advice") {
    CHECK(codes(parse("a: b\n  c: d\n").diagnostics) ==
          std::vector<std::string>{"yaml.bad-map-value"});
    CHECK(codes(parse("a: b: c\n").diagnostics) == std::vector<std::string>{"yaml.needs-quotes"});
    CHECK(codes(parse("a: [1, 2\n").diagnostics) ==
          std::vector<std::string>{"yaml.unclosed-bracket"});
    CHECK(codes(parse("a: \"open").diagnostics) == std::vector<std::string>{"yaml.unclosed-quote"});
    CHECK(codes(parse("a: \"\\q\"\n").diagnostics) == std::vector<std::string>{"yaml.bad-escape"});
    CHECK(codes(parse("a: *nowhere\n").diagnostics) ==
          std::vector<std::string>{"yaml.unknown-alias"});
    CHECK(codes(parse("a: &x [*x]\n").diagnostics) ==
          std::vector<std::string>{"yaml.alias-to-unfinished"});
  }
  SUBCASE("small aliases are fine") {
    const auto p = parse("a: &x [1, 2]\nb: *x\n");
    REQUIRE(p.root);
    CHECK(p.diagnostics.empty());
    CHECK(p.root->find("b")->items.size() == 2u);
  }
}

TEST_CASE("reader: unknown keys get the nearest valid key") {
  Diagnostics diagnostics;
  auto source = make_source_file("t.yaml", "titel: x\nbasis: y\n", diagnostics);
  const auto root = yaml::parse(*source, diagnostics);
  yaml::Reader reader(*source, diagnostics);
  yaml::MapReader map(reader, *root);
  map.optional("title");
  map.optional("basis");
  map.finish();
  REQUIRE(diagnostics.items().size() == 1u);
  CHECK(diagnostics.items()[0].code == "key.unknown-suggest");
  CHECK(diagnostics.items()[0].args[1].second == "title");
}

TEST_CASE("reader: a part's reader gives places that keep the source after both readers") {
  Diagnostics diagnostics;
  auto source = std::make_shared<const SourceFile>(
      *make_source_file("t.yaml", "title: x\nbasis: a longer value\n", diagnostics));
  const auto root = yaml::parse(*source, diagnostics);
  REQUIRE(root.has_value());
  SourcePlace first;
  SourcePlace part_place;
  {
    yaml::Reader reader(source, diagnostics);
    Diagnostics part_diagnostics;
    const yaml::Reader part(reader, part_diagnostics);
    CHECK(&part.source() == source.get());
    first = reader.place(*root->find("title"));
    part_place = part.place(*root->find("basis"));
  }
  source.reset();
  const SourceSpan span = part_place.span();
  CHECK(span.file == "t.yaml");
  CHECK(span.line == 2);
  CHECK(span.column == 8);
  CHECK(span.length == 14);
  CHECK(span.line_text == "basis: a longer value");
  CHECK(first.span().line_text == "title: x");
}

TEST_CASE("yaml: a lone CR is a line break, as YAML 1.2 reads it; CR LF stays as it is") {
  Diagnostics diagnostics;
  auto source = yaml::with_yaml_line_breaks(
      make_source_file("t.yaml", "# comment\ra: 1\rb:\r  c: x\r", diagnostics));
  REQUIRE(source);
  CHECK(source->line_count() == 4);
  CHECK(source->line(2) == "a: 1");
  const auto root = yaml::parse(*source, diagnostics);
  REQUIRE(root);
  CHECK(diagnostics.empty());
  REQUIRE(root->is_map());
  CHECK(root->find("a")->text == "1");
  CHECK(root->find("b")->find("c")->line == 4);

  auto windows =
      yaml::with_yaml_line_breaks(make_source_file("w.yaml", "a: 1\r\nb: 2\r\n", diagnostics));
  REQUIRE(windows);
  CHECK(windows->text() == "a: 1\r\nb: 2\r\n");
}
