#pragma once
// One case as procure-check checks it: loaded, compared with procure-init's
// templates (values still to fill in), run through the rules, its texts
// held against the contract notice's languages, its other
// files read (the dialogue's inputs, the opening protocol, the tenders and
// assessments: their problems, and records they contradict) and, in a
// case in stages, compared with its requests and each round's tenders.

#include <optional>
#include <string>
#include <vector>

#include "common/tool.hpp"
#include "procure/load/case_loader.hpp"
#include "procure/rules/rule_check.hpp"
#include "procure/yaml/parse_memo.hpp"

namespace procure::cli {

struct CheckedCase {
  CaseLocation location;
  CaseLoad load;
  // The rule checks, run on each case that loaded without errors. Their
  // input problems (a time that does not exist in Oslo) join the load's
  // diagnostics; their findings are kept apart.
  std::optional<RuleCheck> rules;
  // A case in stages: the requests to participate its protocol opened.
  std::optional<int> requests_opened;

  bool has_errors() const { return load.diagnostics.has_errors(); }
  bool breaks_rules() const { return rules && rules->findings.has_errors(); }
};

// One case loaded and checked; cases are checked on several threads at once.
CheckedCase check_case(CaseLocation location, const RuleTables& tables,
                       const std::vector<Case>& blanks, const yaml::ParseMemo* trees);

// procure-init's template in each language, as the cases it would create:
// what a case still holding one of their values has not filled in. A
// template that cannot be rendered (a damaged installation) is left out.
std::vector<Case> blank_cases(const ToolContext& ctx, const yaml::ParseMemo* trees);

// The catalog key of why a rule was not checked ("ui.check.unchecked.no-notice").
std::string unchecked_key(UncheckedReason reason);

}  // namespace procure::cli
