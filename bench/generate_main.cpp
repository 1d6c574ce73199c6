// procure-bench-generate FOLDER [TENDERS CRITERIA EVALUATORS yaml|csv]:
// writes a synthetic case to try procure-score on at scale.
#include <iostream>
#include <string>

#include "synthetic_case.hpp"

int main(int argc, char** argv) {
  // An option such as --help is no folder to write a case into.
  if (argc < 2 || argv[1][0] == '-') {
    std::cerr << "usage: procure-bench-generate FOLDER [TENDERS CRITERIA EVALUATORS yaml|csv]\n";
    return 2;
  }
  const auto parsed = procure::bench::synthetic_case_from(argc, argv, 2);
  if (!parsed) {
    std::cerr
        << "procure-bench-generate: sizes must be at least 1 tender, 2 criteria, 1 evaluator\n";
    return 2;
  }
  const procure::bench::SyntheticCase& spec = *parsed;
  procure::bench::write_synthetic_case(argv[1], spec);
  std::cout << "wrote " << argv[1] << ": " << spec.tenders << " tenders, " << spec.criteria
            << " criteria, " << spec.evaluators << " evaluators\n";
  return 0;
}
