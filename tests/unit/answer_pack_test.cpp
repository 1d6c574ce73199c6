// A run's pack of entries keeps what the run carried and put, drops the
// rest, is written only when it changed, and a pack that is damaged, cut
// short or another run's is not taken for this run's.
#include <doctest/doctest.h>

#include <sys/stat.h>

#include <fstream>
#include <map>
#include <optional>
#include <string>

#include "common/answer_pack.hpp"
#include "common/cache_entry.hpp"
#include "rule_test_support.hpp"
#include "test_support.hpp"

using namespace procure;
namespace fs = std::filesystem;

namespace {

constexpr std::string_view run_name = "a run over cases/";
constexpr std::string_view suffix = ".pack";

// What the pack in `folder` for `run` holds under each key of `keys`: its
// head and rest, or "none".
std::map<std::string, std::string> held(const fs::path& folder,
                                        std::initializer_list<std::string_view> keys,
                                        std::string_view run = run_name) {
  const cli::AnswerPack pack(folder, std::string(run), suffix);
  std::map<std::string, std::string> found;
  for (const std::string_view key : keys) {
    const cli::AnswerPack::Kept* kept = pack.find(key);
    const auto head = kept ? pack.head(*kept) : std::nullopt;
    const auto rest = kept ? pack.rest(*kept) : std::nullopt;
    found[std::string(key)] = head && rest ? *head + "|" + *rest : std::string("none");
  }
  return found;
}

fs::path pack_path(const fs::path& folder) {
  return folder / cli::entry_file_name(run_name, suffix);
}

// The pack's inode: while a file is open its inode is not another's, so
// another inode is another file written.
ino_t inode_of(const fs::path& path) {
  struct stat st {};
  REQUIRE(::stat(path.c_str(), &st) == 0);
  return st.st_ino;
}

}  // namespace

TEST_CASE("a pack keeps what its run put and carried, and drops what it did not") {
  test::TempDir dir;
  {
    cli::AnswerPack pack(dir.path, std::string(run_name), suffix);
    CHECK(pack.find("a") == nullptr);
    pack.put("a", "head a", "rest a");
    pack.put("b", "head b", std::string(100'000, 'r'));
    pack.put("c", "", "");
    pack.finish();
  }
  CHECK(held(dir.path, {"a", "b", "c", "d"}) ==
        std::map<std::string, std::string>{{"a", "head a|rest a"},
                                           {"b", "head b|" + std::string(100'000, 'r')},
                                           {"c", "|"},
                                           {"d", "none"}});
  {
    // Carried, put again, put new; "c" neither.
    cli::AnswerPack pack(dir.path, std::string(run_name), suffix);
    pack.carry(*pack.find("a"));
    pack.put("b", "head b2", "rest b2");
    pack.put("d", "head d", "rest d");
    pack.finish();
  }
  CHECK(
      held(dir.path, {"a", "b", "c", "d"}) ==
      std::map<std::string, std::string>{
          {"a", "head a|rest a"}, {"b", "head b2|rest b2"}, {"c", "none"}, {"d", "head d|rest d"}});
  {
    // Put after it was carried: the entry put is the one kept.
    cli::AnswerPack pack(dir.path, std::string(run_name), suffix);
    pack.carry(*pack.find("a"));
    pack.carry(*pack.find("b"));
    pack.put("a", "head a2", "rest a2");
    pack.carry(*pack.find("d"));
    pack.finish();
  }
  CHECK(held(dir.path, {"a", "b", "d"}) ==
        std::map<std::string, std::string>{
            {"a", "head a2|rest a2"}, {"b", "head b2|rest b2"}, {"d", "head d|rest d"}});
  // Another run's name: not this pack.
  CHECK(held(dir.path, {"a"}, "another run") == std::map<std::string, std::string>{{"a", "none"}});
}

TEST_CASE("a pack is written only when its run changed it") {
  test::TempDir dir;
  {
    cli::AnswerPack pack(dir.path, std::string(run_name), suffix);
    pack.finish();
  }
  CHECK_FALSE(fs::exists(pack_path(dir.path)));
  {
    cli::AnswerPack pack(dir.path, std::string(run_name), suffix);
    pack.put("a", "head a", "rest a");
    pack.put("b", "head b", "rest b");
    pack.finish();
  }
  const ino_t first = inode_of(pack_path(dir.path));
  const std::ifstream first_open(pack_path(dir.path));
  {
    cli::AnswerPack pack(dir.path, std::string(run_name), suffix);
    pack.carry(*pack.find("b"));
    pack.carry(*pack.find("a"));
    pack.finish();
  }
  CHECK(inode_of(pack_path(dir.path)) == first);
  {
    // One of two carried: the other is dropped.
    cli::AnswerPack pack(dir.path, std::string(run_name), suffix);
    pack.carry(*pack.find("a"));
    pack.finish();
  }
  CHECK(inode_of(pack_path(dir.path)) != first);
  CHECK(held(dir.path, {"a", "b"}) ==
        std::map<std::string, std::string>{{"a", "head a|rest a"}, {"b", "none"}});
  // No temporary file left beside the pack.
  CHECK(test::entries_in(dir.path) == 1);
}

TEST_CASE("a pack cut short, grown or damaged anywhere is not read, or reads within itself") {
  test::TempDir dir;
  {
    cli::AnswerPack pack(dir.path, std::string(run_name), suffix);
    pack.put("a", "head a", "rest a");
    pack.put("b", "head b", "rest b");
    pack.finish();
  }
  const fs::path path = pack_path(dir.path);
  const std::string whole = test::read_text(path);
  const auto all_none = std::map<std::string, std::string>{{"a", "none"}, {"b", "none"}};
  for (std::size_t size = 0; size < whole.size(); ++size) {
    std::ofstream(path, std::ios::binary | std::ios::trunc) << whole.substr(0, size);
    CHECK(held(dir.path, {"a", "b"}) == all_none);
  }
  std::ofstream(path, std::ios::binary | std::ios::trunc) << whole << "x";
  CHECK(held(dir.path, {"a", "b"}) == all_none);
  // Each byte changed in turn: where the pack is still read, each entry
  // found reads as it was written, or not at all (its checksum).
  for (std::size_t at = 0; at < whole.size(); ++at) {
    std::string damaged = whole;
    damaged[at] = static_cast<char>(damaged[at] ^ 0x5A);
    std::ofstream(path, std::ios::binary | std::ios::trunc) << damaged;
    const cli::AnswerPack pack(dir.path, std::string(run_name), suffix);
    for (const std::string_view key : {"a", "b"}) {
      if (const cli::AnswerPack::Kept* kept = pack.find(key)) {
        const auto head = pack.head(*kept);
        const auto rest = pack.rest(*kept);
        CHECK((!head || *head == "head " + std::string(key)));
        CHECK((!rest || *rest == "rest " + std::string(key)));
      }
    }
  }
  // A folder, a link or a pipe in its place.
  fs::remove(path);
  fs::create_directory(path);
  CHECK(held(dir.path, {"a"}) == std::map<std::string, std::string>{{"a", "none"}});
  fs::remove(path);
  fs::create_symlink(dir.path / "elsewhere", path);
  std::ofstream(dir.path / "elsewhere", std::ios::binary) << whole;
  CHECK(held(dir.path, {"a"}) == std::map<std::string, std::string>{{"a", "none"}});
  fs::remove(path);
  REQUIRE(::mkfifo(path.c_str(), 0600) == 0);
  CHECK(held(dir.path, {"a"}) == std::map<std::string, std::string>{{"a", "none"}});
}

TEST_CASE("the fuzz target's seed pack is a pack its target reads") {
  // tests/fuzz/corpus/cache_entries/seed-answer-pack, written by hand in the
  // format: so the fuzzer starts from a pack that opens.
  test::TempDir dir;
  const std::string seed =
      test::read_text(test::source_dir / "tests/fuzz/corpus/cache_entries/seed-answer-pack");
  REQUIRE_FALSE(seed.empty());
  dir.write(cli::entry_file_name("fuzz run", ".pack"), seed);
  const cli::AnswerPack pack(dir.path, "fuzz run", ".pack");
  const cli::AnswerPack::Kept* kept = pack.find("a case");
  REQUIRE(kept != nullptr);
  CHECK(pack.head(*kept) == "procure case outline 4\nthe answer");
  CHECK(pack.rest(*kept) == "what the files showed");
}
