// How long `procure export ocds` takes over a national register's worth of
// cases. Makes CASES case folders (default 10 000) from the two shipped
// examples in turn, each with its own reference (its other files, the
// tenders, evaluation and dialogue, hard-linked: the same bytes, so the seal
// holds), then runs the tool as a register would, as a child process:
//   - JSON Lines of every case (each case loaded, its seal checked, its
//     tenders evaluated);
//   - one release package of every case;
//   - JSON Lines of the same cases with case.yaml alone (no tenders: no
//     evaluation), and the Python peer (bench/ocds_peer.py, PyYAML and json)
//     over those, with the ratio.
// Prints the wall and CPU time, the wall time per case, the output size and
// the child's peak memory (wait4's rusage). Nothing is asserted.
//
// usage: procure-bench-export [CASES]
#include <unistd.h>

#include <chrono>
#include <cstdio>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <iterator>
#include <string>
#include <vector>

#include "process_measure.hpp"

namespace fs = std::filesystem;
using procure::bench::ChildRun;
using procure::bench::Clock;
using procure::bench::run_child;
using procure::bench::seconds_since;

namespace {

std::string read_text(const fs::path& path) {
  std::ifstream in(path, std::ios::binary);
  return {std::istreambuf_iterator<char>(in), std::istreambuf_iterator<char>()};
}

// The example's case.yaml with the reference `reference` instead of its own.
std::string with_reference(const std::string& text, const std::string& reference) {
  const auto at = text.find("\nreference:");
  const auto end = text.find('\n', at + 1);
  return text.substr(0, at) + "\nreference: \"" + reference + "\"" + text.substr(end);
}

// Copies `from` into `to`: case.yaml rewritten, every other file hard-linked
// (copied where links are not possible), unless `case_only`.
void make_case(const fs::path& from, const fs::path& to, const std::string& case_text,
               bool case_only) {
  fs::create_directories(to);
  std::ofstream(to / "case.yaml") << case_text;
  if (case_only)
    return;
  for (const auto& entry : fs::recursive_directory_iterator(from)) {
    const fs::path target = to / fs::relative(entry.path(), from);
    if (entry.is_directory()) {
      fs::create_directories(target);
    } else if (entry.path().filename() != "case.yaml") {
      std::error_code ec;
      fs::create_hard_link(entry.path(), target, ec);
      if (ec)
        fs::copy_file(entry.path(), target);
    }
  }
}

void print_run(const char* what, const ChildRun& run, int cases, const fs::path& output) {
  std::error_code ec;
  const auto size = fs::file_size(output, ec);
  std::printf("  %-30s %8.2f s %8.2f s %8.3f ms %8.1f MB %8.1f MB\n", what, run.seconds,
              run.cpu_seconds, 1000.0 * run.seconds / cases,
              ec ? 0.0 : static_cast<double>(size) / 1e6, run.peak_mib);
}

}  // namespace

int main(int argc, char** argv) {
  const int cases = argc > 1 ? std::atoi(argv[1]) : 10000;
  if (cases < 1) {
    std::fprintf(stderr, "usage: procure-bench-export [CASES]\n");
    return 2;
  }
  const fs::path bin = fs::read_symlink("/proc/self/exe").parent_path();
  const fs::path source = PROCURE_SOURCE_DIR;
  const fs::path examples[] = {source / "examples/kmd-2018-prosessbistand",
                               source / "examples/innovasjonspris-2018"};
  const std::string texts[] = {read_text(examples[0] / "case.yaml"),
                               read_text(examples[1] / "case.yaml")};
  const fs::path dir =
      fs::temp_directory_path() / ("procure-bench-export-" + std::to_string(::getpid()));
  const auto made = Clock::now();
  for (int i = 0; i < cases; ++i) {
    const std::string name = "case-" + std::to_string(100000 + i).substr(1);
    const std::string text = with_reference(texts[i % 2], "B-" + std::to_string(i));
    make_case(examples[i % 2], dir / "full" / name, text, false);
    make_case(examples[i % 2], dir / "case-only" / name, text, true);
  }
  std::printf("procure export ocds over %d cases (the two examples in turn; made in %.1f s)\n",
              cases, seconds_since(made));
  std::printf("  %-30s %10s %10s %11s %11s %11s\n", "", "wall", "CPU", "wall/case", "output",
              "peak memory");
  const std::string tool = (bin / "procure-export").string();
  const std::vector<std::string> common{"--ocid-prefix", "ocds-bench0", "--now",
                                        "2026-01-15T10:00:00Z", "--force"};
  const auto export_run = [&](const std::string& folder, const fs::path& out, bool lines) {
    std::vector<std::string> args{tool, "ocds", (dir / folder).string(), "-o", out.string()};
    if (lines)
      args.push_back("--jsonl");
    args.insert(args.end(), common.begin(), common.end());
    return run_child(args);
  };
  bool ok = true;
  const auto full_lines = export_run("full", dir / "full.jsonl", true);
  print_run("JSON Lines, whole cases", full_lines, cases, dir / "full.jsonl");
  const auto full_package = export_run("full", dir / "full.json", false);
  print_run("release package, whole cases", full_package, cases, dir / "full.json");
  const auto case_lines = export_run("case-only", dir / "case-only.jsonl", true);
  print_run("JSON Lines, case.yaml only", case_lines, cases, dir / "case-only.jsonl");
  ok = full_lines.ok && full_package.ok && case_lines.ok;
  const auto peer = run_child({"/usr/bin/python3", (source / "bench/ocds_peer.py").string(),
                               (dir / "case-only").string(), (dir / "peer.jsonl").string()});
  if (peer.ok) {
    print_run("Python peer, case.yaml only", peer, cases, dir / "peer.jsonl");
    std::printf(
        "  Python peer / procure (case.yaml only): %.1fx the wall time, %.1fx the CPU time, "
        "%.1fx the memory\n",
        peer.seconds / case_lines.seconds, peer.cpu_seconds / case_lines.cpu_seconds,
        peer.peak_mib / case_lines.peak_mib);
  }
  fs::remove_all(dir);
  return ok ? 0 : 1;
}
