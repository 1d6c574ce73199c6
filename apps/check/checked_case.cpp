#include "checked_case.hpp"

#include "common/case_template.hpp"
#include "procure/evaluation/stage_files.hpp"
#include "procure/flow/case_evidence.hpp"
#include "procure/flow/case_progress.hpp"
#include "procure/load/unfilled_values.hpp"
#include "procure/notices/eforms_notice.hpp"

namespace procure::cli {

std::string unchecked_key(UncheckedReason reason) {
  switch (reason) {
    case UncheckedReason::no_notice:
      return "ui.check.unchecked.no-notice";
    case UncheckedReason::no_estimated_value:
      return "ui.check.unchecked.no-estimated-value";
    case UncheckedReason::outside_rules:
      return "ui.check.unchecked.outside-rules";
    case UncheckedReason::signature_window:
      return "ui.check.unchecked.signature-window";
  }
  return "ui.check.unchecked.outside-rules";
}

std::vector<Case> blank_cases(const ToolContext& ctx, const yaml::ParseMemo* trees) {
  std::vector<Case> blanks;
  const Date any_day = *Date::from_ymd(2030, 1, 7);  // the values compared do not depend on it
  for (const Lang lang : all_langs) {
    Diagnostics ignored;
    if (const auto text = render_case_template(ctx.data_dir, lang, "", any_day, ignored))
      blanks.push_back(load_case_text("case.yaml", *text, trees).value);
  }
  return blanks;
}

CheckedCase check_case(CaseLocation location, const RuleTables& tables,
                       const std::vector<Case>& blanks, const yaml::ParseMemo* trees) {
  CaseLoad load = load_case(location.folder, location.display, trees);
  std::optional<RuleCheck> rules;
  std::optional<int> requests_opened;
  if (load.ok()) {
    load.diagnostics.append(find_unfilled_values(load.value, blanks));
    rules = check_rules(load.value, tables);
    load.diagnostics.append(rules->problems);
    // The texts the contract notice will need in its languages, told now
    // rather than when the notice is due.
    load.diagnostics.append(notice_texts_needed(load.value, tables));
    // A case in stages: its requests and each round's tenders, against the stages.
    if (!load.value.stages.empty()) {
      auto files = check_stage_files(load.value, location.folder, location.display);
      load.diagnostics.append(files.problems);
      rules->findings.append(files.findings);
      rules->applied.insert(rules->applied.end(), files.applied.begin(), files.applied.end());
      rules->findings.sort_by_place();
      requests_opened = files.requests_opened;
    }
    // The case's other files, as status and remind read them: their
    // problems, and where they contradict the records (at any moment). The
    // requests' protocol of a case in stages was read above already.
    const CaseEvidence evidence = read_case_evidence(load.value);
    load.diagnostics.append_unseen(evidence.problems);
    load.diagnostics.append(case_progress(load.value, evidence, Instant::max()).disagreements);
    load.diagnostics.sort_by_place();
  }
  return {std::move(location), std::move(load), std::move(rules), requests_opened};
}

}  // namespace procure::cli
