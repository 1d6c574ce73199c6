// A document rendered in segments (its long lists' parts handed over, not
// joined): the same Markdown and HTML as one text, whichever way the parts
// were made, where the parts start with a heading (segments of their own)
// and where they are a table's rows (joined again).
#include <doctest/doctest.h>

#include "../shared/part_runners.hpp"
#include "procure/dialogue/dialogue_record.hpp"
#include "procure/documents/document_kind.hpp"
#include "procure/documents/template_set.hpp"
#include "procure/load/case_loader.hpp"
#include "test_support.hpp"

using namespace procure;

namespace {

// A figure before a table whose rows are one long list, and a section a
// tender for another, with more blank lines than the text keeps.
const char* const segments_template =
    "# {{document_title}}\n\n"
    "```procure-figure\nchart\n```\n\n"
    "| No. | Row |\n|---|--:|\n"
    "{{#table.rows}}\n| {{n}} | {{text}} |\n{{/table.rows}}\n\n\n"
    "{{#tenders}}\n## {{id}}: *{{text}}*\n\n\n\n"
    "| A | B |\n|---|---|\n| {{id}} | {{text}} |\n\n\n"
    "{{/tenders}}\nThe end.\n";

nlohmann::json no_data(const DocumentSources&, Lang, Diagnostics&) {
  return nlohmann::json::object();
}

TemplateValue row(std::size_t i) {
  TemplateValue value = TemplateValue::record(2);
  value.set("n", std::to_string(i));
  value.set("text", i % 9 == 0 ? "x | y <z>" : "row " + std::to_string(i));
  return value;
}

TemplateValue tender(std::size_t i) {
  TemplateValue value = TemplateValue::record(2);
  value.set("id", "t" + std::to_string(i));
  value.set("text", i % 7 == 0 ? "A*B & Co" : "Leverandør " + std::to_string(i));
  return value;
}

std::vector<DeferredList> long_lists(const DocumentSources&, Lang) {
  return {{"table.rows", 300, row}, {"tenders", 200, tender}};
}

std::vector<DocumentFigure> one_chart(const DocumentSources&, Lang) {
  return {{"chart", "<svg>chart</svg>"}};
}

}  // namespace

TEST_CASE(
    "documents: rendered in segments, the same Markdown and HTML however the parts are made") {
  test::TempDir dir;
  dir.write("templates/en/evaluation-report.md.mustache", segments_template);
  dir.write("templates/document.css", "body {}\n");
  const CaseLoad kase = load_case(test::examples / "kmd-2018-prosessbistand", "kmd");
  REQUIRE(kase.ok());
  const DialogueRecord no_dialogue;
  const DocumentSources sources{
      kase.value, no_dialogue, *Date::from_ymd(2018, 6, 5), false, "test", nullptr, nullptr, {}};
  const DocumentKind kind{"evaluation-report", no_data,   false,     false,
                          Recipients::all,     one_chart, long_lists};
  const auto rendered = [&](const TaskRunner& runner, const DocumentOutputs& outputs) {
    TemplateSet templates({{dir.path / "templates", "templates"}}, Lang::en);
    Diagnostics diagnostics;
    auto document =
        render_document(kind, sources, Lang::en, templates, diagnostics, true, runner, outputs);
    CHECK(diagnostics.empty());
    return document;
  };
  const auto one_text = rendered({}, {});
  REQUIRE(one_text);
  // The blank lines collapsed, the figure left out of the Markdown.
  CHECK(one_text->markdown.find("\n\n\n") == std::string::npos);
  CHECK(one_text->markdown.find("procure-figure") == std::string::npos);
  CHECK(
      one_text->markdown.ends_with("## t199: *Leverandør 199*\n\n| A | B |\n|---|---|\n"
                                   "| t199 | Leverandør 199 |\n\nThe end.\n"));
  CHECK(one_text->html.find("<svg>chart</svg>") != std::string::npos);
  CHECK(one_text->html.find("<td>x | y &lt;z&gt;</td>") == std::string::npos);
  CHECK(one_text->html.find("<td style=\"text-align: right\">x | y &lt;z&gt;</td>") !=
        std::string::npos);

  std::vector<std::size_t> task_counts;
  for (const TaskRunner& runner : test::part_runners(task_counts)) {
    const auto in_parts = rendered(runner, {});
    REQUIRE(in_parts);
    CHECK(in_parts->markdown == one_text->markdown);
    CHECK(in_parts->html == one_text->html);
    // Given out as they are made: the Markdown's parts, and the page.
    std::string streamed_markdown;
    std::string streamed_html;
    const auto streamed =
        rendered(runner, {[&streamed_markdown](std::shared_ptr<const void> text,
                                               std::vector<std::string_view> parts) {
                            REQUIRE(text);
                            for (const auto part : parts)
                              streamed_markdown += part;
                          },
                          [&streamed_html](std::string_view part) { streamed_html += part; }});
    REQUIRE(streamed);
    CHECK(streamed_markdown == one_text->markdown);
    CHECK(streamed_html == one_text->html);
  }
  // The lists were split.
  CHECK(std::any_of(task_counts.begin(), task_counts.end(),
                    [](std::size_t tasks) { return tasks > 1; }));
}
