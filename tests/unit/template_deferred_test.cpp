#include <doctest/doctest.h>

#include "procure/documents/template_set.hpp"
#include "test_support.hpp"

using namespace procure;
using test::TempDir;

namespace {

std::string unescaped(std::string_view text, ValuePlace) {
  return std::string(text);
}

const char* const list_template =
    "{{#tenders}}\n- {{id}}{{#reasons}} [{{.}}]{{/reasons}}\n{{/tenders}}\n"
    "{{^tenders}}none{{/tenders}}\n";

nlohmann::json tender(std::size_t i) {
  return {{"id", "t" + std::to_string(i)}, {"reasons", {"a", std::to_string(i)}}};
}

}  // namespace

TEST_CASE(
    "templates: a deferred list renders as the same list held whole, an item built at a time") {
  TempDir dir;
  dir.write("shipped/en/doc.md.mustache", list_template);
  TemplateSet templates({{dir.path / "shipped", "shipped"}}, Lang::en);
  Diagnostics diagnostics;
  nlohmann::json whole{{"tenders", {tender(0), tender(1), tender(2)}}};
  const auto expected = templates.render("doc", whole, unescaped, diagnostics);
  REQUIRE(expected);
  CHECK(*expected == "- t0 [a] [0]\n- t1 [a] [1]\n- t2 [a] [2]\n\n");

  nlohmann::json data{{"tenders", nlohmann::json::array({nullptr, nullptr, nullptr})}};
  std::vector<std::size_t> built;
  const DeferredLists deferred{{&data["tenders"], [&](std::size_t i) {
                                  built.push_back(i);
                                  return tender(i);
                                }}};
  const auto rendered = templates.render("doc", data, unescaped, diagnostics, deferred);
  REQUIRE(rendered);
  CHECK(*rendered == *expected);
  CHECK(built == std::vector<std::size_t>{0, 1, 2});
  CHECK(diagnostics.empty());
}

TEST_CASE(
    "templates: an empty deferred list is an empty list; a mistake in its items is reported") {
  TempDir dir;
  dir.write("shipped/en/doc.md.mustache", list_template);
  dir.write("shipped/en/bad.md.mustache", "{{#tenders}}{{idd}}{{/tenders}}\n");
  TemplateSet templates({{dir.path / "shipped", "shipped"}}, Lang::en);
  nlohmann::json data{{"tenders", nlohmann::json::array()}};
  Diagnostics diagnostics;
  const DeferredLists none{{&data["tenders"], [](std::size_t i) { return tender(i); }}};
  const auto empty = templates.render("doc", data, unescaped, diagnostics, none);
  REQUIRE(empty);
  CHECK(*empty == "none\n");

  nlohmann::json one{{"tenders", nlohmann::json::array({nullptr})}};
  const DeferredLists deferred{{&one["tenders"], [](std::size_t i) { return tender(i); }}};
  CHECK_FALSE(templates.render("bad", one, unescaped, diagnostics, deferred));
  REQUIRE(diagnostics.items().size() == 1u);
  CHECK(diagnostics.items().front().code == "template.unknown-tag-suggest");
  CHECK(test::arg(diagnostics.items().front(), "suggestion") == "id");
}
