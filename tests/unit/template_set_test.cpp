#include <doctest/doctest.h>

#include <filesystem>
#include <thread>
#include <vector>

#include "procure/documents/escaping.hpp"
#include "procure/documents/template_set.hpp"
#include "test_support.hpp"

using namespace procure;
using test::arg;
using test::codes;
using test::TempDir;
namespace fs = std::filesystem;

namespace {

// A user folder "mine" and a shipped folder "shipped" inside one temporary folder.
struct Folders {
  TempDir dir;
  TemplateFolder mine{dir.path / "mine", "mine"};
  TemplateFolder shipped{dir.path / "shipped", "share/procure/templates"};

  std::vector<TemplateFolder> both() const { return {mine, shipped}; }
};

void verbatim(std::string& out, std::string_view text, ValuePlace) {
  out += text;
}

struct Rendered {
  std::optional<std::string> text;
  Diagnostics diagnostics;
};

Rendered render(const std::vector<TemplateFolder>& folders, Lang lang, std::string_view name,
                const nlohmann::json& data, const Escaper& escape = verbatim) {
  TemplateSet templates(folders, lang);
  Rendered out;
  out.text = templates.render(name, data, escape, out.diagnostics);
  return out;
}

const Diagnostic& only(const Diagnostics& diagnostics) {
  REQUIRE(diagnostics.items().size() == 1u);
  return diagnostics.items().front();
}

}  // namespace

TEST_CASE("templates: values are rendered through the escaper, the template's own text is not") {
  Folders f;
  f.dir.write("mine/en/doc.md.mustache",
              "# *{{title}}*\n{{buyer.name}} {{#items}}[{{.}}]{{/items}}\n");
  const auto r = render({f.mine}, Lang::en, "doc",
                        {{"title", "a*b"}, {"buyer", {{"name", "<B>"}}}, {"items", {"x", "_"}}},
                        append_markdown_escaped);
  REQUIRE(r.text);
  CHECK(*r.text == "# *a\\*b*\n\\<B\\> [x][\\_]\n");
  CHECK(r.diagnostics.empty());
}

TEST_CASE("templates: a list's items hold their fields in any order, some not at all") {
  // A tag's field is looked for first where it was found in the item
  // before: here it is elsewhere, missing (found in the data around the
  // list), or the item has fewer fields than that place.
  Folders f;
  f.dir.write("mine/en/doc.md.mustache", "{{#items}}{{b}}{{title}}{{#c}}+{{c}}{{/c}};{{/items}}\n");
  const nlohmann::json items =
      nlohmann::json::array({{{"a", "1"}, {"b", "2"}, {"c", "x"}},
                             {{"b", "3"}, {"c", false}},
                             {{"aa", "y"}, {"ab", "z"}, {"b", "4"}, {"c", "w"}, {"d", "v"}},
                             {{"b", "5"}, {"c", false}, {"title", "own"}},
                             {{"c", "u"}, {"b", "6"}}});
  const auto r = render({f.mine}, Lang::en, "doc", {{"title", "T"}, {"items", items}});
  REQUIRE(r.text);
  CHECK(*r.text == "2T+x;3T;4T+w;5own;6T+u;\n");
  CHECK(r.diagnostics.empty());
}

TEST_CASE("templates: each value is escaped for its place: starting a block, or in running text") {
  Folders f;
  f.dir.write("mine/en/doc.md.mustache",
              "{{v}}\n"
              "Date: {{v}}\n"
              "- {{v}}\n"
              "  1. {{v}}\n"
              "> {{v}}\n"
              "{{#items}}\n"
              "- {{.}}\n"
              "{{/items}}\n"
              "| {{v}} | {{#items}}{{.}}{{/items}} |\n"
              "**Label:** {{v}}\n"
              "-{{v}}\n");
  const auto r = render({f.mine}, Lang::en, "doc", {{"v", "1. x"}, {"items", {"- y"}}},
                        append_markdown_escaped);
  CHECK(r.text.value_or("") ==
        "1\\. x\n"
        "Date: 1. x\n"
        "- 1\\. x\n"
        "  1. 1\\. x\n"
        "> 1\\. x\n"
        "- \\- y\n"
        "| 1. x | - y |\n"
        "**Label:** 1. x\n"
        "-1. x\n");
}

TEST_CASE("templates: an unknown tag is an error at the template's file, line and column") {
  Folders f;
  f.dir.write("mine/en/doc.md.mustache", "# {{title}}\n\nText {{budget}}.\n");
  const auto r = render({f.mine}, Lang::en, "doc", {{"title", "T"}});
  CHECK_FALSE(r.text);
  const Diagnostic& d = only(r.diagnostics);
  CHECK(d.code == "template.unknown-tag");
  CHECK(arg(d, "name") == "budget");
  REQUIRE(d.where);
  CHECK(d.where->file == "mine/en/doc.md.mustache");
  CHECK(d.where->line == 3);
  CHECK(d.where->column == 6);
  CHECK(d.where->length == 10);
  CHECK(d.where->line_text == "Text {{budget}}.");
}

TEST_CASE("templates: an unknown name near a name in reach is suggested") {
  Folders f;
  f.dir.write("mine/en/doc.md.mustache",
              "{{titel}} {{buyer.nam}}\n{{#items}}{{nme}} {{titel}}{{/items}}\n");
  const auto r = render({f.mine}, Lang::en, "doc",
                        {{"title", "T"}, {"buyer", {{"name", "B"}}}, {"items", {{{"name", "a"}}}}});
  CHECK_FALSE(r.text);
  REQUIRE(r.diagnostics.items().size() == 4u);
  for (const auto& d : r.diagnostics.items())
    CHECK(d.code == "template.unknown-tag-suggest");
  CHECK(arg(r.diagnostics.items()[0], "suggestion") == "title");
  CHECK(arg(r.diagnostics.items()[1], "suggestion") == "buyer.name");
  // Inside a loop, the item's names and the outer ones are in reach.
  CHECK(arg(r.diagnostics.items()[2], "suggestion") == "name");
  CHECK(arg(r.diagnostics.items()[3], "suggestion") == "title");
}

TEST_CASE("templates: unknown names are reported in sections, inverted sections and loops, once") {
  Folders f;
  f.dir.write("mine/en/doc.md.mustache",
              "{{#nothing}}x{{/nothing}}{{^nada}}y{{/nada}}{{#items}}{{zzz}}{{/items}}\n");
  const auto r = render({f.mine}, Lang::en, "doc", {{"items", {{{"name", "a"}}, {{"name", "b"}}}}});
  CHECK_FALSE(r.text);
  CHECK(codes(r.diagnostics) == std::vector<std::string>{"template.unknown-tag",
                                                         "template.unknown-tag",
                                                         "template.unknown-tag"});
}

TEST_CASE("templates: a list, an object or a yes/no used as text is an error") {
  Folders f;
  f.dir.write("mine/en/doc.md.mustache",
              "{{items}} {{buyer}} {{flag}} {{#items}}{{.}}{{/items}}\n");
  const auto r = render({f.mine}, Lang::en, "doc",
                        {{"items", {"a"}}, {"buyer", {{"name", "x"}}}, {"flag", true}});
  CHECK_FALSE(r.text);
  CHECK(codes(r.diagnostics) ==
        std::vector<std::string>{"template.not-text", "template.not-text", "template.not-text"});
  CHECK(r.diagnostics.items()[0].where->column == 1);
  CHECK(r.diagnostics.items()[1].where->column == 11);
}

TEST_CASE("templates: unescaped tags are refused, in both spellings") {
  Folders f;
  f.dir.write("mine/en/doc.md.mustache", "{{{title}}}\n{{& title}}\n{{title}}\n");
  const auto r = render({f.mine}, Lang::en, "doc", {{"title", "T"}});
  CHECK_FALSE(r.text);
  CHECK(codes(r.diagnostics) ==
        std::vector<std::string>{"template.unescaped", "template.unescaped"});
  CHECK(r.diagnostics.items()[1].where->line == 2);
}

TEST_CASE("templates: a partial's name is a file name in the template folders, never a path") {
  Folders f;
  f.dir.write("secret.md.mustache", "secret\n");
  f.dir.write("mine/en/doc.md.mustache",
              "{{> ../secret}}\n{{> en/doc}}\n{{> /etc/passwd}}\n{{> Upper}}\n");
  const auto r = render({f.mine}, Lang::en, "doc", nlohmann::json::object());
  CHECK_FALSE(r.text);
  CHECK(codes(r.diagnostics) == std::vector<std::string>(4, "template.bad-name"));
  CHECK(arg(r.diagnostics.items()[0], "name") == "../secret");

  Diagnostics direct;
  TemplateSet templates({f.mine}, Lang::en);
  CHECK_FALSE(templates.render("../secret", nlohmann::json::object(), verbatim, direct));
  CHECK(codes(direct) == std::vector<std::string>{"template.bad-name"});
}

TEST_CASE("templates: a link that leads out of the template folder is refused") {
  Folders f;
  f.dir.write("outside/letterhead.md.mustache", "stolen\n");
  f.dir.write("mine/en/doc.md.mustache", "{{> letterhead}}\n");
  fs::create_symlink(f.dir.path / "outside" / "letterhead.md.mustache",
                     f.dir.path / "mine" / "en" / "letterhead.md.mustache");
  const auto r = render({f.mine}, Lang::en, "doc", nlohmann::json::object());
  CHECK_FALSE(r.text);
  const Diagnostic& d = only(r.diagnostics);
  CHECK(d.code == "template.outside-folder");
  CHECK(arg(d, "path") == "mine/en/letterhead.md.mustache");
  CHECK(arg(d, "folder") == "mine");
  CHECK(d.where->line == 1);

  // A link to a file inside the folder is fine.
  f.dir.write("mine/shared.md.mustache", "shared\n");
  fs::create_symlink(f.dir.path / "mine" / "shared.md.mustache",
                     f.dir.path / "mine" / "en" / "linked.md.mustache");
  const auto linked = render({f.mine}, Lang::en, "linked", nlohmann::json::object());
  CHECK(linked.text == "shared\n");
}

TEST_CASE("templates: a partial that includes itself is refused before anything is rendered") {
  Folders f;
  // The unknown tag is never looked up: the cycle stops the template before rendering.
  f.dir.write("mine/en/doc.md.mustache", "{{unknown}}\n{{> self}}\n");
  f.dir.write("mine/en/self.md.mustache", "again\n{{> self}}\n");
  const auto r = render({f.mine}, Lang::en, "doc", nlohmann::json::object());
  CHECK_FALSE(r.text);
  const Diagnostic& d = only(r.diagnostics);
  CHECK(d.code == "template.partial-cycle");
  CHECK(arg(d, "cycle") == "self → self");
  CHECK(d.where->file == "mine/en/self.md.mustache");
  CHECK(d.where->line == 2);
}

TEST_CASE("templates: two partials that include each other are refused") {
  Folders f;
  f.dir.write("mine/en/doc.md.mustache", "{{> a}}\n");
  f.dir.write("mine/en/a.md.mustache", "{{> b}}\n");
  f.dir.write("mine/en/b.md.mustache", "{{#flag}}{{> a}}{{/flag}}\n");
  const auto r = render({f.mine}, Lang::en, "doc", {{"flag", false}});
  CHECK_FALSE(r.text);
  const Diagnostic& d = only(r.diagnostics);
  CHECK(d.code == "template.partial-cycle");
  CHECK(arg(d, "cycle") == "a → b → a");
  CHECK(d.where->file == "mine/en/b.md.mustache");

  // The same partial twice, without a cycle, is fine.
  f.dir.write("mine/en/twice.md.mustache", "{{> leaf}}{{> leaf}}\n");
  f.dir.write("mine/en/leaf.md.mustache", "x");
  CHECK(render({f.mine}, Lang::en, "twice", nlohmann::json::object()).text == "xx\n");
}

TEST_CASE("templates: the user's folder overrides the shipped one, per language, with fallback") {
  Folders f;
  f.dir.write("shipped/en/doc.md.mustache", "shipped en {{> part}}\n");
  f.dir.write("shipped/nb/doc.md.mustache", "shipped nb {{> part}}\n");
  f.dir.write("shipped/nn/doc.md.mustache", "shipped nn {{> part}}\n");
  f.dir.write("shipped/en/part.md.mustache", "part en");
  f.dir.write("shipped/nb/part.md.mustache", "part nb");
  f.dir.write("shipped/nn/part.md.mustache", "part nn");
  f.dir.write("mine/en/doc.md.mustache", "mine en {{> part}}\n");
  f.dir.write("mine/part.md.mustache", "my part");  // for every language
  const auto data = nlohmann::json::object();
  CHECK(render(f.both(), Lang::en, "doc", data).text == "mine en my part\n");
  CHECK(render(f.both(), Lang::nb, "doc", data).text == "shipped nb my part\n");
  CHECK(render({f.shipped}, Lang::nn, "doc", data).text == "shipped nn part nn\n");

  TemplateSet templates(f.both(), Lang::nb);
  CHECK(templates.find("doc.md.mustache") == f.dir.path / "shipped" / "nb" / "doc.md.mustache");
  CHECK(templates.find("part.md.mustache") == f.dir.path / "mine" / "part.md.mustache");
  CHECK(templates.find("none.md.mustache").empty());
}

TEST_CASE("templates: a missing template names the folders searched") {
  Folders f;
  f.dir.write("mine/en/doc.md.mustache", "{{> nowhere}}\n");
  const auto r = render(f.both(), Lang::en, "doc", nlohmann::json::object());
  const Diagnostic& d = only(r.diagnostics);
  CHECK(d.code == "template.not-found");
  CHECK(arg(d, "name") == "nowhere.md.mustache");
  CHECK(arg(d, "folders") == "mine/en, share/procure/templates/en");
  CHECK(d.where->line == 1);
}

TEST_CASE("templates: syntax errors, each at its place") {
  const std::vector<std::pair<std::string, std::string>> cases{
      {"text {{title\n", "template.unclosed-tag"},
      {"{{#items}}\nno end\n", "template.unclosed-section"},
      {"{{/items}}\n", "template.unmatched-end"},
      {"{{#a}}{{#b}}{{/a}}{{/b}}\n", "template.unmatched-end"},
      {"{{= x =}}\n", "template.bad-delimiters"},
      {"{{=<% %>\n", "template.unclosed-tag"},
      {"{{ }}\n", "template.bad-name"},
      {"{{a..b}}\n", "template.bad-name"},
      {"{{na me}}\n", "template.bad-name"},
  };
  for (const auto& [text, code] : cases) {
    const std::string& source = text;  // CAPTURE cannot take a binding (clang 14)
    CAPTURE(source);
    Folders f;
    f.dir.write("mine/en/doc.md.mustache", text);
    const auto r = render({f.mine}, Lang::en, "doc", {{"title", "T"}, {"items", {"x"}}});
    CHECK_FALSE(r.text);
    REQUIRE_FALSE(r.diagnostics.empty());
    CHECK(r.diagnostics.items().front().code == code);
    CHECK(r.diagnostics.items().front().where->file == "mine/en/doc.md.mustache");
  }
}

TEST_CASE("templates: 100 000 nested sections are refused at the first one too deep") {
  for (const int nesting : {10'000, 100'000}) {
    CAPTURE(nesting);
    Folders f;
    std::string text = "# Title\n";
    for (int i = 0; i < nesting; ++i)
      text += "{{#yes}}";
    f.dir.write("mine/en/doc.md.mustache", text + "\n");
    const auto r = render({f.mine}, Lang::en, "doc", {{"yes", true}});
    CHECK_FALSE(r.text);
    const Diagnostic& d = only(r.diagnostics);
    CHECK(d.code == "template.too-deep");
    CHECK(arg(d, "limit") == std::to_string(TemplateSet::max_section_depth));
    CHECK(d.where->line == 2);
    CHECK(d.where->column == 8 * TemplateSet::max_section_depth + 1);
  }
}

TEST_CASE("templates: sections nested within the limit render, and partials count towards it") {
  Folders f;
  const int half = TemplateSet::max_section_depth / 2;
  std::string open;
  std::string close;
  for (int i = 0; i < half; ++i) {
    open += "{{#yes}}";
    close += "{{/yes}}";
  }
  f.dir.write("mine/en/inner.md.mustache", open + "x" + close + "\n");
  f.dir.write("mine/en/doc.md.mustache", open + "{{> inner}}" + close + "\n");
  const auto fits = render({f.mine}, Lang::en, "doc", {{"yes", true}});
  REQUIRE(fits.text);
  CHECK(fits.text->starts_with("x\n"));
  f.dir.write("mine/en/doc.md.mustache", open + "{{#yes}}\n{{> inner}}{{/yes}}" + close + "\n");
  const auto deep = render({f.mine}, Lang::en, "doc", {{"yes", true}});
  CHECK_FALSE(deep.text);
  const Diagnostic& d = only(deep.diagnostics);
  CHECK(d.code == "template.too-deep");
  CHECK(d.where->file == "mine/en/doc.md.mustache");
  CHECK(d.where->line == 2);
}

TEST_CASE("templates: 100 000 tags on one line are read once, and problems stop at the limit") {
  Folders f;
  std::string tags;
  for (int i = 0; i < 100'000; ++i)
    tags += "{{title}} ";
  f.dir.write("mine/en/doc.md.mustache", tags + "\n");
  const auto fine = render({f.mine}, Lang::en, "doc", {{"title", "T"}});
  REQUIRE(fine.text);
  CHECK(fine.text->size() == 200'001u);
  std::string bad;
  for (int i = 0; i < 100'000; ++i)
    bad += "{{a..b}}";
  f.dir.write("mine/en/doc.md.mustache", bad + "\n");
  const auto r = render({f.mine}, Lang::en, "doc", {{"title", "T"}});
  CHECK_FALSE(r.text);
  CHECK(r.diagnostics.items().size() <= Diagnostics::max_items + 1);
  CHECK(r.diagnostics.truncated());
  // Unknown names are found while rendering: as many, and as bounded.
  std::string unknown;
  for (int i = 0; i < 100'000; ++i)
    unknown += "{{titel}}";
  f.dir.write("mine/en/doc.md.mustache", unknown + "\n");
  const auto u = render({f.mine}, Lang::en, "doc", {{"title", "T"}});
  CHECK_FALSE(u.text);
  CHECK(u.diagnostics.items().size() <= Diagnostics::max_items + 1);
  CHECK(u.diagnostics.items().front().code == "template.unknown-tag-suggest");
}

TEST_CASE("templates: a list repeated inside itself stops at a bound of the data's size") {
  Folders f;
  // Ten items, ten levels deep: 10^10 lines if rendered.
  std::string open;
  std::string close;
  for (int i = 0; i < 10; ++i) {
    open += "{{#items}}";
    close += "{{/items}}";
  }
  f.dir.write("mine/en/doc.md.mustache", "# {{title}}\n" + open + "{{.}}\n" + close);
  nlohmann::json items = nlohmann::json::array();
  for (int i = 0; i < 10; ++i)
    items.push_back("x");
  const auto r = render({f.mine}, Lang::en, "doc", {{"title", "T"}, {"items", items}});
  CHECK_FALSE(r.text);
  const Diagnostic& d = only(r.diagnostics);
  CHECK(d.code == "template.runaway");
  CHECK(d.where->line == 2);
  // The same list once, or a list inside each of its items, renders.
  f.dir.write("mine/en/doc.md.mustache", "{{#items}}{{.}}{{/items}}\n");
  CHECK(render({f.mine}, Lang::en, "doc", {{"items", items}}).text == "xxxxxxxxxx\n");
}

TEST_CASE("templates: a line holding only a section tag or a comment leaves no line") {
  Folders f;
  f.dir.write("mine/en/doc.md.mustache",
              "- a\n"
              "{{#no}}\n"
              "- b\n"
              "{{/no}}\n"
              "  {{^yes}}\n"
              "- c\n"
              "  {{/yes}}\n"
              "{{! a comment }}\n"
              "- d {{#yes}}(yes){{/yes}}\n"
              "{{#items}}\n"
              "- {{.}}\n"
              "{{/items}}\n"
              "\n"
              "end\n");
  const auto r =
      render({f.mine}, Lang::en, "doc", {{"no", false}, {"yes", true}, {"items", {"x"}}});
  CHECK(r.text == "- a\n- d (yes)\n- x\n\nend\n");
}

TEST_CASE("templates: other delimiters, dotted names and the current item") {
  Folders f;
  f.dir.write("mine/en/doc.md.mustache",
              "{{=<% %>=}}\n<% buyer.name %>: <%#items%><%.%> <%/items%>\n");
  const auto r =
      render({f.mine}, Lang::en, "doc", {{"buyer", {{"name", "KMD"}}}, {"items", {"1", "2"}}});
  CHECK(r.text == "KMD: 1 2 \n");
}

TEST_CASE("templates: another file suffix, for procure-init's case template") {
  Folders f;
  f.dir.write("shipped/nn/case.yaml.mustache", "reference: \"{{reference}}\"\n");
  TemplateSet templates({f.shipped}, Lang::nn, ".yaml.mustache");
  Diagnostics diagnostics;
  CHECK(templates.render("case", {{"reference", "18/1"}}, verbatim, diagnostics) ==
        "reference: \"18/1\"\n");
}

TEST_CASE("templates: the shipped folder is named from the installation prefix") {
  const auto folders = template_folders("mine", "/opt/procure/share/procure", "templates");
  REQUIRE(folders.size() == 2u);
  CHECK(folders[0].path == "mine");
  CHECK(folders[0].shown == "mine");
  CHECK(folders[1].path == "/opt/procure/share/procure/templates");
  CHECK(folders[1].shown == "share/procure/templates");
  CHECK(template_folders("", "/p/share/procure", "templates/init").size() == 1u);
}

TEST_CASE("templates: threads render at once, one reading templates while others render") {
  // A letter to each tenderer is rendered on every core with one set: the
  // templates are read as the first thread needs them, while the others
  // render those already read (the tag list grows as one is read).
  Folders f;
  constexpr std::size_t documents = 8;
  f.dir.write("mine/en/shared.md.mustache", "[{{name}}]");
  f.dir.write("mine/en/document.css", "p {}");
  for (std::size_t d = 0; d < documents; ++d) {
    const std::string n = std::to_string(d);
    f.dir.write("mine/en/doc" + n + ".md.mustache",
                "doc " + n + " {{> shared}} {{> own" + n + "}}{{#items}}<{{.}}>{{/items}}\n");
    f.dir.write("mine/en/own" + n + ".md.mustache", "own " + n + " {{name}}");
  }
  const nlohmann::json data{{"name", "x"}, {"items", {"a", "b", "c"}}};
  TemplateSet templates({f.mine}, Lang::en);
  constexpr std::size_t threads = 4;
  constexpr std::size_t rounds = 40;
  std::vector<std::vector<std::optional<std::string>>> texts(threads);
  std::vector<Diagnostics> problems(threads);
  {
    std::vector<std::jthread> running;
    for (std::size_t t = 0; t < threads; ++t) {
      running.emplace_back([&, t] {
        for (std::size_t r = 0; r < rounds; ++r) {
          const std::size_t d = (t + r) % documents;
          texts[t].push_back(
              templates.render("doc" + std::to_string(d), data, verbatim, problems[t]));
          CHECK(templates.read_asset("document.css", problems[t]) == "p {}");
        }
      });
    }
  }
  for (std::size_t t = 0; t < threads; ++t) {
    CHECK(problems[t].empty());
    for (std::size_t r = 0; r < rounds; ++r) {
      const std::string n = std::to_string((t + r) % documents);
      CHECK(texts[t][r] == "doc " + n + " [x] own " + n + " x<a><b><c>\n");
    }
  }
  // Each file once: the documents, their own partials, the shared one, the stylesheet.
  CHECK(templates.files_read().size() == 2 * documents + 2);
}
