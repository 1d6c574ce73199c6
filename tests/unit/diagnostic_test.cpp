// Diagnostics: the cap on what is kept, and the bound on what is echoed.
#include <doctest/doctest.h>

#include <string>

#include "procure/core/bounded_text.hpp"
#include "procure/core/diagnostic.hpp"
#include "procure/core/source_file.hpp"
#include "test_support.hpp"

using namespace procure;
using procure::test::arg;

TEST_CASE("diagnostics: one left out without its place counts as one added") {
  Diagnostics added;
  Diagnostics counted;
  for (int i = 0; i < 300; ++i) {
    const Severity severity = i % 3 == 0 ? Severity::warning : Severity::error;
    added.add({severity, "yaml.duplicate-key", {}, SourceSpan{"a.yaml", 1, i + 1, 1, "", 0}});
    if (counted.keeps_more())
      counted.add({severity, "yaml.duplicate-key", {}, SourceSpan{"a.yaml", 1, i + 1, 1, "", 0}});
    else
      counted.count_left_out(severity);
  }
  CHECK_FALSE(counted.keeps_more());
  CHECK(counted.error_count() == added.error_count());
  CHECK(counted.warning_count() == added.warning_count());
  CHECK(counted.omitted_count() == added.omitted_count());
  REQUIRE(counted.items().size() == added.items().size());
  for (std::size_t i = 0; i < added.items().size(); ++i) {
    CHECK(counted.items()[i].code == added.items()[i].code);
    CHECK(counted.items()[i].args == added.items()[i].args);
    CHECK(counted.items()[i].where == added.items()[i].where);
  }
}

TEST_CASE("diagnostics: past the cap, warnings are counted, not kept, and stay warnings") {
  Diagnostics diagnostics;
  for (int i = 0; i < 250; ++i)
    diagnostics.warning("tender.unknown-file", {{"path", std::to_string(i)}});
  CHECK_FALSE(diagnostics.has_errors());
  CHECK(diagnostics.warning_count() == 250);
  CHECK(diagnostics.truncated());
  CHECK(diagnostics.omitted_count() == 50);
  REQUIRE(diagnostics.items().size() == Diagnostics::max_items + 1);
  const Diagnostic& note = diagnostics.items().back();
  CHECK(note.code == "diagnostics.too-many");
  CHECK(note.severity == Severity::warning);
  CHECK(arg(note, "omitted") == "50");
  CHECK(arg(note, "warnings") == "50");
  CHECK(arg(note, "errors") == "0");

  // An error left out makes the note an error, and is counted.
  diagnostics.error("case.empty");
  CHECK(diagnostics.error_count() == 1);
  CHECK(diagnostics.items().back().severity == Severity::error);

  // Appended, the counts carry over; sorted, the note stays last.
  Diagnostics all;
  all.warning("x.first", {}, SourceSpan{"z.yaml", 1, 1, 1, "", 0});
  all.append(diagnostics);
  all.sort_by_place();
  CHECK(all.warning_count() == 251);
  CHECK(all.error_count() == 1);
  CHECK(all.items().back().code == "diagnostics.too-many");
  CHECK(arg(all.items().back(), "omitted") == "52");
}

TEST_CASE("diagnostics: a long argument is cut, with its length noted") {
  const std::string huge(15'000'000, 'x');
  Diagnostic echoed{Severity::error,
                    "value.bad",
                    {{"value", huge}, {"id", "short"}, {"keys", huge}},
                    std::nullopt};
  shorten_arguments(echoed, max_value_chars, kept_value_chars, {"keys"});
  CHECK(arg(echoed, "value") == std::string(kept_value_chars, 'x') + "…");
  CHECK(arg(echoed, "id") == "short");
  CHECK(arg(echoed, "keys").size() == huge.size());
  REQUIRE(echoed.shortened.size() == 1);
  CHECK(echoed.shortened[0].name == "value");
  CHECK(echoed.shortened[0].length == 15'000'000);
  // Every argument is bounded, whoever made it.
  Diagnostics diagnostics;
  diagnostics.add(std::move(echoed));
  const Diagnostic& d = diagnostics.items().front();
  CHECK(arg(d, "keys") == std::string(Diagnostics::max_argument_chars, 'x') + "…");
  REQUIRE(d.shortened.size() == 2);
  CHECK(d.shortened[1].name == "keys");
  // Cut between characters, never inside one.
  CHECK(bounded_value(std::string(200, 'x') + "ø").size() == kept_value_chars + 3);
  CHECK(bounded_value(std::string(60, 'x') + std::string(200, '\xC3')).size() < 400);
  const std::string letters = std::string(99, 'a') + "øøø";
  CHECK(bounded_value(letters + std::string(100, 'b')) == std::string(99, 'a') + "ø…");
  CHECK(bounded_value(std::string(max_value_chars, 'y')) == std::string(max_value_chars, 'y'));
}

TEST_CASE("source excerpts: a long line is quoted around the column, which stays true") {
  std::string line = "name: " + std::string(1'000'000, 'x') + " tail";
  const SourceFile file("f.yaml", line + "\nnext: 1\n");
  const SourceSpan far = file.span_at_byte(1, static_cast<int>(line.size()) - 4, 4);
  CHECK(far.column == static_cast<int>(line.size()) - 3);
  CHECK(far.line_text.size() < 200);
  CHECK(far.line_text.starts_with("…"));
  // The character the excerpt column points at is the one the column points at.
  const std::string_view excerpt = far.line_text;
  const std::string after_ellipsis(excerpt.substr(3));
  CHECK(after_ellipsis.substr(static_cast<std::size_t>(far.excerpt_column() - 2), 4) == "tail");
  const SourceSpan near = file.span_at_byte(1, 0);
  CHECK(near.column == 1);
  CHECK(near.excerpt_column() == 1);
  CHECK(near.line_text.starts_with("name: xxx"));
  CHECK(near.line_text.ends_with("…"));
  CHECK(file.span_at_byte(2, 0).line_text == "next: 1");
}
