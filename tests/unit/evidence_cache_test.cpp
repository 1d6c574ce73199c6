// What a case's files showed, kept in a case's entry behind its answer (in
// the pack of a run's cases), is never given for files that changed: an
// edit, a touch, a file replaced by one of the same size and time, two
// files swapped, a file added or removed; and a damaged pack is only
// ignored.
#include <doctest/doctest.h>

#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

#include <algorithm>
#include <chrono>
#include <iterator>

#include "common/case_answers.hpp"
#include "common/case_set.hpp"
#include "common/evidence_cache.hpp"
#include "common/yaml_tree_cache.hpp"
#include "rule_test_support.hpp"
#include "test_support.hpp"
#include "yaml_test_support.hpp"

using namespace procure;
namespace fs = std::filesystem;
using test::modified_of;
using test::read_text;
using test::set_modified;

namespace {

std::string describe(const CaseEvidence& e) {
  std::string text;
  if (e.inputs) {
    text += "inputs " + std::to_string(e.inputs->received) + "/" + std::to_string(e.inputs->late) +
            " " + e.inputs->file + " " + (e.inputs->last ? iso_utc(*e.inputs->last) : "-") + " " +
            iso_utc(e.inputs->deadline) + ";";
  }
  if (e.opening) {
    text += "opening " + std::to_string(e.opening->received) + "/" +
            std::to_string(e.opening->late) + " " + iso_utc(e.opening->opened_at) + " " +
            e.opening->file + ":" + std::to_string(e.opening->opened_where.line) + ";";
  }
  if (e.requests_opening) {
    text += "requests " + std::to_string(e.requests_opening->opened) + " " +
            iso_utc(e.requests_opening->opened_at) + " " + e.requests_opening->file + ";";
  }
  if (e.evaluation) {
    text += "evaluation " + std::string(e.evaluation->complete ? "complete" : "incomplete") + " " +
            std::to_string(e.evaluation->incomplete) + " " + e.evaluation->folder + ";";
  }
  return text + test::describe_items(e.problems);
}

// The case as the case set keeps it: case.yaml's text and tree, and `evidence`.
cli::KeptCase kept_case(const CaseLocation& location, CaseEvidence evidence) {
  cli::KeptCase kept;
  kept.case_text = read_text(location.folder / "case.yaml");
  const SourceFile source(location.display + "/case.yaml", kept.case_text);
  yaml::ParsedText parsed;
  auto root = yaml::parse(source, parsed.problems, kept.case_limits);
  REQUIRE(root);
  parsed.root = std::move(*root);
  kept.case_parsed = *cli::encode_parsed(parsed);
  kept.evidence = std::move(evidence);
  return kept;
}

// Entries holding nothing but what the case's files showed, in the pack
// of a run over `arguments`.
cli::CaseAnswers kept_cases(const cli::EvidenceCache& cache,
                            const std::vector<std::string>& arguments = {"cases"},
                            std::string_view question = "") {
  return cli::CaseAnswers(cache, "test entry\n", ".test", {}, arguments, question);
}

// What `cache`'s entry holds of the case's files as they are now.
std::optional<cli::KeptCase> kept_for(const cli::EvidenceCache& cache, const CaseLocation& location,
                                      const std::string& argument = "cases") {
  const auto groundwork = kept_cases(cache, {argument}).find({location, true}).groundwork();
  return groundwork ? cli::decode_kept_case(*groundwork) : std::nullopt;
}

void keep(const cli::EvidenceCache& cache, const CaseLocation& location,
          const cli::CaseFiles& files, const cli::KeptCase& kept,
          const std::string& argument = "cases") {
  cli::CaseAnswers answers = kept_cases(cache, {argument});
  answers.keep(location, files, "", *cli::encode_kept_case(kept));
  answers.finish();
}

struct CachedCase {
  test::TempDir dir;
  CaseLocation location;
  fs::path cache_folder;
  std::optional<cli::EvidenceCache> cache;
  CaseEvidence kept;

  // The seed example with all its files, its evidence kept in a fresh cache.
  CachedCase() {
    location = {dir.path / "kmd", (dir.path / "kmd").string()};
    fs::copy(test::source_dir / "examples/kmd-2018-prosessbistand", location.folder,
             fs::copy_options::recursive);
    cache_folder = dir.path / "cache";
    fs::create_directories(cache_folder);
    test::wait_until_settled(location.folder, cache_folder);
    cache = cli::EvidenceCache::open(cache_folder, "test build", std::chrono::nanoseconds(0));
    REQUIRE(cache);
    const auto files = cli::folder_files(location.folder);
    REQUIRE(files);
    CHECK_FALSE(lookup());
    kept = evidence();
    keep(*cache, location, *files, kept_case(location, kept));
    REQUIRE(lookup());
    CHECK(describe(*lookup()) == describe(kept));
  }

  CaseEvidence evidence() const {
    const CaseLoad load = load_case(location.folder, location.display);
    REQUIRE(load.ok());
    return read_case_evidence(load.value);
  }

  // What the cache answers for the files as they are now.
  std::optional<CaseEvidence> lookup() const {
    auto found = kept_for(*cache, location);
    return found ? std::optional(std::move(found->evidence)) : std::nullopt;
  }

  fs::path file(const char* relative) const { return location.folder / relative; }

  // A copy of the case beside it, settled, the cache opened again after it
  // so that what is made of the copy is kept.
  CaseLocation copied(const char* name) {
    const CaseLocation copy{dir.path / name, (dir.path / name).string()};
    fs::copy(location.folder, copy.folder, fs::copy_options::recursive);
    test::wait_until_settled(copy.folder, cache_folder);
    cache = cli::EvidenceCache::open(cache_folder, "test build", std::chrono::nanoseconds(0));
    REQUIRE(cache);
    return copy;
  }
};

}  // namespace

TEST_CASE("the evidence cache answers for files that did not change, exactly as read") {
  CachedCase c;
  CHECK(c.kept.opening);
  CHECK(c.kept.evaluation);
  CHECK(c.kept.inputs);
  const auto again = c.lookup();
  REQUIRE(again);
  CHECK(describe(*again) == describe(c.evidence()));
}

TEST_CASE("an entry's answer and what is kept behind it read back whole, however long") {
  CachedCase c;
  const auto files = cli::folder_files(c.location.folder);
  REQUIRE(files);
  const CaseCandidate candidate{c.location, true};
  const auto kept = [&](const std::string& answer, const std::string& groundwork,
                        std::string_view question = "") {
    cli::CaseAnswers answers = kept_cases(*c.cache, {"cases"}, question);
    answers.keep(c.location, *files, answer, groundwork);
    answers.finish();
  };
  for (const std::size_t answer_size : {0u, 10u, 5'000u, 16'384u, 40'000u}) {
    for (const std::size_t groundwork_size : {0u, 1u, 20'000u, 100'000u}) {
      INFO(answer_size << " " << groundwork_size);
      const std::string answer(answer_size, 'a');
      const std::string groundwork(groundwork_size, 'g');
      kept(answer, groundwork);
      const cli::CaseAnswers answers = kept_cases(*c.cache);
      const auto found = answers.find(candidate);
      auto r = found.answer();
      REQUIRE(r);
      CHECK(r->bytes(answer_size) == answer);
      CHECK(r->at_end());
      CHECK(found.groundwork() == (groundwork.empty() ? std::nullopt : std::optional(groundwork)));
    }
  }

  // A long owner: a question of many words.
  const std::string long_question(20'000, 'q');
  kept("answer", "groundwork", long_question);
  const cli::CaseAnswers long_answers = kept_cases(*c.cache, {"cases"}, long_question);
  const auto long_found = long_answers.find(candidate);
  auto long_answer = long_found.answer();
  REQUIRE(long_answer);
  CHECK(long_answer->bytes(6) == "answer");
  CHECK(long_answer->at_end());
  CHECK(long_found.groundwork() == "groundwork");

  // The pack made over by another run between reading an entry's answer
  // and what is behind it: what is read is the pack the answer came from.
  kept(std::string(100, 'a'), std::string(50'000, 'g'));
  const cli::CaseAnswers answers = kept_cases(*c.cache);
  const auto found = answers.find(candidate);
  kept(std::string(100, 'b'), std::string(50'000, 'h'));
  CHECK(found.groundwork() == std::string(50'000, 'g'));
  CHECK(kept_cases(*c.cache).find(candidate).groundwork() == std::string(50'000, 'h'));
}

TEST_CASE("a run's pack keeps the entries it found answering and made, and drops the rest") {
  CachedCase c;
  const CaseLocation other = c.copied("other");
  const auto& cache = c.cache;
  const auto files = cli::folder_files(c.location.folder);
  const auto other_files = cli::folder_files(other.folder);
  REQUIRE(files);
  REQUIRE(other_files);
  const auto pack_inode = [&] {
    const auto packs = test::cache_entries(c.cache_folder, ".test");
    REQUIRE(packs.size() == 1);
    return packs.front().second;
  };
  {
    cli::CaseAnswers answers = kept_cases(*cache);
    answers.keep(c.location, *files, "first", "behind first");
    answers.keep(other, *other_files, "other", "behind other");
    answers.finish();
  }
  const ino_t both = pack_inode();
  const auto answer_of = [](const cli::CaseAnswers::Found& found) {
    auto r = found.answer();
    return r ? std::string(r->bytes(r->left())) : std::string("none");
  };
  {
    // Both carried: nothing to write.
    cli::CaseAnswers answers = kept_cases(*cache);
    for (const auto& location : {c.location, other})
      answers.carry(answers.find({location, true}));
    answers.finish();
    CHECK(pack_inode() == both);
  }
  {
    // One made again, one carried: the carried one whole, what is behind it too.
    cli::CaseAnswers answers = kept_cases(*cache);
    answers.keep(c.location, *files, "second", "behind second");
    answers.carry(answers.find({other, true}));
    answers.finish();
    CHECK(pack_inode() != both);
    const cli::CaseAnswers again = kept_cases(*cache);
    CHECK(answer_of(again.find({c.location, true})) == "second");
    CHECK(again.find({c.location, true}).groundwork() == "behind second");
    CHECK(answer_of(again.find({other, true})) == "other");
    CHECK(again.find({other, true}).groundwork() == "behind other");
  }
  const ino_t remade = pack_inode();
  {
    // One carried, the other no longer among the cases: dropped.
    cli::CaseAnswers answers = kept_cases(*cache);
    answers.carry(answers.find({c.location, true}));
    answers.finish();
    CHECK(pack_inode() != remade);
    const cli::CaseAnswers again = kept_cases(*cache);
    CHECK(answer_of(again.find({c.location, true})) == "second");
    CHECK(answer_of(again.find({other, true})) == "none");
  }
  // Another run's arguments: another pack.
  CHECK(answer_of(kept_cases(*cache, {"elsewhere"}).find({c.location, true})) == "none");
  CHECK(answer_of(kept_cases(*cache, {"cases", "elsewhere"}).find({c.location, true})) == "none");
  CHECK(answer_of(kept_cases(*cache).find({c.location, true})) == "second");
  // The same arguments in another order, repeated, or written another way: the same pack.
  {
    cli::CaseAnswers answers = kept_cases(*cache, {"cases", "elsewhere"});
    answers.keep(c.location, *files, "both", "");
    answers.finish();
  }
  for (const std::vector<std::string>& arguments :
       {std::vector<std::string>{"elsewhere", "cases"}, {"./elsewhere", "cases/", "elsewhere"}})
    CHECK(answer_of(kept_cases(*cache, arguments).find({c.location, true})) == "both");
}

TEST_CASE("an edited file is read again") {
  CachedCase c;
  const fs::path assessment = c.file("evaluation/elvedal.yaml");
  std::ofstream(assessment, std::ios::app) << "unknown_key: 1\n";
  CHECK_FALSE(c.lookup());
}

TEST_CASE("a touched file is read again") {
  CachedCase c;
  REQUIRE(::utimensat(AT_FDCWD, c.file("bids/elvedal.yaml").c_str(), nullptr, 0) == 0);
  CHECK_FALSE(c.lookup());
}

TEST_CASE("a file rewritten with the same size and modification time is read again") {
  CachedCase c;
  const fs::path protocol = c.file("opening-protocol.yaml");
  const timespec modified = modified_of(protocol);
  std::string text = read_text(protocol);
  // Opened a minute later: the same number of bytes.
  const auto at = text.find("T12:30:00");
  REQUIRE(at != std::string::npos);
  text.replace(at, 9, "T12:31:00");
  {
    std::ofstream out(protocol, std::ios::binary | std::ios::trunc);
    out << text;
  }
  set_modified(protocol, modified);
  CHECK(fs::file_size(protocol) == read_text(protocol).size());
  CHECK_FALSE(c.lookup());
  CHECK(describe(c.evidence()) != describe(c.kept));
}

TEST_CASE("a file replaced by another of the same size and time is read again") {
  CachedCase c;
  const fs::path input = c.file("dialogue/inputs.yaml");
  const timespec modified = modified_of(input);
  const std::string text = read_text(input);
  const fs::path replacement = c.dir.path / "replacement.yaml";
  std::ofstream(replacement, std::ios::binary) << text;
  set_modified(replacement, modified);
  fs::rename(replacement, input);
  CHECK_FALSE(c.lookup());
}

TEST_CASE("two files swapped are read again") {
  CachedCase c;
  const fs::path a = c.file("bids/granskog.yaml");
  const fs::path b = c.file("bids/havgap.yaml");
  REQUIRE(fs::file_size(a) == fs::file_size(b));
  const fs::path aside = c.dir.path / "aside.yaml";
  fs::rename(a, aside);
  fs::rename(b, a);
  fs::rename(aside, b);
  CHECK_FALSE(c.lookup());
}

TEST_CASE("a file added to or removed from a case is read again") {
  CachedCase c;
  fs::copy_file(c.file("evaluation/elvedal.yaml"), c.file("evaluation/extra.yaml"));
  CHECK_FALSE(c.lookup());
  fs::remove(c.file("evaluation/extra.yaml"));
  fs::remove(c.file("evaluation/skyggefri.yaml"));
  CHECK_FALSE(c.lookup());
}

TEST_CASE("files changed after the cache was opened are not kept") {
  CachedCase c;
  std::ofstream(c.file("evaluation/elvedal.yaml"), std::ios::app) << "# changed\n";
  const auto files = cli::folder_files(c.location.folder);
  REQUIRE(files);
  keep(*c.cache, c.location, *files, kept_case(c.location, c.evidence()));
  CHECK_FALSE(c.lookup());
}

TEST_CASE("a case's files are every file and folder in it, by their paths in the case") {
  CachedCase c;
  fs::create_directories(c.file("evaluation/notes/2018"));
  std::ofstream(c.file("evaluation/notes/2018/minutes.txt")) << "notes\n";
  const auto files = cli::folder_files(c.location.folder);
  REQUIRE(files);
  // What std::filesystem lists, each with its own lstat.
  std::vector<fs::path> paths{c.location.folder};
  for (const auto& entry : fs::recursive_directory_iterator(c.location.folder))
    paths.push_back(entry.path());
  std::vector<cli::FileIdentity> listed;
  for (const auto& path : paths) {
    struct stat st {};
    REQUIRE(::lstat(path.c_str(), &st) == 0);
    const std::string relative =
        path == c.location.folder ? "" : path.lexically_relative(c.location.folder).string();
    listed.push_back({relative, static_cast<std::uint64_t>(st.st_dev),
                      static_cast<std::uint64_t>(st.st_ino), static_cast<std::uint64_t>(st.st_mode),
                      static_cast<std::uint64_t>(st.st_size),
                      st.st_mtim.tv_sec * 1'000'000'000LL + st.st_mtim.tv_nsec,
                      st.st_ctim.tv_sec * 1'000'000'000LL + st.st_ctim.tv_nsec});
  }
  std::sort(listed.begin(), listed.end(),
            [](const auto& a, const auto& b) { return a.path < b.path; });
  CHECK(*files == listed);
  CHECK(files->size() > 30);
}

TEST_CASE("a case with folders nested deeper than a case's is not kept") {
  CachedCase c;
  fs::path deep = c.file("dialogue");
  for (int level = 0; level < 20; ++level)
    deep /= "level";
  fs::create_directories(deep);
  CHECK_FALSE(cli::folder_files(c.location.folder));
}

TEST_CASE("a case holding a symbolic link is not kept") {
  CachedCase c;
  fs::create_symlink(c.file("bids/elvedal.yaml"), c.file("bids/link.yaml"));
  CHECK_FALSE(cli::folder_files(c.location.folder));
}

TEST_CASE("a damaged or foreign pack is ignored") {
  CachedCase c;
  std::vector<fs::path> entries;
  for (const auto& entry : fs::directory_iterator(c.cache_folder))
    entries.push_back(entry.path());
  REQUIRE(entries.size() == 1);
  const std::string whole = read_text(entries[0]);
  const auto written = [&](const std::string& text) {
    std::ofstream(entries[0], std::ios::binary | std::ios::trunc) << text;
    return c.lookup();
  };
  CHECK_FALSE(written(""));
  CHECK_FALSE(written("garbage"));
  CHECK_FALSE(written(whole.substr(0, whole.size() / 2)));
  CHECK_FALSE(written(whole.substr(0, whole.size() - 1)));
  CHECK_FALSE(written(whole + "x"));
  // The count of the evidence's problems, last before the entry's answer
  // (what is behind the answers lies before them), made too large: as long
  // again as what is left, and the same length.
  const std::size_t count_at = whole.find("test entry\n") - 2;
  REQUIRE(whole[count_at] == '0');
  std::string huge = whole;
  huge.replace(count_at, 1, "99999999999999999999");
  CHECK_FALSE(written(huge));
  huge = whole;
  huge[count_at] = '9';
  CHECK_FALSE(written(huge));
  // Something else in the entry's place: a link to a device, a pipe.
  fs::remove(entries[0]);
  fs::create_symlink("/dev/zero", entries[0]);
  CHECK_FALSE(c.lookup());
  fs::remove(entries[0]);
  REQUIRE(::mkfifo(entries[0].c_str(), 0600) == 0);
  CHECK_FALSE(c.lookup());
  fs::remove(entries[0]);
  // Another build's entries are not this one's.
  CHECK(written(whole));
  const auto other =
      cli::EvidenceCache::open(c.cache_folder, "another build", std::chrono::nanoseconds(0));
  REQUIRE(other);
  CHECK_FALSE(kept_for(*other, c.location));
}

TEST_CASE("a pack standing at another run's pack name is not taken for that run") {
  // Pack names are a 64-bit hash of what names the run: two runs may share
  // one, and what the pack holds (its name, its entries' owners and files)
  // is what decides.
  CachedCase c;
  const fs::path first_entry = fs::directory_iterator(c.cache_folder)->path();
  const CaseLocation other = c.copied("copy");
  const auto& cache = c.cache;
  const auto files = cli::folder_files(other.folder);
  REQUIRE(files);
  const CaseLoad load = load_case(other.folder, other.display);
  REQUIRE(load.ok());
  keep(*cache, other, *files, kept_case(other, read_case_evidence(load.value)), "other");
  REQUIRE(kept_for(*cache, other, "other"));
  fs::path second_entry;
  for (const auto& entry : fs::directory_iterator(c.cache_folder)) {
    if (entry.path() != first_entry)
      second_entry = entry.path();
  }
  REQUIRE_FALSE(second_entry.empty());
  fs::copy_file(first_entry, second_entry, fs::copy_options::overwrite_existing);
  CHECK_FALSE(kept_for(*cache, other, "other"));
  CHECK(kept_for(*cache, c.location));
}

namespace {

// remind's reading of the case at `now`, with the cache of outlines (and
// of what the case's files showed behind them) and the tree cache, or none.
std::string scheduled(const CaseLocation& location, const cli::EvidenceCache* evidence,
                      const yaml::ParseMemo* trees, Instant now) {
  static const auto rule_files = cli::folder_files(test::source_dir / "rules");
  REQUIRE(rule_files);
  const auto set = cli::show_case_outlines(
      {location.folder.string()}, test::shipped_rules(), now,
      [](cli::OutlinedCase&& c) { return std::move(c); }, {evidence, trees, &*rule_files}, 2);
  std::string text;
  for (const auto& d : set.errors.items())
    text += d.code + ";";
  for (const auto& d : set.warnings.items())
    text += d.code + ";";
  for (const auto& kase : set.cases) {
    text +=
        kase.outline.reference + " " + std::string(kase.outline.title.in(Lang::en, Lang::nb)) + ";";
    for (const auto& item : kase.outline.items)
      text += item.key + (item.done ? "+" : "-") + item.done_by + ";";
  }
  return text;
}

std::vector<fs::path> entries_in(const fs::path& folder) {
  std::vector<fs::path> entries;
  if (fs::exists(folder)) {
    for (const auto& entry : fs::directory_iterator(folder))
      entries.push_back(entry.path());
  }
  return entries;
}

// Before the seed case's award, and after its contract ran out: its
// outline at one does not serve the other, and is found again from what
// its files showed.
const Instant before_award = *parse_instant("2018-06-11 08:00");
const Instant years_later = *parse_instant("2030-01-01 08:00");

}  // namespace

TEST_CASE("remind and status read the same with the cache as without, and after any change") {
  CachedCase c;
  fs::remove_all(c.cache_folder);
  const auto cache =
      cli::EvidenceCache::open(c.cache_folder, "test build", std::chrono::nanoseconds(0));
  REQUIRE(cache);
  for (const Instant now : {before_award, years_later, before_award}) {
    const std::string fresh = scheduled(c.location, nullptr, nullptr, now);
    CHECK(scheduled(c.location, &*cache, nullptr, now) == fresh);
    CHECK(scheduled(c.location, &*cache, nullptr, now) == fresh);
  }
  CHECK(scheduled(c.location, nullptr, nullptr, before_award) !=
        scheduled(c.location, nullptr, nullptr, years_later));
  // The evaluation made incomplete: a verdict removed from one assessment.
  const std::string unedited = scheduled(c.location, nullptr, nullptr, before_award);
  const fs::path assessment = c.file("evaluation/elvedal.yaml");
  std::string text = read_text(assessment);
  std::ofstream(assessment, std::ios::binary | std::ios::trunc) << text.substr(0, text.size() / 2);
  const std::string changed = scheduled(c.location, nullptr, nullptr, before_award);
  CHECK(changed != unedited);
  CHECK(scheduled(c.location, &*cache, nullptr, before_award) == changed);
  CHECK(scheduled(c.location, &*cache, nullptr, years_later) ==
        scheduled(c.location, nullptr, nullptr, years_later));
}

TEST_CASE(
    "a run's cases are one pack: each case's outline, and behind it case.yaml's text and "
    "tree and its evidence") {
  CachedCase c;
  fs::remove_all(c.cache_folder);
  const auto cache = cli::EvidenceCache::open(c.cache_folder / "evidence", "test build",
                                              std::chrono::nanoseconds(0));
  const auto trees = cli::YamlTreeCache::open(c.cache_folder / "trees", "test build");
  REQUIRE(cache);
  REQUIRE(trees);
  const std::string fresh = scheduled(c.location, nullptr, nullptr, before_award);
  const std::string later = scheduled(c.location, nullptr, nullptr, years_later);
  CHECK(scheduled(c.location, &*cache, &*trees, before_award) == fresh);
  CHECK(entries_in(c.cache_folder / "trees").empty());
  const auto entries = entries_in(c.cache_folder / "evidence");
  REQUIRE(entries.size() == 1);
  const std::string whole = read_text(entries[0]);
  const std::string case_text = read_text(c.file("case.yaml"));
  const auto text_at = whole.find(case_text);
  REQUIRE(text_at != std::string::npos);
  // What is behind the outlines lies before them, read only when asked.
  CHECK(text_at < whole.find("procure case outline"));

  // A tree that cannot be read back (its root's kind damaged, every length
  // as it was): the case is read from its files, and the entry made again.
  const cli::KeptCase kept = kept_case(c.location, c.kept);
  const auto root = whole.find(kept.case_parsed);
  REQUIRE(root != std::string::npos);
  const std::size_t kind_at = root + kept.case_parsed.find(' ') + 1;
  std::string damaged = whole;
  damaged[kind_at] = '\x09';
  std::ofstream(entries[0], std::ios::binary | std::ios::trunc) << damaged;
  CHECK(scheduled(c.location, &*cache, &*trees, years_later) == later);
  const std::string remade = read_text(entries[0]);
  CHECK(remade != damaged);
  CHECK(remade.find(kept.case_parsed) != std::string::npos);
  CHECK(scheduled(c.location, &*cache, &*trees, before_award) == fresh);
  CHECK(entries_in(c.cache_folder / "trees").empty());
}

TEST_CASE(
    "a case.yaml with a byte order mark and old Mac line breaks reads the same from the cache") {
  // Two byte order marks: reading takes the first off, and the text kept is
  // the text as read, so the second is never taken off again.
  for (const std::string start : {"\xEF\xBB\xBF", "\xEF\xBB\xBF\xEF\xBB\xBF"}) {
    CachedCase c;
    std::string text = read_text(c.file("case.yaml"));
    for (std::size_t at = text.find('\n'); at != std::string::npos && at < 400;
         at = text.find('\n', at + 1))
      text[at] = '\r';
    std::ofstream(c.file("case.yaml"), std::ios::binary | std::ios::trunc) << start << text;
    test::wait_until_settled(c.location.folder, c.cache_folder);
    const auto cache = cli::EvidenceCache::open(c.cache_folder / "again", "test build",
                                                std::chrono::nanoseconds(0));
    REQUIRE(cache);
    const std::string fresh = scheduled(c.location, nullptr, nullptr, before_award);
    CHECK(fresh.starts_with("18/1234 "));
    CHECK(scheduled(c.location, &*cache, nullptr, years_later) ==
          scheduled(c.location, nullptr, nullptr, years_later));
    REQUIRE(entries_in(c.cache_folder / "again").size() == 1);
    // The outline found again from the text and tree kept.
    CHECK(scheduled(c.location, &*cache, nullptr, before_award) == fresh);
  }
}

TEST_CASE("problems that hold a failed read are not kept: another run may read the file") {
  Diagnostics read;
  read.warning("tender.unknown", {{"id", "x"}});
  CHECK(cli::keepable(read));
  for (const char* code : {"file.unreadable", "folder.unreadable"}) {
    Diagnostics failed = read;
    failed.error(code, {{"path", "kmd/bids/morild.yaml"}});
    CHECK(cli::holds_failed_read(failed));
    CHECK_FALSE(cli::keepable(failed));
  }
}
