#include <doctest/doctest.h>

#include <signal.h>
#include <sys/wait.h>
#include <unistd.h>

#include <algorithm>
#include <atomic>
#include <chrono>
#include <filesystem>
#include <fstream>
#include <latch>
#include <memory>
#include <stdexcept>
#include <thread>
#include <vector>

#include <CLI/CLI.hpp>

#include "common/app_catalog.hpp"
#include "common/diagnostic_output.hpp"
#include "common/json_writer.hpp"
#include "common/kept_to_exit.hpp"
#include "common/locked_file.hpp"
#include "common/output_file.hpp"
#include "common/removed_on_signal.hpp"
#include "common/table.hpp"
#include "common/task_threads.hpp"
#include "common/temporary_file.hpp"
#include "common/usage_error.hpp"
#include "procure/core/utf8.hpp"
#include "test_support.hpp"

using namespace procure;
namespace fs = std::filesystem;
using test::entries_in;
using test::read_text;

TEST_CASE("diagnostics render with the line, a caret under the value, and the hint") {
  Diagnostic d;
  d.code = "value.expected-percent";
  d.args = {{"value", "thirty"}};
  d.where = SourceSpan{"case.yaml", 14, 15, 6, "      weight: thirty"};
  CHECK(cli::format_diagnostic(d, cli::app_catalog(), Lang::en) ==
        "procure: error: case.yaml:14:15: 'thirty' is not a percentage\n"
        "  14 |       weight: thirty\n"
        "     |               ^^^^^^\n"
        "  hint: write a number, with or without %: 30, 30 %, 12,5 %\n");
  CHECK(cli::format_diagnostic(d, cli::app_catalog(), Lang::nb)
            .starts_with("procure: feil: case.yaml:14:15: «thirty» er ikke en prosentsats\n"));
}

TEST_CASE("the caret counts characters, not bytes") {
  Diagnostic d;
  d.code = "value.missing";
  d.where = SourceSpan{"c.yaml", 2, 7, 1, "  blåbær: x"};
  CHECK(cli::format_diagnostic(d, cli::app_catalog(), Lang::en).find("\n    |       ^\n") !=
        std::string::npos);
}

TEST_CASE("tables align by display width") {
  cli::Table table({"Navn", "Beløp"});
  table.add_row({"Træna", "500 000"});
  table.add_row({"Sola", "1"});
  table.align_right(1);
  CHECK(table.render() ==
        "Navn     Beløp\n"
        "-----  -------\n"
        "Træna  500 000\n"
        "Sola         1\n");
}

TEST_CASE("a table's short rows, wide characters and controls keep their columns") {
  cli::Table table({"A", "B", "C"});
  table.add_row({"漢字", "x"});
  table.add_row({"bell\x07", "", "end  "});
  table.add_row({});
  table.align_right(1);
  table.align_right(7);
  CHECK(table.render("> ") ==
        "> A         B  C\n"
        "> --------  -  -----\n"
        "> 漢字      x\n"
        "> bell\\x07     end\n"
        ">\n");
  CHECK(cli::Table().render().empty());
}

TEST_CASE("a cell wider than a screen widens no column: a table grows with its cells") {
  const std::string name(900, 'N');
  cli::Table table({"Tender", "Supplier", "Price"});
  table.add_row({"long", name, "1"});
  for (int i = 0; i < 500; ++i)
    table.add_row({"t" + std::to_string(i), "Short AS", "2"});
  const std::string text = table.render();
  // The long name once, and every other row no wider than a screen's columns.
  CHECK(text.size() < name.size() + 502 * 300);
  CHECK(text.find("long    " + name + "  1\n") != std::string::npos);
  CHECK(text.find("t0      Short AS" + std::string(240 - 8, ' ') + "  2\n") != std::string::npos);
}

TEST_CASE("a cell of more than 1 000 characters is cut, on every row it stands on") {
  // A supplier's name of a million characters, on 2 000 rows: two gigabytes
  // if shown whole.
  const std::string name(1'000'000, 'N');
  cli::Table table({"Participant", "Received"});
  for (int i = 0; i < 2000; ++i)
    table.add_row({name, "2018-04-05 16:20"});
  const std::string text = table.render();
  CHECK(text.size() < 2002u * 1300u);
  CHECK(text.find(std::string(999, 'N') + "\u2026  2018-04-05 16:20\n") != std::string::npos);
  // Counted in characters, never cut inside one; a million combining marks
  // are no wider than one character, and are cut too.
  const auto repeated = [](std::string_view character, int count) {
    std::string out;
    for (int i = 0; i < count; ++i)
      out += character;
    return out;
  };
  cli::Table others;
  others.add_row({repeated("\u65e5", 1200)});  // 日, two columns each
  others.add_row({"e" + repeated("\u0301", 1'000'000)});
  others.add_row({repeated("\u00e6", 1000)});  // æ: as long as may be, shown whole
  others.add_row({repeated("\x1b", 300)});     // escapes: 1 200 characters shown
  CHECK(others.render() == repeated("\u65e5", 999) + "\u2026\n" + "e" + repeated("\u0301", 998) +
                               "\u2026\n" + repeated("\u00e6", 1000) + "\n" +
                               repeated("\\x1b", 249) + "\\x1\u2026\n");
}

TEST_CASE("a locked file replaced while another waits for it is read again by that one") {
  test::TempDir dir;
  const fs::path path = dir.path / "case.yaml";
  dir.write("case.yaml", "first\n");
  std::optional<std::string> waited_for;
  std::thread second;
  {
    const cli::LockedFile first(path);
    REQUIRE(first.read() == std::optional<std::string>("first\n"));
    second = std::thread([&] { waited_for = cli::LockedFile(path).read(); });
    // Time for the second to open the file and wait for its lock; it reads
    // the new text whether it waited or came after.
    std::this_thread::sleep_for(std::chrono::milliseconds(100));
    dir.write("case.yaml.new", "first\nand the first run's line\n");
    fs::rename(dir.path / "case.yaml.new", path);
  }
  second.join();
  CHECK(waited_for == std::optional<std::string>("first\nand the first run's line\n"));
}

TEST_CASE("outputs are written whole, and never over an input or without --force") {
  const fs::path dir = fs::temp_directory_path() / ("procure-out-" + std::to_string(::getpid()));
  fs::create_directories(dir);
  const fs::path target = dir / "out.txt";
  Diagnostics diagnostics;
  CHECK(cli::write_file_atomically(target, "first\n", {}, diagnostics));
  CHECK_FALSE(cli::write_file_atomically(target, "second\n", {}, diagnostics));
  CHECK(cli::write_file_atomically(target, "third\n", {true, {}, {}}, diagnostics));
  CHECK_FALSE(cli::write_file_atomically(target, "x", {true, {target}, {}}, diagnostics));
  CHECK_FALSE(cli::write_file_atomically(dir / "missing" / "x.txt", "x", {}, diagnostics));
  std::ifstream in(target);
  std::string content((std::istreambuf_iterator<char>(in)), std::istreambuf_iterator<char>());
  CHECK(content == "third\n");
  std::vector<std::string> codes;
  for (const auto& d : diagnostics.items())
    codes.push_back(d.code);
  CHECK(codes == std::vector<std::string>{"output.exists", "output.is-input", "output.no-folder"});
  // No temporary file is left behind.
  CHECK(std::distance(fs::directory_iterator(dir), fs::directory_iterator()) == 1);
  fs::remove_all(dir);
}

TEST_CASE("no output is written over or into a case's own files, with --force or not") {
  const test::TempDir dir;
  dir.write("case/case.yaml", "format: procure-case/1\n");
  dir.write("case/bids/alfa.yaml", "id: alfa\n");
  dir.write("case/opening-protocol.yaml", "sealed\n");
  const fs::path kase = dir.path / "case";
  const cli::WriteRules forced{true, {}, {kase}};
  Diagnostics diagnostics;
  CHECK_FALSE(cli::write_file_atomically(kase / "bids" / "alfa.yaml", "x", forced, diagnostics));
  CHECK_FALSE(cli::write_file_atomically(kase / "case.yaml", "x", forced, diagnostics));
  CHECK_FALSE(cli::write_file_atomically(kase / "opening-protocol.yaml", "x", forced, diagnostics));
  CHECK_FALSE(cli::write_file_atomically(kase / "evaluation" / "x.csv", "x", forced, diagnostics));
  CHECK_FALSE(cli::make_output_folder(kase / "bids" / "letters", forced, diagnostics));
  CHECK(test::codes(diagnostics) == std::vector<std::string>(5, "output.case-file"));
  CHECK(read_text(kase / "bids" / "alfa.yaml") == "id: alfa\n");
  CHECK(read_text(kase / "opening-protocol.yaml") == "sealed\n");
  CHECK_FALSE(fs::exists(kase / "bids" / "letters"));
  CHECK(cli::write_file_atomically(kase / "report.md", "report\n", forced, diagnostics));

  // The one who makes a case file (init, score open) creates it and never replaces it.
  Diagnostics refused;
  CHECK_FALSE(cli::create_case_file(kase / "opening-protocol.yaml", "x", refused));
  CHECK(test::codes(refused) == std::vector<std::string>{"output.case-file-exists"});
  CHECK(read_text(kase / "opening-protocol.yaml") == "sealed\n");
}

TEST_CASE("an output another run created between the check and the commit is kept") {
  const test::TempDir dir;
  const fs::path target = dir.path / "report.md";
  {
    cli::TemporaryFile mine(dir.path, "report.md");
    REQUIRE(mine.ok());
    REQUIRE(::write(mine.fd(), "mine\n", 5) == 5);
    dir.write("report.md", "theirs\n");  // the other run, after our check that the name was free
    CHECK(mine.commit(target, false) == EEXIST);
  }
  CHECK(read_text(target) == "theirs\n");
  CHECK(entries_in(dir.path) == 1);  // our temporary file is gone
  {
    cli::TemporaryFile forced(dir.path, "report.md");
    REQUIRE(::write(forced.fd(), "mine\n", 5) == 5);
    CHECK(forced.commit(target, true) == 0);
  }
  CHECK(read_text(target) == "mine\n");
  CHECK(entries_in(dir.path) == 1);
}

TEST_CASE("an output written a part at a time is in place only once committed, and whole") {
  const test::TempDir dir;
  const fs::path target = dir.path / "report.html";
  Diagnostics diagnostics;
  {
    cli::OutputFile file(target, {}, diagnostics);
    REQUIRE(file.ok());
    file.write("<p>");
    file.write(std::string(100000, 'x'));
    file.write("</p>\n");
    CHECK_FALSE(fs::exists(target));
    CHECK(file.commit(diagnostics));
  }
  CHECK(read_text(target) == "<p>" + std::string(100000, 'x') + "</p>\n");
  CHECK(entries_in(dir.path) == 1);

  // Found to be an input only once written (a template read meanwhile): never put in place.
  dir.write("template.md", "{{title}}\n");
  {
    cli::OutputFile file(dir.path / "template.md", {true, {}, {}}, diagnostics);
    REQUIRE(file.ok());
    file.write("rendered\n");
    file.check_inputs({dir.path / "template.md"}, diagnostics);
    CHECK_FALSE(file.ok());
    CHECK_FALSE(file.commit(diagnostics));
  }
  CHECK(read_text(dir.path / "template.md") == "{{title}}\n");
  // Never committed: nothing is left, the target was never made.
  {
    cli::OutputFile file(dir.path / "dropped.html", {}, diagnostics);
    file.write("half");
  }
  CHECK_FALSE(fs::exists(dir.path / "dropped.html"));
  CHECK(entries_in(dir.path) == 2);
  // Exists, without --force: refused before anything is written.
  CHECK_FALSE(cli::OutputFile(target, {}, diagnostics).ok());
  CHECK(test::codes(diagnostics) == std::vector<std::string>{"output.is-input", "output.exists"});
}

TEST_CASE(
    "an output of many parts, small ones gathered and large ones not, is its parts in order") {
  const test::TempDir dir;
  const fs::path target = dir.path / "register.jsonl";
  // Sizes on both sides of where parts stop being gathered (64 KiB), empty
  // ones, and more than a long file's megabyte in all.
  const std::vector<std::size_t> sizes{0,      1,       3000,  65535, 65536, 65537, 0,
                                       200000, 7,       70000, 1,     65534, 2,     4096,
                                       300,    1000000, 65536, 12,    131072};
  std::string whole;
  Diagnostics diagnostics;
  {
    cli::OutputFile file(target, {}, diagnostics);
    REQUIRE(file.ok());
    for (std::size_t i = 0; i < sizes.size(); ++i) {
      const std::string part(sizes[i], static_cast<char>('a' + i % 26));
      file.write(part);
      whole += part;
    }
    CHECK(file.commit(diagnostics));
  }
  CHECK(diagnostics.empty());
  CHECK(read_text(target) == whole);
}

TEST_CASE("a run stopped by SIGINT, SIGTERM or SIGHUP while writing leaves no temporary file") {
  for (const int signal_number : {SIGINT, SIGTERM, SIGHUP}) {
    CAPTURE(signal_number);
    const test::TempDir dir;
    const pid_t child = ::fork();
    REQUIRE(child >= 0);
    if (child == 0) {
      // Stopped mid-write, as Ctrl-C or kill would stop it.
      cli::TemporaryFile temp(dir.path, "report.md");
      if (temp.ok() && ::write(temp.fd(), "half", 4) == 4)
        ::raise(signal_number);
      ::_exit(0);
    }
    int status = 0;
    REQUIRE(::waitpid(child, &status, 0) == child);
    CHECK(WIFSIGNALED(status));
    CHECK(WTERMSIG(status) == signal_number);
    CHECK(entries_in(dir.path) == 0);
  }
}

TEST_CASE("temporary files made on many threads at once are all removed when the run is stopped") {
  // As when every thread that reads cases is writing a cache entry: more
  // threads than the handler once had room for, registering together.
  const test::TempDir dir;
  const pid_t child = ::fork();
  REQUIRE(child >= 0);
  if (child == 0) {
    constexpr int threads = 32;
    std::latch all_made(threads);
    std::latch never(1);
    std::vector<std::thread> writers;
    for (int i = 0; i < threads; ++i) {
      writers.emplace_back([&, i] {
        cli::TemporaryFile temp(dir.path, "entry-" + std::to_string(i));
        all_made.count_down();
        never.wait();  // holds the file until the signal ends the process
      });
    }
    all_made.wait();
    ::raise(SIGTERM);
    ::_exit(0);
  }
  int status = 0;
  REQUIRE(::waitpid(child, &status, 0) == child);
  CHECK(WIFSIGNALED(status));
  CHECK(WTERMSIG(status) == SIGTERM);
  CHECK(entries_in(dir.path) == 0);
}

TEST_CASE("a signal taken by one thread while others make temporary files leaves none") {
  // The signal's handler runs on the thread that takes it, while the others
  // go on making files: a file made and not yet registered would stay.
  for (int round = 0; round < 40; ++round) {
    CAPTURE(round);
    const test::TempDir dir;
    const pid_t child = ::fork();
    REQUIRE(child >= 0);
    if (child == 0) {
      // The handler is installed with the first file: until every maker has
      // made one, the signal would meet the test framework's own handler
      // (a slow start under a sanitizer did).
      std::latch each_made_one(4);
      std::vector<std::thread> makers;
      for (int i = 0; i < 4; ++i) {
        makers.emplace_back([&, i] {
          { const cli::TemporaryFile first(dir.path, "entry-" + std::to_string(i)); }
          each_made_one.count_down();
          for (;;)
            cli::TemporaryFile temp(dir.path, "entry-" + std::to_string(i));
        });
      }
      each_made_one.wait();
      std::this_thread::sleep_for(std::chrono::microseconds(500 + 100 * round));
      ::raise(SIGTERM);
      ::_exit(0);
    }
    int status = 0;
    REQUIRE(::waitpid(child, &status, 0) == child);
    CHECK(WIFSIGNALED(status));
    CHECK(entries_in(dir.path) == 0);
  }
}

TEST_CASE("a stopped run removes a registered temporary folder and the files in it") {
  const test::TempDir dir;
  const fs::path folder = dir.path / "pandoc";
  const pid_t child = ::fork();
  REQUIRE(child >= 0);
  if (child == 0) {
    fs::create_directory(folder);
    const cli::RemovedOnSignal folder_registration(folder);
    const cli::RemovedOnSignal input_registration(folder / "document.md");
    const cli::RemovedOnSignal output_registration(folder / "document.docx");
    std::ofstream(folder / "document.md") << "# Title\n";
    ::raise(SIGTERM);
    ::_exit(0);
  }
  int status = 0;
  REQUIRE(::waitpid(child, &status, 0) == child);
  CHECK(WIFSIGNALED(status));
  CHECK_FALSE(fs::exists(folder));
}

namespace {

// The diagnostic of parsing `args` with a command of every kind of option.
Diagnostic usage_of(std::vector<std::string> args) {
  CLI::App app("test", "procure-test");
  std::string file;
  std::string other;
  int year = 0;
  std::string needed;
  auto* out = app.add_option("--out", file);
  app.add_option("--out-dir", other)->excludes(out);
  app.add_option("--year", year);
  app.add_option("--lang", other)->check(CLI::IsMember({"en", "nb"}));
  app.add_option("--needs", needed)->needs(out);
  app.add_option("CASE", other)->required();
  std::reverse(args.begin(), args.end());
  try {
    app.parse(args);
  } catch (const CLI::ParseError& e) {
    return cli::usage_diagnostic(e, app, "procure-test");
  }
  return {};
}

}  // namespace

TEST_CASE("CLI11's parse errors become catalog diagnostics that name the option") {
  CHECK(usage_of({}).code == "usage.required");
  CHECK(test::arg(usage_of({}), "option") == "CASE");
  CHECK(usage_of({"c", "--bogus"}).code == "usage.unexpected");
  CHECK(test::arg(usage_of({"c", "--bogus"}), "arguments") == "--bogus");
  CHECK(usage_of({"c", "--yaer", "2018"}).code == "usage.unexpected-suggest");
  CHECK(test::arg(usage_of({"c", "--yaer", "2018"}), "suggestion") == "--year");
  CHECK(usage_of({"c", "--lang", "de"}).code == "usage.invalid-value");
  CHECK(test::arg(usage_of({"c", "--lang", "de"}), "value") == "de");
  CHECK(usage_of({"c", "--year", "abc"}).code == "usage.invalid-value");
  CHECK(test::arg(usage_of({"c", "--year", "abc"}), "option") == "--year");
  CHECK(usage_of({"c", "--out"}).code == "usage.needs-value");
  CHECK(usage_of({"c", "--out", "a", "--out", "b"}).code == "usage.too-many-values");
  CHECK(usage_of({"c", "--out", "a", "--out-dir", "b"}).code == "usage.excludes");
  CHECK(test::arg(usage_of({"c", "--out", "a", "--out-dir", "b"}), "other") == "--out-dir");
  // One no procure tool can cause still reads as a usage error, with CLI11's words.
  CHECK(usage_of({"c", "--needs", "x"}).code == "usage.invalid");
  CHECK(test::arg(usage_of({"c", "--needs", "x"}), "detail") == "--needs requires --out");
}

TEST_CASE("the streaming JSON writer writes what print_json would, and escapes all") {
  std::string out;
  cli::JsonWriter w(out);
  w.begin_object();
  w.key("a");
  w.value("quote \" backslash \\ newline \n tab \t bell \x07 æøå");
  w.key("b");
  w.begin_array();
  w.value(1.5);
  w.value(static_cast<long long>(-3));
  w.value(true);
  w.null();
  w.begin_object();
  w.end_object();
  w.begin_array();
  w.end_array();
  w.end_array();
  w.key("c");
  w.value(nlohmann::json{{"x", {1, 2}}, {"y", "z"}});
  w.key("d");
  w.begin_array();
  w.dumped_value(cli::JsonWriter::dumped_part(nlohmann::json{{"x", {{"y", {1}}}}}));
  w.dumped_value(cli::JsonWriter::dumped_part(nlohmann::json::array()));
  w.end_array();
  w.end_object();
  const nlohmann::json tree{
      {"a", "quote \" backslash \\ newline \n tab \t bell \x07 æøå"},
      {"b", {1.5, -3, true, nullptr, nlohmann::json::object(), nlohmann::json::array()}},
      {"c", {{"x", {1, 2}}, {"y", "z"}}},
      {"d", {{{"x", {{"y", {1}}}}}, nlohmann::json::array()}}};
  CHECK(out == tree.dump(2));
  CHECK(nlohmann::json::parse(out) == tree);

  std::string line;
  cli::JsonWriter records(line);
  records.begin_array();
  records.inline_object({{"evaluator", "ann"}, {"reason", "Good, \"clear\"."}});
  records.end_array();
  CHECK(line == "[\n  {\"evaluator\": \"ann\", \"reason\": \"Good, \\\"clear\\\".\"}\n]");
}

TEST_CASE("an object kept to the process's end outlives the call, from any thread") {
  struct Watched {
    Watched(std::atomic<int>& destroyed_count, int number)
        : destroyed(&destroyed_count), value(number) {}
    Watched(const Watched&) = delete;
    Watched& operator=(const Watched&) = delete;
    ~Watched() { ++*destroyed; }
    std::atomic<int>* destroyed;
    int value;
  };
  std::atomic<int> destroyed{0};
  std::vector<Watched*> kept(8);
  std::vector<std::thread> threads;
  for (int i = 0; i < 8; ++i) {
    threads.emplace_back([&, i] {
      kept[static_cast<std::size_t>(i)] =
          &cli::kept_to_exit(std::make_unique<Watched>(destroyed, i));
    });
  }
  for (auto& thread : threads)
    thread.join();
  CHECK(destroyed == 0);
  for (int i = 0; i < 8; ++i)
    CHECK(kept[static_cast<std::size_t>(i)]->value == i);
}

TEST_CASE("the tools' task runner runs every task once, on up to a thread a core") {
  const TaskRunner runner = cli::task_threads();
  CHECK(runner.width >= 1);
  std::vector<std::atomic<int>> runs(100);
  std::vector<Task> tasks;
  for (std::size_t i = 0; i < runs.size(); ++i)
    tasks.emplace_back([&runs, i] { ++runs[i]; });
  run_tasks(runner, tasks);
  CHECK(std::all_of(runs.begin(), runs.end(), [](const auto& n) { return n == 1; }));
  // A task's exception reaches the caller, once every task has ended.
  tasks.front() = [] { throw std::runtime_error("task failed"); };
  CHECK_THROWS_AS(run_tasks(runner, tasks), std::runtime_error);
}
