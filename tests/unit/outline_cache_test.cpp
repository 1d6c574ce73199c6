// What remind and status keep of each case (its outline) never answers for
// another moment, other files or other rule tables than it was found for:
// at every moment of the shipped cases' lives, after their files or the
// tables change (even keeping their size and time), and with a damaged
// pack, the outlines read with the cache are those found without it.
#include <doctest/doctest.h>

#include <sys/stat.h>

#include <algorithm>
#include <chrono>
#include <set>

#include "common/case_set.hpp"
#include "common/outline_cache.hpp"
#include "procure/calendar/period_end.hpp"
#include "procure/flow/case_evidence.hpp"
#include "procure/rules/rule_tables_loader.hpp"
#include "rule_test_support.hpp"
#include "test_support.hpp"
#include "yaml_test_support.hpp"

using namespace procure;
namespace fs = std::filesystem;
using namespace std::chrono_literals;

namespace {

using OutlineSet = cli::CasesFound<cli::OutlinedCase>;

// Every shipped example and the shipped rule tables, copied, with a cache
// that keeps them.
struct CachedCases {
  test::TempDir dir;
  fs::path cases = dir.path / "cases";
  fs::path rules = dir.path / "rules";
  fs::path cache_folder = dir.path / "cache";
  std::optional<cli::EvidenceCache> cache;
  std::optional<cli::CaseFiles> rule_files;
  RuleTables tables;

  CachedCases() {
    test::copy_examples(cases);
    fs::copy(test::source_dir / "rules", rules, fs::copy_options::recursive);
    fs::create_directories(cache_folder);
    test::wait_until_settled(dir.path, cache_folder);
    open_cache();
  }

  // The cache opened now, and the tables read as a tool reads them.
  void open_cache() {
    cache = cli::EvidenceCache::open(cache_folder, "test build", 0ns);
    REQUIRE(cache);
    rule_files = cli::folder_files(rules);
    REQUIRE(rule_files);
    Diagnostics problems;
    const auto read = load_rule_tables(rules, "rules", problems, Lang::en);
    REQUIRE(read);
    tables = *read;
  }

  // The outlines of every case, or of the case in `folder`.
  OutlineSet outlines(Instant now, bool cached, const fs::path& folder = {}) const {
    const cli::CaseSetCaches caches{cached ? &*cache : nullptr, nullptr,
                                    cached ? &*rule_files : nullptr};
    return cli::show_case_outlines(
        {(folder.empty() ? cases : folder).string()}, tables, now,
        [](cli::OutlinedCase&& c) { return std::move(c); }, caches, 1);
  }

  // The packs of outlines, one for each run's arguments.
  std::vector<std::pair<std::string, ino_t>> outline_packs() const {
    return test::cache_entries(cache_folder, ".outlines");
  }
};

std::string describe(const OutlineSet& set) {
  std::string text = test::describe_items(set.errors) + "|" + test::describe_items(set.warnings) +
                     "|" + test::describe_items(set.load_warnings) + "|";
  for (const auto& c : set.cases) {
    text += c.location.display + " " + c.outline.reference + ":";
    for (const auto& item : c.outline.items)
      text += " " + item.key + (item.done ? "+" : "-") + item.done_by + "@" + iso_utc(item.due);
    for (const auto& phase : c.outline.status.phases)
      text += " " + std::to_string(static_cast<int>(phase.state)) + phase.source;
    text += ";";
  }
  return text;
}

void check_same(const OutlineSet& cached, const OutlineSet& fresh) {
  REQUIRE(cached.cases.size() == fresh.cases.size());
  CHECK(describe(cached) == describe(fresh));
  for (std::size_t i = 0; i < fresh.cases.size(); ++i)
    CHECK(cached.cases[i].outline == fresh.cases[i].outline);
}

// The outlines of the cases at `now` as the library finds them from each
// case and its files, read once: what the tools show without a cache.
struct CasesRead {
  std::vector<CaseLocation> locations;
  std::vector<Case> cases;
  std::vector<CaseEvidence> evidence;

  explicit CasesRead(const fs::path& folder) {
    Diagnostics problems;
    locations = find_cases({folder.string()}, problems);
    for (const auto& location : locations) {
      CaseLoad load = load_case(location.folder, location.display);
      REQUIRE(load.ok());
      evidence.push_back(read_case_evidence(load.value));
      cases.push_back(std::move(load.value));
    }
  }

  std::vector<CaseOutline> at(Instant now, const RuleTables& tables) const {
    std::vector<CaseOutline> outlines;
    for (std::size_t i = 0; i < cases.size(); ++i) {
      const CaseSchedule schedule =
          case_schedule(cases[i], case_progress(cases[i], evidence[i], now), tables);
      outlines.push_back(case_outline(cases[i], schedule));
    }
    return outlines;
  }

  // Every moment where an answer might change, and a second either side:
  // the start of every day from a month before the case's first item to a
  // month after its last, every item's start and end, and what the files
  // show.
  std::vector<Instant> moments(const RuleTables& tables) const {
    std::set<Instant> exact;
    for (std::size_t i = 0; i < cases.size(); ++i) {
      for (const auto& item :
           case_schedule(cases[i], case_progress(cases[i], evidence[i], Instant::max()), tables)
               .items) {
        exact.insert(item.start);
        exact.insert(item.due);
      }
      const CaseEvidence& e = evidence[i];
      if (e.inputs) {
        exact.insert(e.inputs->deadline);
        if (e.inputs->last)
          exact.insert(*e.inputs->last);
      }
      if (e.opening)
        exact.insert(e.opening->opened_at);
      if (e.requests_opening)
        exact.insert(e.requests_opening->opened_at);
    }
    REQUIRE_FALSE(exact.empty());
    const Date first = oslo_local(*exact.begin()).date.plus_days(-31);
    const Date last = oslo_local(*exact.rbegin()).date.plus_days(31);
    for (Date day = first; day <= last; day = day.plus_days(1))
      exact.insert(start_of_day(day));
    std::vector<Instant> all;
    for (const Instant t : exact) {
      for (const auto offset : {-1s, 0s, 1s})
        all.push_back(t + offset);
    }
    return all;
  }
};

}  // namespace

TEST_CASE("the outlines kept answer for every moment as found without the cache") {
  CachedCases c;
  std::size_t examples = 0;
  for (const auto& example : fs::directory_iterator(c.cases)) {
    const CasesRead read(example.path());
    REQUIRE(read.cases.size() == 1);
    ++examples;
    std::vector<Instant> moments = read.moments(c.tables);
    const std::string problems = describe(c.outlines(moments.front(), false, example.path()));
    const auto problems_of = [](const std::string& described) {
      return described.substr(0, described.rfind('|'));
    };
    std::size_t runs = 0;
    std::size_t remade = 0;
    auto packs = c.outline_packs();
    // Forward in time as a cron job runs, then backward.
    for (int pass = 0; pass < 2; ++pass) {
      for (const Instant now : moments) {
        const OutlineSet cached = c.outlines(now, true, example.path());
        REQUIRE(cached.cases.size() == 1);
        INFO(cached.cases[0].location.display << " at " << iso_utc(now));
        REQUIRE(cached.cases[0].outline == read.at(now, c.tables)[0]);
        CHECK(problems_of(describe(cached)) == problems_of(problems));
        const auto now_packs = c.outline_packs();
        for (const auto& pack : now_packs) {
          if (std::find(packs.begin(), packs.end(), pack) == packs.end())
            ++remade;
        }
        packs = now_packs;
        ++runs;
      }
      std::reverse(moments.begin(), moments.end());
    }
    // Most runs took the outline kept: the pack is made again only when a
    // record comes to hold or stops holding.
    CHECK(remade * 20 < runs);
  }
  CHECK(examples >= 5);
  CHECK(c.outline_packs().size() == examples);
}

TEST_CASE(
    "outlines are found again when a case's files change, whatever keeps their size and time") {
  CachedCases c;
  const Instant now = *parse_instant("2018-06-11 08:00");
  check_same(c.outlines(now, true), c.outlines(now, false));
  const fs::path kmd = c.cases / "kmd-2018-prosessbistand";

  // The evaluation made incomplete: a verdict cut from one assessment.
  const fs::path assessment = kmd / "evaluation/elvedal.yaml";
  const std::string text = test::read_text(assessment);
  std::ofstream(assessment, std::ios::binary | std::ios::trunc) << text.substr(0, text.size() / 2);
  const OutlineSet incomplete = c.outlines(now, false);
  check_same(c.outlines(now, true), incomplete);

  // A record's day changed in case.yaml, its size and time kept.
  const fs::path case_file = kmd / "case.yaml";
  const timespec modified = test::modified_of(case_file);
  std::string yaml = test::read_text(case_file);
  const auto at = yaml.find("award_notices_sent: 2018-06-05");
  REQUIRE(at != std::string::npos);
  yaml.replace(at, 30, "award_notices_sent: 2018-06-04");
  std::ofstream(case_file, std::ios::binary | std::ios::trunc) << yaml;
  test::set_modified(case_file, modified);
  const OutlineSet earlier = c.outlines(now, false);
  CHECK(describe(earlier) != describe(incomplete));
  check_same(c.outlines(now, true), earlier);

  // Kept again once settled, and still the same.
  test::wait_until_settled(c.dir.path, c.cache_folder);
  c.open_cache();
  check_same(c.outlines(now, true), earlier);
  check_same(c.outlines(now, true), earlier);
}

TEST_CASE("a portfolio's folders without a case.yaml are left out, with the cache as without") {
  CachedCases c;
  c.dir.write("cases/0-notes/notes.txt", "notes\n");
  c.dir.write("cases/m-no-case/notes.txt", "notes\n");
  c.dir.write("cases/zz-case-file-is-a-folder/case.yaml/notes.txt", "notes\n");
  test::wait_until_settled(c.dir.path, c.cache_folder);
  c.open_cache();
  const Instant now = *parse_instant("2018-06-11 08:00");
  const auto displays = [](const OutlineSet& set) {
    std::vector<std::string> shown;
    for (const auto& kase : set.cases)
      shown.push_back(kase.location.display);
    return shown;
  };
  const auto found_cases = [&] {
    Diagnostics problems;
    std::vector<std::string> found;
    for (const auto& location : find_cases({c.cases.string()}, problems))
      found.push_back(location.display);
    return found;
  };
  const OutlineSet fresh = c.outlines(now, false);
  CHECK(displays(fresh) == found_cases());
  CHECK(fresh.cases.size() >= 5);
  // Made, then read from the pack: the same cases, and nothing written again.
  check_same(c.outlines(now, true), fresh);
  const auto packs = c.outline_packs();
  CHECK(packs.size() == 1);
  check_same(c.outlines(now, true), fresh);
  CHECK(c.outline_packs() == packs);

  // A case that stops being one, its entry still there, and a folder that becomes one.
  const fs::path kmd = c.cases / "kmd-2018-prosessbistand";
  fs::rename(kmd / "case.yaml", kmd / "case.yaml.old");
  fs::copy_file(kmd / "case.yaml.old", c.cases / "m-no-case" / "case.yaml");
  const OutlineSet changed = c.outlines(now, false);
  CHECK(displays(changed) == found_cases());
  CHECK(displays(changed) != displays(fresh));
  check_same(c.outlines(now, true), changed);
}

TEST_CASE(
    "an outline keeps what the calendar shows: meetings, negotiation meetings, alarms, "
    "organizer") {
  CachedCases c;
  // A case in rounds with negotiation meetings booked and alarms of its own.
  c.dir.write("cases/negotiated/case.yaml", R"(format: procure-case/1
languages: [en, nb]
reference: "N-1"
title: {en: Negotiated test case, nb: Forhandlet testsak}
needs: To test the negotiation meetings.
buyer: {name: Test kommune, kind: other}
estimated_value: NOK 5 000 000
procedure: competitive-negotiation
reminders:
  alarms: [2w, 36h]
timeline:
  notice_sent: 2025-03-03
  participation_deadline: 2025-04-03 12:00
  invitation_sent: 2025-04-10
  clarification_deadline: 2025-05-02 12:00
  tender_deadline: 2025-05-12 12:00
  negotiations_start: {at: 2025-05-20 09:00, title: {en: Negotiations begin, nb: Forhandlinger}}
  negotiations_end: {at: 2025-05-21 12:00, title: {en: Negotiations end, nb: Slutt}}
  final_tender_deadline: {at: 2025-06-10 12:00, title: {en: Final tenders, nb: Endelige tilbud}}
stages:
  prequalification:
    minimum_candidates: 3
    maximum_candidates: 4
    qualified: [alfa, beta, gamma]
    invited: [alfa, beta, gamma]
  negotiation:
    rounds:
      - tender_deadline: tender_deadline
        negotiations_start: negotiations_start
        negotiations_end: negotiations_end
        meetings:
          length: 60
          gap: 15
          booked:
            - {tenderer: beta, start: 2025-05-20 09:00}
            - {tenderer: alfa, start: 2025-05-20 10:15}
            - {tenderer: gamma, start: 2025-05-21 09:00}
      - tender_deadline: final_tender_deadline
)");
  test::wait_until_settled(c.dir.path, c.cache_folder);
  c.open_cache();
  const auto outline_of = [](const OutlineSet& set, std::string_view reference) {
    const auto it = std::find_if(set.cases.begin(), set.cases.end(), [&](const auto& kase) {
      return kase.outline.reference == reference;
    });
    REQUIRE(it != set.cases.end());
    return it->outline;
  };
  // Before the dialogue meeting was held and after: its record moves into the outline.
  for (const char* moment : {"2018-03-01 08:00", "2018-06-11 08:00"}) {
    const Instant now = *parse_instant(moment);
    const OutlineSet fresh = c.outlines(now, false);
    check_same(c.outlines(now, true), fresh);
    const auto packs = c.outline_packs();
    check_same(c.outlines(now, true), fresh);
    CHECK(c.outline_packs() == packs);  // read from the pack, not made again

    const CaseOutline negotiated = outline_of(fresh, "N-1");
    CHECK(negotiated.identity == "N-1|Test kommune");
    CHECK(negotiated.alarms ==
          std::vector<Period>{{2, PeriodUnit::weeks}, {36, PeriodUnit::hours}});
    REQUIRE(negotiated.negotiation_meetings.size() == 3);
    CHECK(negotiated.negotiation_meetings[0].tenderer == "beta");
    CHECK(negotiated.negotiation_meetings[2].round == 1);
    CHECK(negotiated.negotiation_meetings[2].end - negotiated.negotiation_meetings[2].start ==
          60min);
    const CaseOutline kmd = outline_of(fresh, "18/1234");
    REQUIRE_FALSE(kmd.meetings.empty());
    CHECK_FALSE(kmd.meetings[0].agenda.empty());
    CHECK(kmd.meetings[0].held_by.has_value() == (std::string_view(moment) > "2018-04"));
    // The first contact, with its address; a case without one has none.
    CHECK(kmd.organizer_name == "Kari Nordmann");
    CHECK(kmd.organizer_email == "postmottak@kmd.dep.no");
    CHECK(negotiated.organizer_email.empty());
  }
}

TEST_CASE("outlines are found again when the rule tables change, keeping their size and time") {
  CachedCases c;
  const Instant now = *parse_instant("2018-06-11 08:00");
  const OutlineSet before = c.outlines(now, false);
  check_same(c.outlines(now, true), before);
  check_same(c.outlines(now, true), before);

  // The standstill made twelve days instead of ten.
  const fs::path limits = c.rules / "time-limits.yaml";
  const timespec modified = test::modified_of(limits);
  std::string text = test::read_text(limits);
  const auto at = text.find("days: 10\n    in_force_from: 2017-01-01\n    rule: FOA § 25-2\n");
  REQUIRE(at != std::string::npos);
  text.replace(at, 8, "days: 12");
  std::ofstream(limits, std::ios::binary | std::ios::trunc) << text;
  test::set_modified(limits, modified);
  c.rule_files = cli::folder_files(c.rules);
  Diagnostics problems;
  c.tables = *load_rule_tables(c.rules, "rules", problems, Lang::en);
  const OutlineSet after = c.outlines(now, false);
  CHECK(describe(after) != describe(before));
  check_same(c.outlines(now, true), after);

  // Kept again once settled, the pack made over in its place.
  const auto packs = c.outline_packs();
  REQUIRE(packs.size() == 1);
  const fs::path pack = c.cache_folder / packs.front().first;
  const std::string pack_before = test::read_text(pack);
  test::wait_until_settled(c.dir.path, c.cache_folder);
  c.open_cache();
  check_same(c.outlines(now, true), after);
  const auto remade = c.outline_packs();
  REQUIRE(remade.size() == 1);
  CHECK(test::read_text(pack) != pack_before);
  check_same(c.outlines(now, true), after);
  CHECK(c.outline_packs() == remade);
}

TEST_CASE("an outline that no longer serves gives what the case's files showed, kept behind it") {
  CachedCases c;
  const CaseLocation kmd{c.cases / "kmd-2018-prosessbistand", "kmd"};
  const CaseCandidate candidate{kmd, true};
  const std::vector<std::string> arguments{c.cases.string()};
  std::optional<cli::OutlineCache> outlines;
  outlines.emplace(*c.cache, *c.rule_files, Lang::en, arguments);
  const auto first = outlines->find(candidate, *parse_instant("2018-06-11 08:00"));
  CHECK_FALSE(first.kept);
  CHECK_FALSE(first.kept_case);
  REQUIRE(first.files);

  // An outline for the moments before the award, and a case unlike the
  // files (as only an entry written by hand can be) behind it.
  const Instant before = *parse_instant("2018-06-11 08:00");
  const Instant award = *parse_instant("2018-06-15 12:00");
  AsOf as_of(before);
  CHECK_FALSE(as_of.reached(award));
  cli::KeptOutline outline;
  outline.outline.reference = "kept outline";
  cli::KeptCase kept_case;
  kept_case.case_text = "kept case";
  kept_case.evidence.inputs = InputsEvidence{};
  kept_case.evidence.inputs->received = 7;
  const auto kept = [&](const std::optional<cli::KeptCase>& behind) {
    outlines->keep(kmd, *first.files, as_of, outline, behind);
    outlines->finish();
    outlines.emplace(*c.cache, *c.rule_files, Lang::en, arguments);
  };
  kept(kept_case);

  const auto serving = outlines->find(candidate, before);
  REQUIRE(serving.kept);
  CHECK(serving.kept->outline.reference == "kept outline");
  CHECK_FALSE(serving.kept_case);
  const auto stale = outlines->find(candidate, award);
  CHECK_FALSE(stale.kept);
  REQUIRE(stale.kept_case);
  CHECK(stale.kept_case->case_text == "kept case");
  REQUIRE(stale.kept_case->evidence.inputs);
  CHECK(stale.kept_case->evidence.inputs->received == 7);
  CHECK(stale.files == first.files);

  // Kept without it: nothing behind the outline.
  kept(std::nullopt);
  CHECK(outlines->find(candidate, before).kept);
  CHECK_FALSE(outlines->find(candidate, award).kept_case);
}

TEST_CASE("a damaged pack of outlines is ignored and made again") {
  CachedCases c;
  const Instant now = *parse_instant("2018-06-11 08:00");
  const OutlineSet fresh = c.outlines(now, false);
  check_same(c.outlines(now, true), fresh);
  const auto packs = c.outline_packs();
  REQUIRE(packs.size() == 1);
  const fs::path pack = c.cache_folder / packs.front().first;
  const std::string whole = test::read_text(pack);
  for (const std::string& damaged :
       {std::string(), std::string("garbage"), whole.substr(0, whole.size() / 2),
        whole.substr(0, whole.size() - 1), whole + "x"}) {
    std::ofstream(pack, std::ios::binary | std::ios::trunc) << damaged;
    check_same(c.outlines(now, true), fresh);
    CHECK(test::read_text(pack) == whole);
  }
}

TEST_CASE("a folder's files are unchanged only while every file and folder is as it was") {
  CachedCases c;
  const fs::path kmd = c.cases / "kmd-2018-prosessbistand";
  const auto kept_bytes = [&] {
    const auto files = cli::folder_files(kmd);
    REQUIRE(files);
    cli::EntryWriter w;
    cli::write_case_files(w, *files);
    return w.text();
  };
  const std::string kept = kept_bytes();
  CHECK(cli::folder_files_unchanged(kmd, kept));
  CHECK_FALSE(cli::folder_files_unchanged(c.cases / "solvik-2025-renhold", kept));
  CHECK_FALSE(cli::folder_files_unchanged(kmd, kept.substr(0, kept.size() - 1)));
  CHECK_FALSE(cli::folder_files_unchanged(kmd, kept + "x"));
  CHECK_FALSE(cli::folder_files_unchanged(kmd, "garbage"));

  // A file added in a folder below: only that folder's times show it.
  std::ofstream(kmd / "evaluation/notes.txt") << "notes\n";
  CHECK_FALSE(cli::folder_files_unchanged(kmd, kept));
  fs::remove(kmd / "evaluation/notes.txt");
  CHECK_FALSE(cli::folder_files_unchanged(kmd, kept));
  CHECK(cli::folder_files_unchanged(kmd, kept_bytes()));

  // A file rewritten with its size and time kept.
  const std::string now_kept = kept_bytes();
  const fs::path bid = kmd / "bids/elvedal.yaml";
  const timespec modified = test::modified_of(bid);
  std::string text = test::read_text(bid);
  text.back() = text.back() == ' ' ? '\t' : ' ';
  std::ofstream(bid, std::ios::binary | std::ios::trunc) << text;
  test::set_modified(bid, modified);
  CHECK_FALSE(cli::folder_files_unchanged(kmd, now_kept));

  // The case's folder a link to itself elsewhere.
  const std::string linked_kept = kept_bytes();
  fs::rename(kmd, c.dir.path / "moved");
  fs::create_directory_symlink(c.dir.path / "moved", kmd);
  CHECK_FALSE(cli::folder_files_unchanged(kmd, linked_kept));
}

TEST_CASE("an entry's numbers read back exactly, and nothing else reads as one") {
  const auto read = [](std::string_view text) -> std::optional<std::uint64_t> {
    cli::EntryReader r(text);
    const std::uint64_t n = r.unsigned_number();
    return r.at_end() ? std::optional(n) : std::nullopt;
  };
  for (const std::uint64_t n : {std::uint64_t{0}, std::uint64_t{7}, std::uint64_t{1'000'000},
                                std::numeric_limits<std::uint64_t>::max()}) {
    cli::EntryWriter w;
    w.unsigned_number(n);
    CHECK(read(w.text()) == n);
  }
  CHECK(read("00000000000000000001 ") == 1u);
  CHECK(read("18446744073709551615 ") == std::numeric_limits<std::uint64_t>::max());
  CHECK_FALSE(read("18446744073709551616 "));
  CHECK_FALSE(read("99999999999999999999 "));
  CHECK_FALSE(read("000000000000000000001 "));
  for (const std::string_view bad : {"", " ", "x ", "-1 ", "+1 ", "12", "12x", "1 2 "})
    CHECK_FALSE(read(bad));
  // Small numbers within their bounds, one digit or more.
  const auto small = [](std::string_view text, int low, int high) -> std::optional<int> {
    cli::EntryReader r(text);
    const int n = r.small(low, high);
    return r.at_end() ? std::optional(n) : std::nullopt;
  };
  CHECK(small("1 ", 0, 1) == 1);
  CHECK(small("0 ", 0, 1) == 0);
  CHECK_FALSE(small("2 ", 0, 1));
  CHECK_FALSE(small("1 ", 2, 9));
  CHECK(small("-1 ", -1, 86400) == -1);
  CHECK(small("86400 ", -1, 86400) == 86400);
  CHECK_FALSE(small("86401 ", -1, 86400));
  for (const std::string_view bad : {"", "1", "1x", "x ", " 1 ", "1  "})
    CHECK_FALSE(small(bad, 0, 9));
  cli::EntryWriter w;
  w.fixed64(0x0102030405060708u);
  cli::EntryReader r(w.text());
  CHECK(r.fixed64() == 0x0102030405060708u);
  CHECK(r.at_end());
  CHECK(r.fixed64() == 0u);
  CHECK_FALSE(r.ok());
}
