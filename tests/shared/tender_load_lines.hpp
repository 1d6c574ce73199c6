#pragma once
// What a tender load shows, as lines, for the unit tests and the fuzz
// targets that compare two loads of the same files (a score table read in
// parts against one pass): every problem with its severity, arguments and
// place, the counts, and every score with its evaluator, reason and place.

#include <string>
#include <vector>

#include "procure/evaluation/tender_loader.hpp"

namespace procure::test {

// Everything a load holds that a reader of it can see, one line an item.
inline std::vector<std::string> tender_load_lines(const TenderLoad& load) {
  std::vector<std::string> shown;
  for (const auto& d : load.diagnostics.items()) {
    std::string line = (d.severity == Severity::error ? "error " : "warning ") + d.code;
    for (const auto& [name, value] : d.args)
      line += " " + name + "=" + value;
    if (d.where)
      line += " at " + d.where->file + ":" + std::to_string(d.where->line) + ":" +
              std::to_string(d.where->column);
    shown.push_back(line);
  }
  shown.push_back("errors " + std::to_string(load.diagnostics.error_count()) + " warnings " +
                  std::to_string(load.diagnostics.warning_count()));
  const auto score_line = [](const EvaluatorScore& s) {
    return s.evaluator + " " + s.score.to_string() + " " + s.reason + " at " +
           std::to_string(s.where.line) + ":" + std::to_string(s.where.byte_column);
  };
  for (const auto& [tender, assessment] : load.assessments) {
    shown.push_back("assessment " + tender + " " + assessment.file + ":" +
                    std::to_string(assessment.where.line));
    for (const auto& [criterion, scores] : assessment.scores) {
      shown.push_back("  " + criterion);
      for (const auto& s : scores.individual)
        shown.push_back("    " + score_line(s));
      if (scores.consensus)
        shown.push_back("    consensus " + score_line(*scores.consensus));
    }
  }
  return shown;
}

}  // namespace procure::test
