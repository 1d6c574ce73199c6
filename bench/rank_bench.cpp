// The evaluation goals of issue 15, each measured on the tools themselves,
// run as child processes (process start included; wait4 gives the CPU time
// and the peak memory):
//
//   1. CSV: `procure-score rank CASE --json` on a synthetic case of TENDERS ×
//      CRITERIA × EVALUATORS (default 2 000 × 40 × 5) as CSV tables, and the
//      Python peer (bench/score_peer.py: csv, json, decimal) on the same
//      case, run turn about; their documents are parsed and compared, and
//      the ratio printed.
//   2. YAML: the same case as one YAML file a tender and an assessment a
//      tender, ranked the same way, against yaml-cpp's and libyaml's event
//      parsers merely parsing the same files (in this process: the floors
//      with the YAML libraries procure reads with).
//   3. Documents: on a case of REPORT_TENDERS (default 1 000) tenders, the
//      evaluation report (`procure-render evaluation-report -f md -f html`)
//      against ranking the same case, run turn about, with the peak memory
//      against the output's size; and the award notices, one a tender
//      (`--out-dir`).
//
// Each run is repeated RUNS times (default 5) and the run with the median
// CPU time shown; the two ratios are the medians of RUNS pairs run turn
// about (the order changing from pair to pair).
// Nothing is asserted: the figures and ratios are printed.
//
// usage: procure-bench-rank [TENDERS CRITERIA EVALUATORS [REPORT_TENDERS [RUNS]]]
#include <sys/wait.h>
#include <unistd.h>
#include <yaml-cpp/eventhandler.h>
#include <yaml-cpp/parser.h>
#include <yaml.h>

#include <algorithm>
#include <cstdio>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <nlohmann/json.hpp>
#include <sstream>
#include <string>
#include <vector>

#include "process_measure.hpp"
#include "synthetic_case.hpp"

namespace fs = std::filesystem;
using namespace procure::bench;

namespace {

// The run with the median CPU time of a command's repeats, ok if all were.
ChildRun median_by_cpu(std::vector<ChildRun> all) {
  std::sort(all.begin(), all.end(),
            [](const ChildRun& a, const ChildRun& b) { return a.cpu_seconds < b.cpu_seconds; });
  ChildRun median = all[all.size() / 2];
  median.ok = std::all_of(all.begin(), all.end(), [](const ChildRun& r) { return r.ok; });
  return median;
}

// A command the bench runs: its arguments, where its standard output goes,
// and the highest exit code that is a success.
struct Command {
  std::vector<std::string> arguments;
  std::string output;
  int highest_ok_exit = 0;
};

ChildRun run_command(const Command& command) {
  return run_child(command.arguments, command.output, command.highest_ok_exit,
                   command.output + ".stderr");
}

// A run's figures: the one with the median CPU time of its repeats.
ChildRun median_run(int runs, const Command& command) {
  std::vector<ChildRun> all;
  for (int i = 0; i < runs; ++i)
    all.push_back(run_command(command));
  return median_by_cpu(std::move(all));
}

double median(std::vector<double> values) {
  std::sort(values.begin(), values.end());
  return values[values.size() / 2];
}

// Two commands run turn about, `runs` pairs, the first of each pair taking
// turns: a host that speeds up or slows down through the run (the disk
// catching up with the files written before, other work) touches both
// alike, and a ratio is measured pair by pair.
struct Pair {
  ChildRun first;  // each the run with the median CPU time of its command
  ChildRun second;
  double wall_ratio = 0;  // second / first, the median of the pairs'
  double cpu_ratio = 0;
};

Pair run_turn_about(int runs, const Command& first, const Command& second) {
  std::vector<ChildRun> firsts;
  std::vector<ChildRun> seconds;
  std::vector<double> wall_ratios;
  std::vector<double> cpu_ratios;
  for (int i = 0; i < runs; ++i) {
    ChildRun a;
    ChildRun b;
    if (i % 2 == 0) {
      a = run_command(first);
      b = run_command(second);
    } else {
      b = run_command(second);
      a = run_command(first);
    }
    firsts.push_back(a);
    seconds.push_back(b);
    wall_ratios.push_back(a.seconds > 0 ? b.seconds / a.seconds : 0.0);
    cpu_ratios.push_back(a.cpu_seconds > 0 ? b.cpu_seconds / a.cpu_seconds : 0.0);
  }
  return {median_by_cpu(std::move(firsts)), median_by_cpu(std::move(seconds)), median(wall_ratios),
          median(cpu_ratios)};
}

double megabytes(const fs::path& path) {
  std::error_code ec;
  const auto size = fs::file_size(path, ec);
  return ec ? 0.0 : static_cast<double>(size) / 1e6;
}

double folder_megabytes(const fs::path& folder) {
  double total = 0;
  std::error_code ec;
  for (const auto& entry : fs::recursive_directory_iterator(folder, ec)) {
    if (entry.is_regular_file())
      total += megabytes(entry.path());
  }
  return total;
}

void print_run(const char* what, const ChildRun& run, double output_mb) {
  std::printf("  %-34s %8.3f s %8.3f s %9.1f MB %9.1f MB%s\n", what, run.seconds, run.cpu_seconds,
              output_mb, run.peak_mib, run.ok ? "" : "  (failed: does not count)");
}

void print_header() {
  std::printf("  %-34s %10s %10s %12s %12s\n", "", "wall", "CPU", "output", "peak memory");
}

fs::path make_case(const fs::path& folder, SyntheticCase spec) {
  fs::remove_all(folder);
  write_synthetic_case(folder, spec);
  if (!open_synthetic_case(folder))
    std::fprintf(stderr, "procure-bench-rank: opening %s reported problems\n",
                 folder.string().c_str());
  return folder;
}

// yaml-cpp's event parser with events that do nothing: the least any reader
// built on it can cost.
class IgnoreEvents final : public YAML::EventHandler {
 public:
  void OnDocumentStart(const YAML::Mark&) override {}
  void OnDocumentEnd() override {}
  void OnNull(const YAML::Mark&, YAML::anchor_t) override {}
  void OnAlias(const YAML::Mark&, YAML::anchor_t) override {}
  void OnScalar(const YAML::Mark&, const std::string&, YAML::anchor_t,
                const std::string&) override {}
  void OnSequenceStart(const YAML::Mark&, const std::string&, YAML::anchor_t,
                       YAML::EmitterStyle::value) override {}
  void OnSequenceEnd() override {}
  void OnMapStart(const YAML::Mark&, const std::string&, YAML::anchor_t,
                  YAML::EmitterStyle::value) override {}
  void OnMapEnd() override {}
};

enum class YamlParser { yaml_cpp, libyaml };

// libyaml's events, pulled one by one and dropped.
void parse_with_libyaml(const std::string& text) {
  yaml_parser_t parser;
  if (yaml_parser_initialize(&parser) != 1)
    return;
  yaml_parser_set_input_string(&parser, reinterpret_cast<const unsigned char*>(text.data()),
                               text.size());
  for (bool done = false; !done;) {
    yaml_event_t event;
    if (yaml_parser_parse(&parser, &event) != 1)
      break;
    done = event.type == YAML_STREAM_END_EVENT;
    yaml_event_delete(&event);
  }
  yaml_parser_delete(&parser);
}

// CPU seconds to read and parse every .yaml file under `folder`.
double parse_yaml_files(const fs::path& folder, YamlParser with) {
  const double start = cpu_seconds();
  for (const auto& entry : fs::recursive_directory_iterator(folder)) {
    if (!entry.is_regular_file() || entry.path().extension() != ".yaml")
      continue;
    std::ifstream in(entry.path(), std::ios::binary);
    std::stringstream text;
    text << in.rdbuf();
    if (with == YamlParser::libyaml) {
      parse_with_libyaml(text.str());
      continue;
    }
    YAML::Parser parser(text);
    IgnoreEvents events;
    while (parser.HandleNextDocument(events)) {
    }
  }
  return cpu_seconds() - start;
}

// The median of `runs` parses of every .yaml file under `folder`.
double median_parse(const fs::path& folder, YamlParser with, int runs) {
  std::vector<double> parses;
  for (int i = 0; i < runs; ++i)
    parses.push_back(parse_yaml_files(folder, with));
  std::sort(parses.begin(), parses.end());
  return parses[parses.size() / 2];
}

// Parses both documents and compares them, in a child process: their trees
// take ten times the documents' size, and a child measured later would
// inherit this process's peak memory (Linux carries it over fork and exec).
bool same_document(const fs::path& a, const fs::path& b) {
  std::fflush(stdout);
  const pid_t pid = ::fork();
  if (pid == 0) {
    std::ifstream in_a(a);
    std::ifstream in_b(b);
    const auto first = nlohmann::json::parse(in_a, nullptr, false);
    const auto second = nlohmann::json::parse(in_b, nullptr, false);
    std::_Exit(!first.is_discarded() && first == second ? 0 : 1);
  }
  int status = 0;
  ::waitpid(pid, &status, 0);
  return WIFEXITED(status) && WEXITSTATUS(status) == 0;
}

// The day the award notices are sent, which the standstill period counts from.
void add_award_notice_date(const fs::path& folder) {
  std::ifstream in(folder / "case.yaml");
  std::stringstream text;
  text << in.rdbuf();
  std::string yaml = text.str();
  const std::string deadline = "  tender_deadline: 2018-05-31 12:00\n";
  yaml.insert(yaml.find(deadline) + deadline.size(), "  award_notice: 2018-06-05\n");
  std::ofstream(folder / "case.yaml") << yaml;
}

}  // namespace

int main(int argc, char** argv) {
  const auto parsed = synthetic_case_from(std::min(argc, 4), argv, 1);
  const int report_tenders = argc > 4 ? std::atoi(argv[4]) : 1000;
  const int runs = argc > 5 ? std::atoi(argv[5]) : 5;
  if (!parsed || report_tenders < 2 || runs < 1) {
    std::fprintf(
        stderr,
        "usage: procure-bench-rank [TENDERS CRITERIA EVALUATORS [REPORT_TENDERS [RUNS]]]\n");
    return 2;
  }
  SyntheticCase spec = *parsed;
  const fs::path bin = fs::read_symlink("/proc/self/exe").parent_path();
  const std::string score = (bin / "procure-score").string();
  const std::string render = (bin / "procure-render").string();
  const fs::path dir =
      fs::temp_directory_path() / ("procure-bench-rank-" + std::to_string(::getpid()));
  fs::create_directories(dir);
  bool ok = true;

  std::printf(
      "procure-score rank --json: %d tenders x %d criteria x %d evaluators (median of %d)\n",
      spec.tenders, spec.criteria, spec.evaluators, runs);
  print_header();
  spec.format = TenderFormat::csv;
  const fs::path csv_case = make_case(dir / "csv", spec);
  const auto csv_pair = run_turn_about(
      runs, {{score, "rank", csv_case.string(), "--json"}, (dir / "csv.json").string(), 1},
      {{"/usr/bin/python3", PROCURE_SOURCE_DIR "/bench/score_peer.py", csv_case.string()},
       (dir / "peer.json").string(),
       0});
  const ChildRun& csv = csv_pair.first;
  const ChildRun& peer = csv_pair.second;
  print_run("procure, CSV tables", csv, megabytes(dir / "csv.json"));
  print_run("Python peer, CSV tables", peer, megabytes(dir / "peer.json"));
  const bool same = same_document(dir / "csv.json", dir / "peer.json");
  std::printf("  the two documents are %s\n",
              same ? "equal" : "NOT equal: the ratio does not count");
  std::printf(
      "  Python peer / procure: %.1fx the CPU time, %.1fx the wall time (medians of the pairs)\n",
      csv_pair.cpu_ratio, csv_pair.wall_ratio);
  ok = ok && csv.ok && peer.ok && same;

  spec.format = TenderFormat::yaml;
  const fs::path yaml_case = make_case(dir / "yaml", spec);
  const double yaml_mb = folder_megabytes(yaml_case);
  const auto yaml = median_run(
      runs, {{score, "rank", yaml_case.string(), "--json"}, (dir / "yaml.json").string(), 1});
  print_run("procure, YAML files", yaml, megabytes(dir / "yaml.json"));
  const double yaml_cpp_parse = median_parse(yaml_case, YamlParser::yaml_cpp, runs);
  const double libyaml_parse = median_parse(yaml_case, YamlParser::libyaml, runs);
  std::printf("  %-34s %8s   %8.3f s %9.1f MB of YAML\n", "yaml-cpp parsing the same files", "",
              yaml_cpp_parse, yaml_mb);
  std::printf("  %-34s %8s   %8.3f s\n", "libyaml parsing the same files", "", libyaml_parse);
  std::printf(
      "  procure / yaml-cpp parsing: %.2fx the CPU time; procure / libyaml parsing: %.2fx\n",
      yaml.cpu_seconds / yaml_cpp_parse, yaml.cpu_seconds / libyaml_parse);
  ok = ok && yaml.ok;
  fs::remove_all(csv_case);
  fs::remove_all(yaml_case);

  spec.tenders = report_tenders;
  spec.format = TenderFormat::csv;
  std::printf("\nDocuments: %d tenders x %d criteria x %d evaluators, CSV tables\n", spec.tenders,
              spec.criteria, spec.evaluators);
  print_header();
  const fs::path report_case = make_case(dir / "report", spec);
  add_award_notice_date(report_case);
  const auto report_pair = run_turn_about(
      runs, {{score, "rank", report_case.string(), "--json"}, (dir / "report.json").string(), 1},
      {{render, "evaluation-report", report_case.string(), "-f", "md", "-f", "html", "--out-dir",
        (dir / "report-out").string(), "--today", "2018-06-01", "--force"},
       (dir / "report.out").string(),
       1});
  const ChildRun& ranked = report_pair.first;
  const ChildRun& report = report_pair.second;
  print_run("procure-score rank --json", ranked, megabytes(dir / "report.json"));
  const double report_mb = folder_megabytes(dir / "report-out");
  print_run("evaluation report (md and html)", report, report_mb);
  // Both use the tool's threads: the wall time is what an officer waits.
  std::printf(
      "  report / ranking: %.1fx the wall time, %.1fx the CPU time (medians of the pairs); peak "
      "memory %.1fx the output\n",
      report_pair.wall_ratio, report_pair.cpu_ratio,
      report_mb > 0 ? report.peak_mib / report_mb : 0.0);
  const auto notices =
      median_run(runs, {{render, "award-notice", report_case.string(), "--out-dir",
                         (dir / "notices").string(), "--today", "2018-06-05", "--force"},
                        (dir / "notices.out").string(),
                        1});
  print_run("award notices, one a tender (md)", notices, folder_megabytes(dir / "notices"));
  ok = ok && ranked.ok && report.ok && notices.ok;

  fs::remove_all(dir);
  return ok ? 0 : 1;
}
