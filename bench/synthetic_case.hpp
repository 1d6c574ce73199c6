#pragma once
// Synthetic cases for benchmarks: a case folder with N tenders, a price
// criterion and quality criteria, E evaluators scoring every quality
// criterion with a reason, as YAML files or as CSV tables. Deterministic for
// given sizes, so runs compare.

#include <filesystem>
#include <optional>

namespace procure::bench {

enum class TenderFormat { yaml, csv };

struct SyntheticCase {
  int tenders = 2000;
  int criteria = 40;  // leaf criteria: one price criterion and criteria - 1 quality ones
  int evaluators = 5;
  TenderFormat format = TenderFormat::csv;
};

// TENDERS CRITERIA EVALUATORS yaml|csv from argv[first] on, each optional;
// nullopt when a size is below 1 tender, 2 criteria or 1 evaluator.
std::optional<SyntheticCase> synthetic_case_from(int argc, char** argv, int first);

// Writes case.yaml, bids/ and evaluation/ into `folder` (created if needed).
void write_synthetic_case(const std::filesystem::path& folder, const SyntheticCase& spec);

// Opens the tenders as procure-score open does, half an hour after the
// deadline: seals bids/ and writes opening-protocol.yaml. False on any problem.
bool open_synthetic_case(const std::filesystem::path& folder);

}  // namespace procure::bench
