// The report benchmark: how the evaluation report's time grows with the
// case. For each size, a synthetic case of TENDERS × CRITERIA × EVALUATORS
// is generated and opened (sealed), evaluated, and its evaluation report
// rendered (Markdown and the HTML page, with its chart) as `procure render
// evaluation-report` and `procure score rank --markdown --html` do. Prints
// the seconds, the output in MB and MB/s, and the peak memory; linear work
// shows as a steady MB/s (of the wall time; the CPU time beside it shows a
// machine shared with other work). Sizes run smallest first, so that the peak memory
// after each is that size's.
//
//   procure-bench-report [TENDERS CRITERIA EVALUATORS]...   (default: 48 tenders,
//                        250, 500, 1000 and 2000 criteria, 1 evaluator)
#include <unistd.h>

#include <chrono>
#include <cstdio>
#include <cstdlib>
#include <filesystem>
#include <vector>

#include "common/tool.hpp"
#include "process_measure.hpp"
#include "procure/documents/document_kind.hpp"
#include "procure/evaluation/case_evaluation.hpp"
#include "procure/load/case_loader.hpp"
#include "synthetic_case.hpp"

namespace fs = std::filesystem;
using namespace procure::bench;

int main(int argc, char** argv) {
  using namespace procure;
  std::vector<bench::SyntheticCase> sizes;
  for (int first = 1; first + 2 < argc; first += 3) {
    const auto spec = bench::synthetic_case_from(first + 3, argv, first);
    if (!spec) {
      std::fprintf(stderr, "usage: procure-bench-report [TENDERS CRITERIA EVALUATORS]...\n");
      return 2;
    }
    sizes.push_back(*spec);
  }
  if (argc > 1 && sizes.empty()) {
    std::fprintf(stderr, "usage: procure-bench-report [TENDERS CRITERIA EVALUATORS]...\n");
    return 2;
  }
  if (sizes.empty()) {
    for (const int criteria : {250, 500, 1000, 2000})
      sizes.push_back({48, criteria, 1, bench::TenderFormat::csv});
  }
  const fs::path data_dir = cli::find_data_dir();
  std::printf("procure evaluation report benchmark (Markdown and HTML page)\n");
  std::printf("  %-22s %9s %9s %9s %9s %9s %11s\n", "tenders x criteria x e", "evaluate", "report",
              "(CPU)", "output", "MB/s", "peak memory");
  bool ok = true;
  for (const auto& spec : sizes) {
    const fs::path folder =
        fs::temp_directory_path() / ("procure-bench-report-" + std::to_string(::getpid()));
    fs::remove_all(folder);
    bench::write_synthetic_case(folder, spec);
    if (!bench::open_synthetic_case(folder))
      ok = false;
    const CaseLoad load = load_case(folder, "bench");
    auto start = Clock::now();
    const CaseEvaluation evaluated(load.value, folder, "bench");
    const double evaluate = seconds_since(start);
    static const DialogueRecord no_dialogue;
    const DocumentSources sources{load.value, no_dialogue, Date::from_ymd(2018, 6, 1).value(),
                                  false,      "bench",     &evaluated,
                                  nullptr,    {}};
    start = Clock::now();
    const double cpu_start = cpu_seconds();
    TemplateSet templates(template_folders({}, data_dir, "templates"), Lang::en);
    Diagnostics problems;
    const auto report = render_document(*find_document_kind("evaluation-report"), sources, Lang::en,
                                        templates, problems);
    const double seconds = seconds_since(start);
    const double cpu = cpu_seconds() - cpu_start;
    const double megabytes =
        report ? static_cast<double>(report->markdown.size() + report->html.size()) / 1e6 : 0;
    char size[48];
    std::snprintf(size, sizeof size, "%d x %d x %d", spec.tenders, spec.criteria, spec.evaluators);
    std::printf("  %-22s %7.2f s %7.2f s %7.2f s %6.1f MB %9.1f %8.0f MB\n", size, evaluate,
                seconds, cpu, megabytes, seconds > 0 ? megabytes / seconds : 0.0, peak_rss_mib());
    if (!load.ok() || !evaluated.ok() || !report) {
      const auto& items = !problems.empty() ? problems.items() : evaluated.diagnostics().items();
      std::printf("  the run above reported errors (%s): its figures do not count\n",
                  items.empty() ? "-" : items.front().code.c_str());
      ok = false;
    }
    fs::remove_all(folder);
  }
  return ok ? 0 : 1;
}
