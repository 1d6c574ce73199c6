#include "procure/evaluation/case_evaluation.hpp"

#include "procure/evaluation/tender_deadline.hpp"

namespace procure {

CaseEvaluation::CaseEvaluation(const Case& kase, const std::filesystem::path& folder,
                               std::string display_folder, const EvaluationOptions& options)
    : kase_(kase),
      protocol_path_(folder / opening_protocol_file),
      protocol_shown_(display_join(display_folder, std::string(opening_protocol_file))) {
  const auto deadline = tender_deadline(kase, diagnostics_);
  check_method(kase, diagnostics_);
  if (diagnostics_.has_errors())
    return;
  // Everything that is wrong is reported together: tenders, assessments and the seal.
  tenders_ = load_tenders(kase, folder, display_folder, true);
  diagnostics_.append(tenders_.diagnostics);
  std::error_code ec;
  if (!std::filesystem::exists(protocol_path_, ec)) {
    diagnostics_.error("opening.missing", {{"path", protocol_shown_}});
  } else {
    protocol_ = read_opening_protocol(protocol_path_, protocol_shown_, diagnostics_);
    if (protocol_) {
      const auto now = seal_bids(folder, display_folder, diagnostics_);
      const int errors_before = diagnostics_.error_count();
      verify_opening(*protocol_, now, *deadline, display_folder, diagnostics_);
      // With every sealed file as it was, the tenders read from them must be the ones recorded.
      if (diagnostics_.error_count() == errors_before && !tenders_.diagnostics.has_errors())
        verify_opened_tenders(*protocol_, tenders_, diagnostics_);
    }
  }
  if (diagnostics_.has_errors() || !protocol_)
    return;
  evaluation_.emplace(evaluate(kase, tenders_, *deadline, options));
  diagnostics_.append(evaluation_->diagnostics);
}

}  // namespace procure
