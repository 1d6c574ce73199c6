#pragma once
// procure-check's findings on each case as it prints them for a person,
// kept between runs in the case evidence cache's folder (case_answers.hpp):
// a repeat run over a portfolio reads one entry a case while the case's
// files, the rule tables' and procure-init's templates are as they were,
// and neither loads nor checks the case again. An entry holds what one
// language shows, as text or as the case's part of the JSON document.

#include <filesystem>
#include <optional>
#include <string>
#include <vector>

#include "check/checked_case.hpp"
#include "common/evidence_cache.hpp"
#include "common/parallel_map.hpp"

namespace procure::cli {

struct ShownCase {
  // As text: for standard error, what loading, the rules and the stages
  // found; for standard output, case_summary_text.
  std::string problems;
  std::string summary;
  // With --json: the case's object (case_json) as JsonWriter::dumped_part writes it.
  std::string json;
  bool has_errors = false;
  bool breaks_rules = false;
};

// The checked case as the context's language and form (text or --json) show it.
ShownCase shown_case(const ToolContext& ctx, const CheckedCase& checked);

// The files check's findings are found from besides each case's own: the
// rule tables' in `rules_folder` and procure-init's templates, to be stated
// before they are read; nullopt when they are not to be kept (a link among
// them).
std::optional<CaseFiles> check_input_files(const ToolContext& ctx,
                                           const std::filesystem::path& rules_folder);

// The cases among `candidates` (found from `arguments` by
// find_case_candidates) as check shows them, in their order, checked on
// `workers` threads; a candidate that holds no case.yaml is left out. With
// `evidence` and `inputs` (check_input_files), each is taken from its entry
// in the arguments' pack where one answers, and kept there where none did.
std::vector<ShownCase> shown_cases(const ToolContext& ctx,
                                   const std::vector<std::string>& arguments,
                                   const std::vector<CaseCandidate>& candidates,
                                   const RuleTables& tables, const std::vector<Case>& blanks,
                                   const yaml::ParseMemo* trees, const EvidenceCache* evidence,
                                   const CaseFiles* inputs, unsigned workers = case_workers());

}  // namespace procure::cli
