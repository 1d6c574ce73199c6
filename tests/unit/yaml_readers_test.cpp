// Reading a text with libyaml first gives the tree and the problems yaml-cpp
// gives, for the shipped examples, rules and templates, every YAML input of
// the golden tests and the fuzzers' corpora; libyaml reads the texts without
// problems, yaml-cpp the others, and a text yaml-cpp reads though it is not
// well-formed is refused as libyaml finds it.
#include <doctest/doctest.h>

#include <fstream>
#include <iterator>
#include <sstream>

#include "procure/yaml/event_readers.hpp"
#include "rule_test_support.hpp"
#include "test_support.hpp"
#include "yaml_test_support.hpp"

using namespace procure;
namespace fs = std::filesystem;
using test::read_text;

namespace {

struct NamedText {
  std::string name;
  std::string text;
  bool shipped = false;  // an example, a rule table or a template
};

// The "<<< name.yaml" inputs of a golden test file.
void add_golden_inputs(const fs::path& path, std::vector<NamedText>& texts) {
  std::istringstream lines(read_text(path));
  std::string line;
  NamedText input;
  bool collecting = false;
  const auto close = [&] {
    if (collecting)
      texts.push_back(input);
    collecting = false;
  };
  while (std::getline(lines, line)) {
    const bool section = line.rfind("<<<", 0) == 0 || line.rfind(">>>", 0) == 0;
    if (section || line.rfind("$ ", 0) == 0) {
      close();
      if (line.rfind("<<< ", 0) == 0 && line.size() > 9 &&
          line.compare(line.size() - 5, 5, ".yaml") == 0) {
        input = {path.filename().string() + ":" + line.substr(4), "", false};
        collecting = true;
      }
      continue;
    }
    if (collecting)
      input.text += line + "\n";
  }
  close();
}

std::vector<NamedText> every_yaml_text() {
  std::vector<NamedText> texts;
  for (const char* folder :
       {"examples", "rules", "templates", "tests/golden", "tests/fuzz/corpus"}) {
    for (const auto& entry : fs::recursive_directory_iterator(test::source_dir / folder)) {
      if (!entry.is_regular_file())
        continue;
      const auto& path = entry.path();
      if (path.extension() == ".test") {
        add_golden_inputs(path, texts);
        continue;
      }
      const bool yaml_corpus = path.string().find("corpus/case_loader") != std::string::npos ||
                               path.string().find("corpus/dialogue_loader") != std::string::npos ||
                               path.string().find("corpus/tenders") != std::string::npos ||
                               path.string().find("corpus/opening_protocol") != std::string::npos;
      const bool shipped = std::string_view(folder).find("tests") == std::string_view::npos;
      if (path.extension() == ".yaml" || yaml_corpus)
        texts.push_back(NamedText{path.filename().string(), read_text(path), shipped});
    }
  }
  return texts;
}

std::string described(const std::optional<yaml::Node>& root, const Diagnostics& problems) {
  std::string out = test::describe(problems);
  if (root)
    test::describe_node(*root, out);
  return out;
}

}  // namespace

TEST_CASE("a text reads as yaml-cpp reads it, and libyaml reads the texts without problems") {
  std::size_t read_by_libyaml = 0;
  std::size_t read_by_yaml_cpp = 0;
  std::size_t refused_as_libyaml_finds = 0;
  std::size_t shipped = 0;
  for (const auto& [name, text, is_shipped] : every_yaml_text()) {
    // INFO captures what it shows in a lambda, which clang allows of a
    // variable but not of a structured binding.
    const std::string& shown = name;
    INFO(shown);
    const SourceFile source(name, text);
    Diagnostics problems;
    const auto root = yaml::parse(source, problems);
    Diagnostics yaml_cpp_problems;
    auto yaml_cpp_root = yaml::read_with_yaml_cpp(source, yaml_cpp_problems, {});
    if (yaml_cpp_root) {
      if (const auto malformed = yaml::find_malformation(source)) {
        ++refused_as_libyaml_finds;
        yaml_cpp_problems.error(
            malformed->code,
            malformed->detail.empty() ? MessageArgs{} : MessageArgs{{"detail", malformed->detail}},
            source.span_at_byte(malformed->line, malformed->byte_column));
        yaml_cpp_root.reset();
      }
    }
    CHECK(described(root, problems) == described(yaml_cpp_root, yaml_cpp_problems));
    const auto fast = yaml::read_with_libyaml(source, {});
    ++(fast ? read_by_libyaml : read_by_yaml_cpp);
    if (fast)
      CHECK(yaml_cpp_problems.items().empty());
    // What the toolkit ships is read at libyaml's speed.
    if (is_shipped) {
      ++shipped;
      CHECK(fast);
    }
  }
  MESSAGE(read_by_libyaml << " texts read by libyaml, " << read_by_yaml_cpp << " by yaml-cpp, "
                          << refused_as_libyaml_finds << " of those refused as libyaml finds");
  CHECK(shipped > 50);
  CHECK(read_by_libyaml > 800);
}

TEST_CASE("a text yaml-cpp reads though it is not well-formed is refused where libyaml finds it") {
  struct Misread {
    std::string text;
    std::string code;
    int line;
    int column;
  };
  // yaml-cpp 0.7 reads each of these without a word: the quote left open
  // takes in the lines after it, the last line becomes a key, ",," an empty
  // item.
  const Misread misread[] = {
      {"a: \"open\nb: 1\n", "yaml.unclosed-quote", 1, 4},
      {"a: 1\nb: 'open\n", "yaml.unclosed-quote", 2, 4},
      {"a: 1\nb\n", "yaml.missing-colon", 2, 1},
      {"a:\n  x: 1\n  y\n", "yaml.missing-colon", 3, 3},
      {"a: [1,,2]\n", "yaml.empty-flow-item", 1, 7},
      {"a: \x1b[31m\nb: \"open\n", "yaml.unclosed-quote", 2, 4},  // past a control character
  };
  for (const auto& [text, code, line, column] : misread) {
    // INFO captures a variable, not a structured binding (clang).
    const std::string& shown = text;
    INFO(shown);
    const SourceFile source("misread.yaml", text);
    Diagnostics yaml_cpp_problems;
    CHECK(yaml::read_with_yaml_cpp(source, yaml_cpp_problems, {}));
    Diagnostics problems;
    CHECK_FALSE(yaml::parse(source, problems));
    REQUIRE(problems.items().size() == 1);
    CHECK(problems.items()[0].code == code);
    REQUIRE(problems.items()[0].where);
    CHECK(problems.items()[0].where->line == line);
    CHECK(problems.items()[0].where->column == column);
  }
  // Where YAML 1.1 (libyaml) and 1.2 (yaml-cpp) differ, yaml-cpp's reading
  // stands: an anchor's name with ':', a control character in a value.
  for (const std::string text : {"a: &x:y 1\nb: *x:y\n",
                                 "a: b\x01"
                                 "c\n",
                                 "a: b\xC2\x81"
                                 "c\n"}) {
    INFO(text);
    const SourceFile source("read.yaml", text);
    Diagnostics problems;
    CHECK(yaml::parse(source, problems));
    CHECK(problems.items().empty());
    CHECK_FALSE(yaml::find_malformation(source));
  }
}

TEST_CASE("libyaml refuses every character its reader refuses, though it is handed texts decoded") {
  // A text libyaml's reader would take as it stands is handed to it decoded
  // already; one with a character the reader refuses must still be refused.
  using namespace std::string_literals;
  for (const std::string& refused :
       {"a: b\x01\n"s, "a: b\x7F\n"s, "a: b\xC2\x81\n"s, "a: b\xEF\xBF\xBE\n"s, "a: b\0c: d\n"s,
        "a: b\xED\xA0\x80\n"s}) {
    const SourceFile source("refused.yaml", refused);
    INFO(refused);
    CHECK_FALSE(yaml::read_with_libyaml(source, {}));
  }
}

TEST_CASE("texts handed to libyaml decoded, or too long for that, read as yaml-cpp reads them") {
  std::string long_text;
  for (int i = 0; long_text.size() < 200'000; ++i)
    long_text +=
        "key" + std::to_string(i) + ": \"verdi æøå 😀 \xEE\x80\x80 " + std::to_string(i) + "\"\n";
  // libyaml's buffer holds 48 KiB: a text one byte short of it is handed
  // over with its NUL in the buffer's last byte, one as long or longer is
  // read by libyaml itself (the sanitizer build would see a byte written
  // past the buffer).
  std::vector<std::string> texts{
      "tittel: Prosessbistand – «innovasjon» 😀\nliste:\n  - æ\n  - \xEE\x80\x80\n",
      "a:\tb\n\"c\": |\n  d\n  e\n", "", "x", long_text};
  for (const std::size_t size : {49'150u, 49'151u, 49'152u, 49'153u})
    texts.push_back("k: " + std::string(size - 4, 'a') + "\n");
  for (const std::string& text : texts) {
    const SourceFile source("text.yaml", text);
    INFO(text.substr(0, 80));
    const auto fast = yaml::read_with_libyaml(source, {});
    REQUIRE(fast);
    Diagnostics problems;
    const auto root = yaml::read_with_yaml_cpp(source, problems, {});
    REQUIRE(root);
    CHECK(described(fast, {}) == described(root, problems));
  }
}
