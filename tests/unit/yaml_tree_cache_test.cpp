// The YAML tree cache answers with exactly the tree and problems a parse of
// the same text gives, never for another text (an edit, a touch, a file
// replaced by one of the same size and time, files swapped, a rule table
// changed), and ignores damaged and foreign entries.
#include <doctest/doctest.h>

#include <fcntl.h>
#include <sys/stat.h>

#include <iterator>

#include "common/yaml_tree_cache.hpp"
#include "procure/load/case_loader.hpp"
#include "procure/rules/rule_tables_loader.hpp"
#include "rule_test_support.hpp"
#include "test_support.hpp"
#include "yaml_test_support.hpp"

using namespace procure;
namespace fs = std::filesystem;
using test::describe;
using test::describe_node;
using test::entries_in;
using test::modified_of;
using test::read_text;
using test::set_modified;

namespace {

// The tree and problems of a parse of `text` named `name`, through `memo` (or none).
std::string parsed(const std::string& name, const std::string& text, const yaml::ParseMemo* memo) {
  Diagnostics problems;
  const SourceFile source(name, text);
  const auto root = yaml::parse(source, problems, memo);
  std::string out = describe(problems);
  if (root)
    describe_node(*root, out);
  return out;
}

// A case as every tool sees it: its problems and the values they show.
std::string loaded(const fs::path& folder, const yaml::ParseMemo* memo) {
  const CaseLoad load = load_case(folder, "case", memo);
  std::string out = describe(load.diagnostics) + load.value.reference + "|" +
                    std::string(load.value.title.in(Lang::en, Lang::nb)) + "|" +
                    std::to_string(load.value.timeline.milestones.size()) + "|";
  for (const auto& m : load.value.timeline.milestones)
    out += m.id + "=" + m.earliest_date().iso() + ";";
  for (const auto& [path, where] : load.value.locations)
    out += path + ":" + std::to_string(where.line) + ":" + std::to_string(where.column) + ";";
  return out;
}

struct Cache {
  test::TempDir dir;
  fs::path folder = dir.path / "trees";
  cli::YamlTreeCache cache = *cli::YamlTreeCache::open(folder, "test build");
};

}  // namespace

TEST_CASE("a kept tree is the tree and the problems a parse gives, for every shipped file") {
  Cache c;
  std::size_t files = 0;
  for (const char* folder : {"examples", "rules"}) {
    for (const auto& entry : fs::recursive_directory_iterator(test::source_dir / folder)) {
      if (entry.path().extension() != ".yaml")
        continue;
      const std::string text = read_text(entry.path());
      const std::string name = entry.path().filename().string();
      const std::string fresh = parsed(name, text, nullptr);
      CHECK_FALSE(c.cache.find(SourceFile(name, text), {}));
      CHECK(parsed(name, text, &c.cache) == fresh);
      CHECK(c.cache.find(SourceFile(name, text), {}));
      CHECK(parsed(name, text, &c.cache) == fresh);
      ++files;
    }
  }
  CHECK(files > 30);
  CHECK(entries_in(c.folder) == files);
}

TEST_CASE("a text's problems are kept with its tree") {
  Cache c;
  const std::string text = "a: 1\nb: [1, 2]\na: 2\n";
  const std::string fresh = parsed("dup.yaml", text, nullptr);
  CHECK(fresh.find("yaml.") != std::string::npos);
  CHECK(parsed("dup.yaml", text, &c.cache) == fresh);
  REQUIRE(c.cache.find(SourceFile("dup.yaml", text), {}));
  CHECK(parsed("dup.yaml", text, &c.cache) == fresh);
  // The same text under another name: its messages name that file.
  CHECK_FALSE(c.cache.find(SourceFile("other.yaml", text), {}));
  CHECK(parsed("other.yaml", text, &c.cache) == parsed("other.yaml", text, nullptr));
  // A text that is not YAML is not kept: it is parsed again each time.
  const std::string broken = "a: [1, 2\n";
  CHECK(parsed("broken.yaml", broken, &c.cache) == parsed("broken.yaml", broken, nullptr));
  CHECK_FALSE(c.cache.find(SourceFile("broken.yaml", broken), {}));
}

TEST_CASE("a case read through the cache is the case read without it, after any change") {
  Cache c;
  const fs::path kase = c.dir.path / "case";
  const fs::path other = c.dir.path / "other";
  fs::copy(test::source_dir / "examples/kmd-2018-prosessbistand", kase,
           fs::copy_options::recursive);
  fs::copy(test::source_dir / "examples/solvik-2025-renhold", other, fs::copy_options::recursive);
  const fs::path file = kase / "case.yaml";
  const auto same = [&] {
    const std::string fresh = loaded(kase, nullptr);
    CHECK(loaded(kase, &c.cache) == fresh);
    CHECK(loaded(kase, &c.cache) == fresh);
    return fresh;
  };
  const std::string first = same();
  CHECK(entries_in(c.folder) == 1);

  // Edited in place, with the same size and modification time: another reference.
  const timespec modified = modified_of(file);
  std::string text = read_text(file);
  const auto at = text.find("\"18/1234\"");
  REQUIRE(at != std::string::npos);
  text[at + 1] = '9';
  std::ofstream(file, std::ios::binary | std::ios::trunc) << text;
  set_modified(file, modified);
  const std::string edited = same();
  CHECK(edited != first);

  // Touched: the same text, the same answer.
  REQUIRE(::utimensat(AT_FDCWD, file.c_str(), nullptr, 0) == 0);
  CHECK(same() == edited);

  // Replaced by another file of the same size and time.
  std::string renamed = text;
  const auto title = renamed.find("en: Process");
  REQUIRE(title != std::string::npos);
  renamed[title + 4] = 'X';
  const fs::path replacement = c.dir.path / "replacement.yaml";
  std::ofstream(replacement, std::ios::binary) << renamed;
  set_modified(replacement, modified);
  fs::rename(replacement, file);
  const std::string replaced = same();
  CHECK(replaced != edited);

  // Two cases' files swapped.
  const fs::path aside = c.dir.path / "aside.yaml";
  fs::rename(file, aside);
  fs::rename(other / "case.yaml", file);
  fs::rename(aside, other / "case.yaml");
  const std::string swapped = same();
  CHECK(swapped != replaced);
  CHECK(swapped.find("2025/117") != std::string::npos);
}

TEST_CASE("rule tables read through the cache are the tables read without it, after a change") {
  Cache c;
  const fs::path rules = c.dir.path / "rules";
  fs::copy(test::source_dir / "rules", rules, fs::copy_options::recursive);
  const auto tables = [&](const yaml::ParseMemo* memo) {
    Diagnostics problems;
    const auto t = load_rule_tables(rules, "rules", problems, Lang::en, memo);
    std::string out = describe(problems);
    if (t) {
      for (const auto& limit : t->time_limits)
        out += limit.id + "=" + std::to_string(limit.days) + ";";
    }
    return out;
  };
  const std::string fresh = tables(nullptr);
  CHECK(tables(&c.cache) == fresh);
  CHECK(tables(&c.cache) == fresh);
  CHECK(entries_in(c.folder) == 7);
  // A time limit changed, the file's size and time kept.
  const fs::path file = rules / time_limits_file;
  const timespec modified = modified_of(file);
  std::string text = read_text(file);
  const auto at = text.find("days: 35");
  REQUIRE(at != std::string::npos);
  text.replace(at, 8, "days: 36");
  std::ofstream(file, std::ios::binary | std::ios::trunc) << text;
  set_modified(file, modified);
  const std::string changed = tables(nullptr);
  CHECK(changed != fresh);
  CHECK(tables(&c.cache) == changed);
}

TEST_CASE("a damaged or foreign tree entry is ignored") {
  Cache c;
  const std::string name = "case.yaml";
  const std::string text =
      read_text(test::source_dir / "examples/kmd-2018-prosessbistand/case.yaml");
  const std::string fresh = parsed(name, text, nullptr);
  REQUIRE(parsed(name, text, &c.cache) == fresh);
  REQUIRE(entries_in(c.folder) == 1);
  const fs::path entry = fs::directory_iterator(c.folder)->path();
  const std::string whole = read_text(entry);
  const SourceFile source(name, text);
  const auto written = [&](const std::string& bytes) {
    std::ofstream(entry, std::ios::binary | std::ios::trunc) << bytes;
    return c.cache.find(source, {}).has_value();
  };
  CHECK(written(whole));
  CHECK_FALSE(written(""));
  CHECK_FALSE(written("garbage"));
  CHECK_FALSE(written(whole.substr(0, whole.size() / 2)));
  CHECK_FALSE(written(whole.substr(0, whole.size() - 1)));
  CHECK_FALSE(written(whole + "x"));
  // A node's kind, a count and a text's length damaged, just after the text.
  const std::size_t tree = whole.find(text) + text.size();
  const std::size_t first_node = whole.find(' ', tree) + 1;
  for (const std::size_t offset : {first_node, first_node + 10, first_node + 15}) {
    std::string damaged = whole;
    damaged[offset] = '\x7f';
    CHECK_FALSE(written(damaged));
  }
  // A letter of a text in the tree changed, every size kept: its checksum.
  {
    std::string damaged = whole;
    const std::size_t letter = damaged.find("Kommunal", first_node);
    REQUIRE(letter != std::string::npos);
    damaged[letter] = 'k';
    CHECK_FALSE(written(damaged));
  }
  // The same entry for other limits: a deeper tree than they allow is not read.
  CHECK(written(whole));
  CHECK_FALSE(c.cache.find(source, {.max_depth = 3}));
  CHECK_FALSE(c.cache.find(source, {.max_depth = 64, .max_nodes = 10}));
  // Something else in the entry's place: a link to a device, a pipe.
  fs::remove(entry);
  fs::create_symlink("/dev/zero", entry);
  CHECK(parsed(name, text, &c.cache) == fresh);
  fs::remove(entry);
  REQUIRE(::mkfifo(entry.c_str(), 0600) == 0);
  CHECK_FALSE(c.cache.find(source, {}));
  CHECK(parsed(name, text, &c.cache) == fresh);
  fs::remove(entry);
  // Another build's entries are not this one's.
  CHECK(written(whole));
  const auto other = cli::YamlTreeCache::open(c.folder, "another build");
  REQUIRE(other);
  CHECK_FALSE(other->find(source, {}));
}

TEST_CASE("an entry standing at another text's entry name is not taken for that text") {
  // Entry names are a 64-bit hash of the key: two keys may share one, and
  // the entry's whole key is what decides.
  Cache c;
  const std::string first = "reference: A-1\n";
  const std::string second = "reference: B-2\n";
  REQUIRE(parsed("case.yaml", first, &c.cache) == parsed("case.yaml", first, nullptr));
  const fs::path first_entry = fs::directory_iterator(c.folder)->path();
  const std::string fresh = parsed("case.yaml", second, nullptr);
  REQUIRE(parsed("case.yaml", second, &c.cache) == fresh);
  REQUIRE(entries_in(c.folder) == 2);
  fs::path second_entry;
  for (const auto& entry : fs::directory_iterator(c.folder)) {
    if (entry.path() != first_entry)
      second_entry = entry.path();
  }
  fs::copy_file(first_entry, second_entry, fs::copy_options::overwrite_existing);
  CHECK_FALSE(c.cache.find(SourceFile("case.yaml", second), {}));
  CHECK(parsed("case.yaml", second, &c.cache) == fresh);
}
