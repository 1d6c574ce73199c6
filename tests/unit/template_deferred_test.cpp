#include <doctest/doctest.h>

#include "../shared/part_runners.hpp"
#include "procure/documents/escaping.hpp"
#include "procure/documents/template_set.hpp"
#include "test_support.hpp"

using namespace procure;
using test::TempDir;

namespace {

void unescaped(std::string& out, std::string_view text, ValuePlace) {
  out += text;
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
                                  return TemplateValue::from_json(tender(i));
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
  const DeferredLists none{
      {&data["tenders"], [](std::size_t i) { return TemplateValue::from_json(tender(i)); }}};
  const auto empty = templates.render("doc", data, unescaped, diagnostics, none);
  REQUIRE(empty);
  CHECK(*empty == "none\n");

  nlohmann::json one{{"tenders", nlohmann::json::array({nullptr})}};
  const DeferredLists deferred{
      {&one["tenders"], [](std::size_t i) { return TemplateValue::from_json(tender(i)); }}};
  CHECK_FALSE(templates.render("bad", one, unescaped, diagnostics, deferred));
  REQUIRE(diagnostics.items().size() == 1u);
  CHECK(diagnostics.items().front().code == "template.unknown-tag-suggest");
  CHECK(test::arg(diagnostics.items().front(), "suggestion") == "id");
}

namespace {

// What a render shows: its text (or that it has none) and every problem
// with its arguments and place.
std::vector<std::string> render_lines(const std::optional<std::string>& text,
                                      const Diagnostics& diagnostics) {
  std::vector<std::string> lines{text ? "text " + *text : "no text"};
  for (const auto& d : diagnostics.items()) {
    std::string line = d.code;
    for (const auto& [name, value] : d.args)
      line += " " + name + "=" + value;
    if (d.where)
      line += " at " + std::to_string(d.where->line) + ":" + std::to_string(d.where->column);
    lines.push_back(line);
  }
  return lines;
}

// `count` tenders as a deferred list, each built by `item`, rendered with
// the template "doc" and `runner`.
std::vector<std::string> render_deferred(TemplateSet& templates, std::size_t count,
                                         nlohmann::json (*item)(std::size_t),
                                         const nlohmann::json& more, const TaskRunner& runner) {
  nlohmann::json data = more;
  data["tenders"] = nlohmann::json::array();
  data["tenders"].get_ref<nlohmann::json::array_t&>().resize(count);
  const DeferredLists deferred{
      {&data["tenders"], [item](std::size_t i) { return TemplateValue::from_json(item(i)); }}};
  Diagnostics diagnostics;
  const auto text =
      templates.render("doc", data, append_markdown_escaped, diagnostics, deferred, runner);
  return render_lines(text, diagnostics);
}

nlohmann::json scored_tender(std::size_t i) {
  return {{"id", "t" + std::to_string(i)},
          {"supplier", i % 7 == 0 ? "A*B & Co" : "Leverandør " + std::to_string(i)},
          {"reasons", {"a", std::to_string(i)}},
          {"late", i % 50 == 49}};
}

}  // namespace

TEST_CASE(
    "templates: a long deferred list rendered in parts at once is the text one after another") {
  TempDir dir;
  dir.write("shipped/en/doc.md.mustache",
            "# {{title}}\n{{#tenders}}\n## {{id}}: {{supplier}}\n"
            "{{#reasons}}- {{.}} ({{title}})\n{{/reasons}}{{#late}}late{{/late}}\n{{/tenders}}"
            "{{^tenders}}none{{/tenders}}\n");
  TemplateSet templates({{dir.path / "shipped", "shipped"}}, Lang::en);
  const nlohmann::json more{{"title", "Report"}};
  for (const std::size_t count : {0u, 1u, 15u, 16u, 17u, 200u}) {
    CAPTURE(count);
    const auto one_after_another = render_deferred(templates, count, scored_tender, more, {});
    REQUIRE(one_after_another.size() == 1u);
    std::vector<std::size_t> task_counts;
    for (const TaskRunner& runner : test::part_runners(task_counts))
      CHECK(render_deferred(templates, count, scored_tender, more, runner) == one_after_another);
    // Lists of 16 items or more are split.
    const bool split = std::any_of(task_counts.begin(), task_counts.end(),
                                   [](std::size_t tasks) { return tasks > 1; });
    CHECK(split == (count >= 16));
  }
}

TEST_CASE(
    "templates: a problem in a deferred list's later items is reported as one after another") {
  TempDir dir;
  // Only a late tender looks its note up, and none has one.
  dir.write("shipped/en/doc.md.mustache",
            "{{#tenders}}- {{id}}{{#late}} {{note}}{{/late}}\n{{/tenders}}\n");
  TemplateSet templates({{dir.path / "shipped", "shipped"}}, Lang::en);
  const auto one_after_another = render_deferred(templates, 200, scored_tender, {}, {});
  REQUIRE(one_after_another.size() == 2u);
  CHECK(one_after_another.front() == "no text");
  std::vector<std::size_t> task_counts;
  for (const TaskRunner& runner : test::part_runners(task_counts))
    CHECK(render_deferred(templates, 200, scored_tender, {}, runner) == one_after_another);
}

TEST_CASE(
    "templates: a deferred list's parts carry the allowance of lookups from one to the next") {
  TempDir dir;
  // Each tender looks up every item of a list of 64 and brings one value:
  // the allowance, counted from the data, runs out after some 40 tenders.
  dir.write("shipped/en/doc.md.mustache", "{{#tenders}}{{#xs}}{{.}}{{/xs}}\n{{/tenders}}");
  TemplateSet templates({{dir.path / "shipped", "shipped"}}, Lang::en);
  const nlohmann::json xs{{"xs", std::vector<std::string>(64, "x")}};
  const auto bare = [](std::size_t) { return nlohmann::json::object({{"n", 1}}); };
  // 24 tenders render; 64 run out, in a part after the first.
  CHECK(render_deferred(templates, 24, bare, xs, {}).front() != "no text");
  const auto one_after_another = render_deferred(templates, 64, bare, xs, {});
  REQUIRE(one_after_another.size() == 2u);
  CHECK(one_after_another[1].starts_with("template.runaway"));
  std::vector<std::size_t> task_counts;
  for (const TaskRunner& runner : test::part_runners(task_counts))
    CHECK(render_deferred(templates, 64, bare, xs, runner) == one_after_another);
}

TEST_CASE("templates: in segments, a long deferred list's parts are handed over as they are") {
  TempDir dir;
  dir.write("shipped/en/doc.md.mustache",
            "# {{title}}\n{{#tenders}}\n## {{id}}: {{supplier}}\n{{/tenders}}after\n");
  TemplateSet templates({{dir.path / "shipped", "shipped"}}, Lang::en);
  for (const std::size_t count : {3u, 200u}) {
    CAPTURE(count);
    nlohmann::json data{{"title", "Report"}, {"tenders", nlohmann::json::array()}};
    data["tenders"].get_ref<nlohmann::json::array_t&>().resize(count);
    const DeferredLists deferred{{&data["tenders"], [](std::size_t i) {
                                    return TemplateValue::from_json(scored_tender(i));
                                  }}};
    Diagnostics diagnostics;
    const auto whole =
        templates.render("doc", data, append_markdown_escaped, diagnostics, deferred);
    REQUIRE(whole);
    std::vector<std::size_t> task_counts;
    for (const TaskRunner& runner : test::part_runners(task_counts)) {
      const auto segments = templates.render_segments("doc", data, append_markdown_escaped,
                                                      diagnostics, deferred, runner);
      REQUIRE(segments);
      std::string joined;
      for (const auto& segment : *segments)
        joined += segment;
      CHECK(joined == *whole);
      // The text before the list, each part, the text after it. Only the
      // in-order runner counts its tasks; the two after it split alike.
      CHECK(segments->size() == (count >= 16 ? task_counts.back() + 2 : 1u));
      if (count >= 16) {
        CHECK(segments->front() == "# Report\n");
        CHECK(segments->back() == "after\n");
      }
    }
    // Without a runner nothing is split: one segment.
    const auto one =
        templates.render_segments("doc", data, append_markdown_escaped, diagnostics, deferred);
    REQUIRE(one);
    CHECK(*one == std::vector<std::string>{*whole});
    CHECK(diagnostics.empty());
  }
}
