// The procure-score benchmark: a synthetic case of TENDERS × CRITERIA ×
// EVALUATORS (default 2000 × 40 × 5) is generated, opened (sealed), then
// ranked the way `procure-score rank --json` does: load the case and the
// tenders with their scores, check the seal, evaluate (with the robustness
// checks), and write the JSON document; then writes the evaluation report
// (Markdown and HTML) as rank --markdown --html does. Prints the time of
// each step and the peak memory (getrusage). Run one format a process, so
// that the peak is that format's.
//
//   procure-bench-score [TENDERS CRITERIA EVALUATORS yaml|csv]
#include <unistd.h>

#include <chrono>
#include <cstdio>
#include <filesystem>
#include <functional>
#include <string>

#include "process_measure.hpp"
#include "procure/documents/document_kind.hpp"
#include "procure/evaluation/case_evaluation.hpp"
#include "score/ranked_case.hpp"
#include "score/score_outputs.hpp"
#include "synthetic_case.hpp"

namespace {

namespace fs = std::filesystem;
using namespace procure::bench;
std::uintmax_t folder_bytes(const fs::path& folder) {
  std::uintmax_t total = 0;
  for (const auto& entry : fs::recursive_directory_iterator(folder)) {
    if (entry.is_regular_file())
      total += entry.file_size();
  }
  return total;
}

struct Step {
  const char* name;
  double seconds;
};

}  // namespace

int main(int argc, char** argv) {
  using namespace procure;
  const auto parsed = bench::synthetic_case_from(argc, argv, 1);
  if (!parsed) {
    std::fprintf(stderr, "usage: procure-bench-score [TENDERS CRITERIA EVALUATORS yaml|csv]\n");
    return 2;
  }
  const bench::SyntheticCase& spec = *parsed;
  const fs::path folder =
      fs::temp_directory_path() / ("procure-bench-" + std::to_string(::getpid()));
  fs::remove_all(folder);
  auto start = Clock::now();
  bench::write_synthetic_case(folder, spec);
  const double generated = seconds_since(start);
  const double rss_before = peak_rss_mib();

  // Opening, as procure-score open does it (not part of the ranking's time).
  start = Clock::now();
  const bool opened = bench::open_synthetic_case(folder);
  cli::ScoreCase input;
  input.location = {folder, "bench"};
  input.deadline = *parse_instant("2018-05-31 12:00");
  const double opening = seconds_since(start);

  // Ranking, as procure-score rank --json does it.
  std::vector<Step> steps;
  const auto total_start = Clock::now();
  const double cpu_start = cpu_seconds();
  start = Clock::now();
  input.load = load_case(folder, "bench");
  steps.push_back({"load case", seconds_since(start)});
  start = Clock::now();
  const CaseEvaluation evaluated(input.kase(), folder, "bench");
  steps.push_back({"tenders, seal, evaluate", seconds_since(start)});
  start = Clock::now();
  cli::ToolContext ctx;
  ctx.lang = Lang::en;
  ctx.data_dir = cli::find_data_dir();
  const cli::RankedCase ranked{input, evaluated, evaluated.diagnostics()};
  const std::string json = cli::evaluation_json(ranked, ctx);
  steps.push_back({"write JSON", seconds_since(start)});
  const double total = seconds_since(total_start);
  const double cpu = cpu_seconds() - cpu_start;

  // The evaluation report, as rank --markdown --html writes it (not part of the total).
  start = Clock::now();
  static const DialogueRecord no_dialogue;
  const DocumentSources sources{input.kase(), no_dialogue, Date::from_ymd(2018, 6, 1).value(),
                                false,        "bench",     &evaluated,
                                nullptr,      {}};
  TemplateSet templates(template_folders({}, ctx.data_dir, "templates"), ctx.lang);
  Diagnostics report_problems;
  const auto report = render_document(*find_document_kind("evaluation-report"), sources, ctx.lang,
                                      templates, report_problems);
  const double report_seconds = seconds_since(start);

  const bool ok = opened && input.load.ok() && evaluated.ok() && report;
  std::printf("procure-score benchmark: %d tenders x %d criteria x %d evaluators, %s\n",
              spec.tenders, spec.criteria, spec.evaluators,
              spec.format == bench::TenderFormat::csv ? "CSV tables" : "YAML files");
  std::printf("  input               %8.1f MB in %zu files (generated in %.2f s)\n",
              static_cast<double>(folder_bytes(folder)) / 1e6,
              static_cast<std::size_t>(std::distance(fs::recursive_directory_iterator(folder),
                                                     fs::recursive_directory_iterator())),
              generated);
  std::printf("  open (seal)         %8.3f s\n", opening);
  for (const auto& step : steps)
    std::printf("  %-26s %8.3f s\n", step.name, step.seconds);
  std::printf("  rank --json, total  %8.3f s   (CPU %.3f s; JSON %.1f MB, %zu ranked)\n", total,
              cpu, static_cast<double>(json.size()) / 1e6,
              evaluated.ok() ? evaluated.evaluation().ranked : 0);
  std::printf("  evaluation report   %8.3f s   (Markdown %.1f MB, HTML %.1f MB)\n", report_seconds,
              report ? static_cast<double>(report->markdown.size()) / 1e6 : 0.0,
              report ? static_cast<double>(report->html.size()) / 1e6 : 0.0);
  std::printf("  peak memory         %8.1f MB  (%.1f MB before opening)\n", peak_rss_mib(),
              rss_before);
  if (!ok)
    std::printf("  the run reported errors: the figures do not count\n");
  fs::remove_all(folder);
  return ok ? 0 : 1;
}
