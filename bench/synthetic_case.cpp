#include "synthetic_case.hpp"

#include <algorithm>
#include <cstdio>
#include <cstdlib>
#include <fstream>
#include <random>
#include <string>
#include <utility>

#include "procure/evaluation/opening_protocol.hpp"
#include "procure/evaluation/tender_loader.hpp"
#include "procure/load/case_loader.hpp"
#include "procure/time/oslo_time.hpp"

namespace procure::bench {
namespace {

namespace fs = std::filesystem;

// Quality leaves go in four groups of main criteria under one 70 % quality
// share; each group's weights add up to exactly 100 %.
struct Group {
  std::string id;
  int leaves = 0;
};

std::vector<Group> groups_for(int quality_leaves) {
  std::vector<Group> groups;
  const int count = std::min(4, quality_leaves);
  for (int g = 0; g < count; ++g) {
    const int leaves = quality_leaves / count + (g < quality_leaves % count ? 1 : 0);
    std::string id = "q";
    id += std::to_string(g + 1);
    groups.push_back({std::move(id), leaves});
  }
  return groups;
}

// n weights in whole percent that add up to 100: the first ones take the remainder.
std::vector<int> percentages(int n) {
  std::vector<int> weights(static_cast<std::size_t>(n), 100 / n);
  for (int i = 0; i < 100 % n; ++i)
    ++weights[static_cast<std::size_t>(i)];
  return weights;
}

std::string criterion_id(const Group& group, int leaf) {
  return group.id + "-" + std::to_string(leaf + 1);
}

void write_case(const fs::path& folder, const SyntheticCase& spec,
                const std::vector<Group>& groups) {
  std::ofstream out(folder / "case.yaml");
  out << "format: procure-case/1\nlanguages: [en]\nreference: BENCH-1\n"
         "title: Synthetic benchmark case\nbuyer: {name: Benchmark buyer, kind: other}\n"
         "procedure: open\ntimeline:\n  tender_deadline: 2018-05-31 12:00\n"
         "award:\n  basis: best-price-quality\n  price_model: linear\n"
         "  evaluator_scores: average\n  criteria:\n"
         "    - {id: price, kind: price, name: Price, weight: 30 %}\n"
         "    - id: quality\n      name: Quality\n      weight: 70 %\n      criteria:\n";
  const auto group_weights = percentages(static_cast<int>(groups.size()));
  for (std::size_t g = 0; g < groups.size(); ++g) {
    out << "        - id: " << groups[g].id << "\n          name: Group " << g + 1
        << "\n          weight: " << group_weights[g] << " %\n          criteria:\n";
    const auto leaf_weights = percentages(groups[g].leaves);
    for (int l = 0; l < groups[g].leaves; ++l) {
      out << "            - {id: " << criterion_id(groups[g], l) << ", name: Criterion "
          << criterion_id(groups[g], l) << ", weight: " << leaf_weights[static_cast<std::size_t>(l)]
          << " %}\n";
    }
  }
  out << "evaluators:\n";
  for (int e = 1; e <= spec.evaluators; ++e)
    out << "  - {id: e" << e << ", name: Evaluator " << e << "}\n";
}

}  // namespace

std::optional<SyntheticCase> synthetic_case_from(int argc, char** argv, int first) {
  SyntheticCase spec;
  if (argc > first)
    spec.tenders = std::atoi(argv[first]);
  if (argc > first + 1)
    spec.criteria = std::atoi(argv[first + 1]);
  if (argc > first + 2)
    spec.evaluators = std::atoi(argv[first + 2]);
  if (argc > first + 3)
    spec.format = std::string(argv[first + 3]) == "yaml" ? TenderFormat::yaml : TenderFormat::csv;
  if (spec.tenders < 1 || spec.criteria < 2 || spec.evaluators < 1)
    return std::nullopt;
  return spec;
}

void write_synthetic_case(const fs::path& folder, const SyntheticCase& spec) {
  fs::create_directories(folder / "bids");
  fs::create_directories(folder / "evaluation");
  const auto groups = groups_for(spec.criteria - 1);
  write_case(folder, spec, groups);
  std::mt19937 random(20180531);
  std::uniform_int_distribution<int> price(800, 3000);
  std::uniform_int_distribution<int> level(3, 9);
  std::uniform_int_distribution<int> noise(-1, 1);
  const char* reasons[] = {"Meets the requirement well, with a clear description.",
                           "Adequate, but the description leaves questions open.",
                           "Strong answer with concrete examples from earlier work."};

  std::ofstream tenders_csv;
  std::ofstream scores_csv;
  if (spec.format == TenderFormat::csv) {
    tenders_csv.open(folder / "bids" / "tenders.csv");
    tenders_csv << "id,supplier,organisation_number,received,price\r\n";
    scores_csv.open(folder / "evaluation" / "scores.csv");
    scores_csv << "tender,criterion,evaluator,score,reason\r\n";
  }
  for (int t = 1; t <= spec.tenders; ++t) {
    char id[16];
    std::snprintf(id, sizeof id, "t%05d", t);
    const int amount = price(random) * 1000;
    const std::string received = "2018-05-" + std::to_string(20 + t % 10) + " 10:00:00";
    const int base = level(random);
    if (spec.format == TenderFormat::csv) {
      tenders_csv << id << ",Supplier " << t << " AS,," << received << ",NOK " << amount << "\r\n";
    } else {
      std::ofstream tender(folder / "bids" / (std::string(id) + ".yaml"));
      tender << "supplier: {name: Supplier " << t << " AS}\nreceived: " << received
             << "\nprice: NOK " << amount << "\n";
    }
    std::ofstream assessment;
    if (spec.format == TenderFormat::yaml) {
      assessment.open(folder / "evaluation" / (std::string(id) + ".yaml"));
      assessment << "scores:\n";
    }
    for (const auto& group : groups) {
      for (int l = 0; l < group.leaves; ++l) {
        const std::string criterion = criterion_id(group, l);
        if (spec.format == TenderFormat::yaml)
          assessment << "  " << criterion << ":\n";
        for (int e = 1; e <= spec.evaluators; ++e) {
          const int score = std::clamp(base + noise(random), 0, 10);
          const char* reason = reasons[(t + e + l) % 3];
          if (spec.format == TenderFormat::csv) {
            scores_csv << id << "," << criterion << ",e" << e << "," << score << ",\"" << reason
                       << "\"\r\n";
          } else {
            assessment << "    e" << e << ": {score: " << score << ", reason: \"" << reason
                       << "\"}\n";
          }
        }
      }
    }
  }
}

bool open_synthetic_case(const fs::path& folder) {
  const CaseLoad load = load_case(folder, "bench");
  const Instant deadline = *parse_instant("2018-05-31 12:00");
  const TenderLoad tenders = load_tenders(load.value, folder, "bench", false);
  Diagnostics diagnostics;
  auto files = seal_bids(folder, "bench", diagnostics);
  if (!files)
    return false;
  const OpeningProtocol opened = make_opening_protocol(
      load.value, tenders, std::move(*files), deadline, *parse_instant("2018-05-31 12:30"), "");
  std::ofstream(folder / "opening-protocol.yaml") << opening_protocol_yaml(opened, "benchmark");
  return load.ok() && !diagnostics.has_errors();
}

}  // namespace procure::bench
