// Adding to a YAML file as text: the new lines land at the end of their
// section, indented like it, and every other byte stays as it was.
#include <doctest/doctest.h>

#include "procure/yaml/append.hpp"
#include "procure/yaml/document.hpp"
#include "procure/yaml/quote.hpp"

using namespace procure;
using namespace procure::yaml;

namespace {

Node parsed(const std::string& text) {
  Diagnostics diagnostics;
  const auto source = with_yaml_line_breaks(make_source_file("t.yaml", text, diagnostics));
  REQUIRE(source);
  const auto root = parse(*source, diagnostics);
  REQUIRE(root);
  REQUIRE_FALSE(diagnostics.has_errors());
  return *root;
}

Addition record(const std::string& key, const std::string& value) {
  return Addition{{key_step("records")}, map_node({{key, scalar_node(value)}}), false, {}};
}

std::string appended(const std::string& text, const Addition& addition) {
  const auto result = append_to_text(text, parsed(text), addition);
  REQUIRE_MESSAGE(result.ok(), result.problem().code);
  // The old text is the new one without the inserted lines, byte for byte.
  std::string without = result->text;
  const auto at = without.find(result->lines);
  REQUIRE(at != std::string::npos);
  without.erase(at, result->lines.size());
  if (!text.empty() && text.back() != '\n' && text.back() != '\r' &&
      without.size() == text.size() + 1)
    without.erase(text.size(), 1);  // the line break added to a last line without one
  CHECK(without == text);
  return result->text;
}

}  // namespace

TEST_CASE("scalar: plain where it reads back the same, double-quoted otherwise") {
  CHECK(scalar("Fjordprosess AS") == "Fjordprosess AS");
  CHECK(scalar("2018-03-14 10:12") == "2018-03-14 10:12");
  CHECK(scalar("Prøvestad kommune") == "Prøvestad kommune");
  CHECK(scalar("Bygg: og anlegg") == "\"Bygg: og anlegg\"");
  CHECK(scalar("A # B") == "\"A # B\"");
  CHECK(scalar("- dash") == "\"- dash\"");
  CHECK(scalar("yes") == "\"yes\"");
  CHECK(scalar("Nei, ikke nå [ennå].") == "Nei, ikke nå [ennå].");
  CHECK(scalar("[a]") == "\"[a]\"");
  CHECK(scalar("") == "\"\"");
  const std::string hostile[] = {"Bjørkelund & Fjell AS",
                                 "=HYPERLINK(\"x\")",
                                 "<script>alert(1)</script>",
                                 "- a list? # a comment?",
                                 "key: value",
                                 "ends with colon:",
                                 "#hash first",
                                 "a,b [c] {d}",
                                 "[list]",
                                 "{map}",
                                 "a:b",
                                 "a #b",
                                 "a\t#b",
                                 "&anchor",
                                 "*alias",
                                 "!tag",
                                 "|block",
                                 ">folded",
                                 "'single'",
                                 "\"double\"",
                                 "%directive",
                                 "@at",
                                 "`tick",
                                 "? key",
                                 "null",
                                 "~",
                                 "True",
                                 "OFF",
                                 "tab\there, line\nbreak, cr\rend",
                                 "escape \x1b[31m red",
                                 "bell \x07 del \x7f",
                                 "next line \xC2\x85 C1",
                                 "line sep \xE2\x80\xA8 here",
                                 "\xEF\xBB\xBF bom",
                                 "back\\slash",
                                 "  leading and trailing  ",
                                 "---",
                                 "...",
                                 "010",
                                 ""};
  for (const auto& text : hostile) {
    CAPTURE(text);
    for (const std::string& yaml :
         {"value: " + scalar(text) + "\n", "value:\n  - " + scalar(text) + "\n"}) {
      const Node root = parsed(yaml);
      const Node* value = root.find("value");
      REQUIRE(value != nullptr);
      const Node& got = value->is_sequence() ? value->items.at(0) : *value;
      CHECK(got.is_scalar());
      CHECK(got.text == text);
    }
  }
}

TEST_CASE("append: a record goes at the end of records:, comments kept") {
  const std::string text =
      "# the case\n"
      "title: T\n"
      "records:\n"
      "  # what was done\n"
      "  dialogue_held: 2018-03-22   # the meeting\n"
      "  notice_published: 2018-04-23\n"
      "  # contract_signed: later\n"
      "\n"
      "# next section\n"
      "contract:\n"
      "  months: 12\n";
  CHECK(appended(text, record("contract_signed", "2018-06-18")) ==
        "# the case\n"
        "title: T\n"
        "records:\n"
        "  # what was done\n"
        "  dialogue_held: 2018-03-22   # the meeting\n"
        "  notice_published: 2018-04-23\n"
        "  contract_signed: 2018-06-18\n"
        "  # contract_signed: later\n"
        "\n"
        "# next section\n"
        "contract:\n"
        "  months: 12\n");
}

TEST_CASE("append: a section that is absent is made at the end; an empty one is filled") {
  CHECK(appended("title: T\n# end\n", record("contract_signed", "2018-06-18")) ==
        "title: T\n# end\nrecords:\n  contract_signed: 2018-06-18\n");
  CHECK(appended("title: T", record("scores_agreed", "2018-06-04")) ==
        "title: T\nrecords:\n  scores_agreed: 2018-06-04\n");
  CHECK(appended("records:   # none yet\ntitle: T\n", record("scores_agreed", "2018-06-04")) ==
        "records:   # none yet\n  scores_agreed: 2018-06-04\ntitle: T\n");
  CHECK(appended("", Addition{{key_step("participants")},
                              map_node({{"id", scalar_node("a")}, {"name", scalar_node("A: B")}}),
                              true,
                              {"id"}}) == "participants:\n  - id: a\n    name: \"A: B\"\n");
}

TEST_CASE("append: an item follows the last one, at its indentation, block scalars kept") {
  const std::string text =
      "participants:\n"
      "- id: a\n"
      "  name: A\n"
      "  note: |\n"
      "    first\n"
      "    # not a comment: text\n"
      "# trailing comment\n";
  CHECK(appended(text, Addition{{key_step("participants")},
                                map_node({{"id", scalar_node("b")}, {"name", scalar_node("B")}}),
                                true,
                                {"id"}}) ==
        "participants:\n"
        "- id: a\n"
        "  name: A\n"
        "  note: |\n"
        "    first\n"
        "    # not a comment: text\n"
        "- id: b\n"
        "  name: B\n"
        "# trailing comment\n");
}

TEST_CASE("append: into a named item, making its list; CR LF kept") {
  const std::string text =
      "participants:\r\n"
      "  - id: a\r\n"
      "    name: A\r\n"
      "  - id: b\r\n"
      "    name: B\r\n";
  Addition addition{
      {key_step("participants"), item_named("id", "a"), key_step("registrations")},
      map_node({{"meeting", scalar_node("m")}, {"received", scalar_node("2018-03-14 10:12")}}),
      true,
      {"meeting"}};
  const Node root = parsed(text);
  REQUIRE(resolve_item_names(root, addition.path));
  CHECK(addition.path[1].index == 0);
  CHECK(appended(text, addition) ==
        "participants:\r\n"
        "  - id: a\r\n"
        "    name: A\r\n"
        "    registrations:\r\n"
        "      - meeting: m\r\n"
        "        received: 2018-03-14 10:12\r\n"
        "  - id: b\r\n"
        "    name: B\r\n");
  Addition unknown{{key_step("participants"), item_named("id", "zz")}, Node{}, true, {}};
  CHECK_FALSE(resolve_item_names(root, unknown.path));
}

TEST_CASE("presence: the same is recorded, another value differs, new entries are added") {
  const Node root = parsed("records:\n  contract_signed: 2018-06-18\n");
  auto same = record("contract_signed", "2018-06-18");
  CHECK(check_presence(root, same).presence == Presence::recorded);
  auto other = record("contract_signed", "2018-06-19");
  const auto differs = check_presence(root, other);
  CHECK(differs.presence == Presence::different);
  CHECK(differs.existing->line == 2);
  auto added = record("scores_agreed", "2018-06-04");
  CHECK(check_presence(root, added).presence == Presence::absent);
  auto some = Addition{{key_step("records")},
                       map_node({{"contract_signed", scalar_node("2018-06-18")},
                                 {"scores_agreed", scalar_node("2018-06-04")}}),
                       false,
                       {}};
  CHECK(check_presence(root, some).presence == Presence::partly);
  CHECK(some.value.entries.size() == 1);

  const Node people = parsed("participants:\n  - id: a\n    name: A\n");
  auto again = Addition{{key_step("participants")},
                        map_node({{"id", scalar_node("a")}, {"name", scalar_node("A")}}),
                        true,
                        {"id"}};
  CHECK(check_presence(people, again).presence == Presence::recorded);
  auto renamed = Addition{{key_step("participants")},
                          map_node({{"id", scalar_node("a")}, {"name", scalar_node("A2")}}),
                          true,
                          {"id"}};
  CHECK(check_presence(people, renamed).presence == Presence::different);
  const Node registered =
      parsed("participants:\n  - id: a\n    name: A\n    registrations:\n      - meeting: m\n");
  CHECK(check_presence(registered, again).presence == Presence::recorded);
}

TEST_CASE("append: flow style and layouts that would change the file are refused") {
  const std::string flow = "records: {}\n";
  const auto refused = append_to_text(flow, parsed(flow), record("a", "1"));
  REQUIRE_FALSE(refused.ok());
  CHECK(refused.problem().code == "append.flow-style");
  const std::string list = "participants: [a]\n";
  CHECK(append_to_text(list, parsed(list),
                       Addition{{key_step("participants")}, scalar_node("b"), true, {}})
            .problem()
            .code == "append.flow-style");
  const std::string explicit_null = "records: ~\n";
  CHECK(append_to_text(explicit_null, parsed(explicit_null), record("a", "1")).problem().code ==
        "append.layout");
}

TEST_CASE("append: a byte order mark and a lone CR stay as they are") {
  CHECK(appended("\xEF\xBB\xBFrecords:\n  a: 1\n", record("b", "2")) ==
        "\xEF\xBB\xBFrecords:\n  a: 1\n  b: 2\n");
  CHECK(appended("records:\r  a: 1\rtitle: T\r", record("b", "2")) ==
        "records:\r  a: 1\r  b: 2\rtitle: T\r");
}
