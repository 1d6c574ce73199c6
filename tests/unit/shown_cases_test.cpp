// What procure-check keeps of each case (what it shows of it) never answers
// for other files, other rule tables, other templates or another language
// than it was found for: after each changes (even keeping its size and
// time), and with a damaged entry, what check shows with the cache is what
// it shows without.
#include <doctest/doctest.h>

#include <sys/stat.h>

#include <algorithm>
#include <chrono>

#include "check/shown_cases.hpp"
#include "procure/rules/rule_tables_loader.hpp"
#include "rule_test_support.hpp"
#include "test_support.hpp"

using namespace procure;
namespace fs = std::filesystem;
using namespace std::chrono_literals;

namespace {

// Every shipped example, the shipped rule tables and procure-init's
// templates, copied, with a cache that keeps what check shows of them.
struct CheckedCases {
  test::TempDir dir;
  fs::path cases = dir.path / "cases";
  fs::path rules = dir.path / "rules";
  fs::path data = dir.path / "share";
  fs::path cache_folder = dir.path / "cache";
  std::optional<cli::EvidenceCache> cache;
  std::optional<cli::CaseFiles> inputs;
  RuleTables tables;

  CheckedCases() {
    test::copy_examples(cases);
    fs::copy(test::source_dir / "rules", rules, fs::copy_options::recursive);
    fs::create_directories(data / "templates");
    fs::copy(test::source_dir / "templates/init", data / "templates/init",
             fs::copy_options::recursive);
    fs::create_directories(cache_folder);
    test::wait_until_settled(dir.path, cache_folder);
    open_cache();
  }

  cli::ToolContext context(Lang lang, bool json = false) const {
    cli::ToolContext ctx;
    ctx.name = "check";
    ctx.lang = lang;
    ctx.json = json;
    ctx.data_dir = data;
    return ctx;
  }

  // The cache opened now, the input files stated and the tables read, as check does.
  void open_cache() {
    cache = cli::EvidenceCache::open(cache_folder, "test build", 0ns);
    REQUIRE(cache);
    inputs = cli::check_input_files(context(Lang::en), rules);
    REQUIRE(inputs);
    Diagnostics problems;
    const auto read = load_rule_tables(rules, "rules", problems, Lang::en);
    REQUIRE(read);
    tables = *read;
  }

  // What check shows of every case in `lang` (as text, or with --json),
  // with the cache or without.
  std::string shown(Lang lang, bool cached, bool json = false) const {
    const cli::ToolContext ctx = context(lang, json);
    Diagnostics problems;
    const auto candidates = find_case_candidates({cases.string()}, problems);
    REQUIRE(candidates.size() >= 5);
    const auto blanks = cli::blank_cases(ctx, nullptr);
    REQUIRE(blanks.size() == all_langs.size());
    std::string text;
    for (const auto& c :
         cli::shown_cases(ctx, {cases.string()}, candidates, tables, blanks, nullptr,
                          cached ? &*cache : nullptr, cached ? &*inputs : nullptr, 2)) {
      text += std::to_string(c.has_errors) + std::to_string(c.breaks_rules) + "\n" + c.problems +
              c.summary + c.json;
    }
    return text;
  }

  // The packs of what check showed, one for each run's arguments, language and form.
  std::vector<std::pair<std::string, ino_t>> packs() const {
    return test::cache_entries(cache_folder, ".checks");
  }

  // Shown with the cache as without, for a run that makes the entries and
  // one that reads them.
  void check_same(Lang lang, const std::string& fresh, bool json = false) {
    CHECK(shown(lang, true, json) == fresh);
    test::wait_until_settled(dir.path, cache_folder);
    open_cache();
    CHECK(shown(lang, true, json) == fresh);
    CHECK(shown(lang, true, json) == fresh);
  }

  // What check shows in `lang`, shown the same with the cache as without,
  // and the one pack that keeps it.
  std::pair<std::string, fs::path> kept(Lang lang) {
    std::string fresh = shown(lang, false);
    check_same(lang, fresh);
    const auto made = packs();
    REQUIRE(made.size() == 1);
    return {std::move(fresh), cache_folder / made.front().first};
  }
};

// `text` with `from` (found once) made `to`, at the same place.
std::string replaced(std::string text, std::string_view from, std::string_view to) {
  const auto at = text.find(from);
  REQUIRE(at != std::string::npos);
  text.replace(at, from.size(), to);
  return text;
}

// Writes `text` over `path`, keeping its modification time.
void rewrite_keeping_time(const fs::path& path, const std::string& text) {
  const timespec modified = test::modified_of(path);
  std::ofstream(path, std::ios::binary | std::ios::trunc) << text;
  test::set_modified(path, modified);
}

// The seed example's award criteria's weights made 40 % and 70 %, its
// case.yaml's size and time kept.
void reweigh(const fs::path& case_file) {
  rewrite_keeping_time(case_file,
                       replaced(test::read_text(case_file), "weight: 30 %", "weight: 40 %"));
}

// The file cut to the first half of its text.
void cut_in_half(const fs::path& file) {
  const std::string text = test::read_text(file);
  std::ofstream(file, std::ios::binary | std::ios::trunc) << text.substr(0, text.size() / 2);
}

}  // namespace

TEST_CASE(
    "what check shows of each case is kept for each language and form, and read back the same") {
  CheckedCases c;
  for (const Lang lang : all_langs) {
    for (const bool json : {false, true}) {
      const std::string fresh = c.shown(lang, false, json);
      c.check_same(lang, fresh, json);
    }
  }
  CHECK(c.packs().size() == all_langs.size() * 2);
  // Each language's and form's own: nb shows Norwegian, en English.
  CHECK(c.shown(Lang::nb, true) != c.shown(Lang::en, true));
  CHECK(c.shown(Lang::en, true, true) != c.shown(Lang::en, true));
}

TEST_CASE("check leaves out a portfolio's folders without a case.yaml, with the cache as without") {
  CheckedCases c;
  const std::string without_them = c.shown(Lang::en, false);
  c.dir.write("cases/0-notes/notes.txt", "notes\n");
  c.dir.write("cases/m-no-case/notes.txt", "notes\n");
  c.dir.write("cases/zz-case-file-is-a-folder/case.yaml/notes.txt", "notes\n");
  test::wait_until_settled(c.dir.path, c.cache_folder);
  c.open_cache();
  CHECK(c.shown(Lang::en, false) == without_them);
  c.check_same(Lang::en, without_them);

  // A case that stops being one, its entry still there.
  const fs::path kmd = c.cases / "kmd-2018-prosessbistand";
  fs::rename(kmd / "case.yaml", kmd / "case.yaml.old");
  const std::string one_less = c.shown(Lang::en, false);
  CHECK(one_less != without_them);
  CHECK(c.shown(Lang::en, true) == one_less);
}

TEST_CASE("check shows a case's files again when they change, whatever keeps their size and time") {
  CheckedCases c;
  const std::string before = c.shown(Lang::en, false);
  c.check_same(Lang::en, before);
  const auto packs = c.packs();
  REQUIRE(packs.size() == 1);
  const std::string pack_before = test::read_text(c.cache_folder / packs.front().first);

  reweigh(c.cases / "kmd-2018-prosessbistand/case.yaml");
  const std::string edited = c.shown(Lang::en, false);
  CHECK(edited != before);
  c.check_same(Lang::en, edited);

  // The requests and the rounds' tenders of a case in stages cut short.
  for (const auto& entry :
       fs::recursive_directory_iterator(c.cases / "bergvik-2025-digital-byggesak")) {
    if (entry.is_regular_file() && entry.path().extension() == ".yaml" &&
        entry.path().filename() != "case.yaml")
      cut_in_half(entry.path());
  }
  const std::string cut = c.shown(Lang::en, false);
  CHECK(cut != edited);
  c.check_same(Lang::en, cut);
  // The pack made over in its place; a run that changed nothing leaves it.
  const auto now_packs = c.packs();
  REQUIRE(now_packs.size() == 1);
  CHECK(now_packs.front().first == packs.front().first);
  CHECK(test::read_text(c.cache_folder / packs.front().first) != pack_before);
  CHECK(c.shown(Lang::en, true) == cut);
  CHECK(c.packs() == now_packs);
}

TEST_CASE("check reads a case's other files, and shows the case again when one changes") {
  CheckedCases c;
  const auto [before, pack] = c.kept(Lang::nb);
  const std::string pack_before = test::read_text(pack);

  // A tender cut short, the opening protocol gone, a folder added to the
  // assessments: each is checked as status reads it, and the entry made
  // for the files as they were no longer answers.
  const fs::path kmd = c.cases / "kmd-2018-prosessbistand";
  cut_in_half(kmd / "bids/morild.yaml");
  const std::string cut = c.shown(Lang::nb, false);
  CHECK(cut != before);
  CHECK(cut.find("bids/morild.yaml") != std::string::npos);
  c.check_same(Lang::nb, cut);
  CHECK(test::read_text(pack) != pack_before);

  fs::remove(kmd / "opening-protocol.yaml");
  c.check_same(Lang::nb, c.shown(Lang::nb, false));

  c.dir.write("cases/kmd-2018-prosessbistand/evaluation/extra/notes.txt", "notes\n");
  c.check_same(Lang::nb, c.shown(Lang::nb, false));
}

TEST_CASE("check shows every case again when the rule tables or the templates change") {
  CheckedCases c;
  const std::string before = c.shown(Lang::en, false);
  c.check_same(Lang::en, before);

  // The standstill made twelve days instead of ten, the table's size and time kept.
  const fs::path limits = c.rules / "time-limits.yaml";
  rewrite_keeping_time(limits,
                       replaced(test::read_text(limits),
                                "days: 10\n    in_force_from: 2017-01-01\n    rule: FOA § 25-2\n",
                                "days: 12\n    in_force_from: 2017-01-01\n    rule: FOA § 25-2\n"));
  c.open_cache();
  const std::string stricter = c.shown(Lang::en, false);
  CHECK(stricter != before);
  c.check_same(Lang::en, stricter);

  // procure-init's English template given the seed's buyer as its example
  // name: the case now holds a value still to fill in. The template's size
  // and time kept.
  const fs::path template_file = c.data / "templates/init/en/case.yaml.mustache";
  const std::string name = "Kommunal- og moderniseringsdepartementet";
  const std::string old_name = "Name of the contracting authority";
  std::string text = replaced(test::read_text(template_file), old_name, name);
  const std::string comment = "# A procurement case for procure.";
  text =
      replaced(text, comment, comment.substr(0, comment.size() - (name.size() - old_name.size())));
  rewrite_keeping_time(template_file, text);
  const auto packs = c.packs();
  REQUIRE(packs.size() == 1);
  const std::string pack_before = test::read_text(c.cache_folder / packs.front().first);
  c.open_cache();
  const std::string blank_buyer = c.shown(Lang::en, false);
  CHECK(blank_buyer != stricter);
  c.check_same(Lang::en, blank_buyer);
  CHECK(c.packs().size() == 1);
  CHECK(test::read_text(c.cache_folder / packs.front().first) != pack_before);
}

TEST_CASE("a damaged pack of check's is ignored and made again") {
  CheckedCases c;
  const auto [fresh, pack] = c.kept(Lang::nn);
  const std::string whole = test::read_text(pack);
  for (const std::string& damaged :
       {std::string(), std::string("garbage"), whole.substr(0, whole.size() / 2),
        whole.substr(0, whole.size() - 1), whole + "x"}) {
    std::ofstream(pack, std::ios::binary | std::ios::trunc) << damaged;
    CHECK(c.shown(Lang::nn, true) == fresh);
    // Made again whole (its cases in the order the threads kept them): the
    // next run takes every case from it and writes nothing.
    CHECK(test::read_text(pack) != damaged);
    const auto remade = c.packs();
    CHECK(c.shown(Lang::nn, true) == fresh);
    CHECK(c.packs() == remade);
  }
}

TEST_CASE("check looks for a mini-competition's folder again, inside the case's folder or out") {
  CheckedCases c;
  const std::string before = c.shown(Lang::en, false);
  c.check_same(Lang::en, before);
  const fs::path framework = c.cases / "kmd-2019-rammeavtale";

  // Inside the case's folder: taken away and put back, as its files show.
  fs::rename(framework / "call-offs/avrop-2", c.dir.path / "avrop-2");
  const std::string missing = c.shown(Lang::en, false);
  CHECK(missing != before);
  c.check_same(Lang::en, missing);
  fs::rename(c.dir.path / "avrop-2", framework / "call-offs/avrop-2");
  CHECK(c.shown(Lang::en, false) == before);
  c.check_same(Lang::en, before);

  // Outside it, where none of the case's files show it: looked for every run.
  const fs::path case_file = framework / "case.yaml";
  // Read before the file is opened to be written over.
  const std::string text = replaced(test::read_text(case_file), "folder: call-offs/avrop-2",
                                    "folder: ../../elsewhere/avrop-2");
  std::ofstream(case_file, std::ios::binary | std::ios::trunc) << text;
  const std::string elsewhere_missing = c.shown(Lang::en, false);
  CHECK(elsewhere_missing != before);
  c.check_same(Lang::en, elsewhere_missing);
  fs::create_directories(c.dir.path / "elsewhere");
  fs::copy(framework / "call-offs/avrop-2", c.dir.path / "elsewhere/avrop-2",
           fs::copy_options::recursive);
  const std::string elsewhere_found = c.shown(Lang::en, false);
  CHECK(elsewhere_found != elsewhere_missing);
  CHECK(c.shown(Lang::en, true) == elsewhere_found);
}

TEST_CASE("check keeps nothing of a case whose file it could not read: another reader reads it") {
  CheckedCases c;
  const fs::path tender = c.cases / "kmd-2018-prosessbistand/bids/morild.yaml";
  // Everything is nobody's but the tender, which only root and its group read.
  if (::geteuid() == 0) {
    const uid_t nobody = 65534;
    REQUIRE(::chown(c.dir.path.c_str(), nobody, nobody) == 0);
    for (const auto& entry : fs::recursive_directory_iterator(c.dir.path))
      REQUIRE(::lchown(entry.path().c_str(), nobody, nobody) == 0);
    REQUIRE(::chown(tender.c_str(), 0, 0) == 0);
  }
  fs::permissions(tender, fs::perms::owner_read | fs::perms::owner_write | fs::perms::group_read);
  test::wait_until_settled(c.dir.path, c.cache_folder);
  c.open_cache();
  const std::string refused = test::asked_without_root([&] { return c.shown(Lang::en, true); });
  CHECK(refused.find("morild.yaml cannot be read") != std::string::npos);
  // Root reads the tender: what the reader who could not was shown is not
  // root's answer (its groups, or a failed read, may differ the next run).
  if (::geteuid() == 0) {
    const std::string fresh = c.shown(Lang::en, false);
    CHECK(fresh.find("cannot be read") == std::string::npos);
    CHECK(c.shown(Lang::en, true) == fresh);
  }
}
