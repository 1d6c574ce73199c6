#include "procure/evaluation/case_evaluation.hpp"

#include "procure/evaluation/tender_deadline.hpp"
#include "procure/evaluation/tender_lots.hpp"
#include "procure/model/lot_view.hpp"

namespace procure {

CaseEvaluation::CaseEvaluation(const Case& kase, const std::filesystem::path& folder,
                               std::string display_folder, const EvaluationOptions& options,
                               const Lot* lot)
    : lot_view_(lot != nullptr ? std::make_unique<const Case>(lot_view(kase, *lot)) : nullptr),
      kase_(lot_view_ ? lot_view_.get() : &kase),
      lot_(lot),
      protocol_path_(folder / opening_protocol_file),
      protocol_shown_(display_join(display_folder, std::string(opening_protocol_file))) {
  deadline_ = tender_deadline(kase, diagnostics_);
  // A case divided into lots is evaluated lot by lot: each lot's view
  // holds the award criteria it is evaluated by.
  if (kase.lots.divided() && lot == nullptr) {
    std::string ids;
    for (const auto& id : kase.lots.ids())
      ids += (ids.empty() ? "" : ", ") + id;
    diagnostics_.error("lots.evaluate-each-lot",
                       {{"lots", std::to_string(kase.lots.lots.size())}, {"ids", ids}});
  }
  check_method(*kase_, diagnostics_);
  if (diagnostics_.has_errors())
    return;
  open(kase, folder, display_folder, options.parallel);
  if (lot != nullptr && !diagnostics_.has_errors() && protocol_)
    tenders_ = tenders_for_lot(tenders_, lot->id);
  evaluate_tenders(options);
}

CaseEvaluation::CaseEvaluation(const Case& kase, const std::filesystem::path& folder,
                               const std::string& display_folder, const TaskRunner& parallel,
                               OpenOnly)
    : kase_(&kase),
      lot_(nullptr),
      protocol_path_(folder / opening_protocol_file),
      protocol_shown_(display_join(display_folder, std::string(opening_protocol_file))) {
  deadline_ = tender_deadline(kase, diagnostics_);
  if (!diagnostics_.has_errors())
    open(kase, folder, display_folder, parallel);
}

CaseEvaluation::CaseEvaluation(const CaseEvaluation& opened, const Lot& lot,
                               const EvaluationOptions& options)
    : lot_view_(std::make_unique<const Case>(lot_view(opened.kase(), lot))),
      kase_(lot_view_.get()),
      lot_(&lot),
      protocol_path_(opened.protocol_path_),
      protocol_shown_(opened.protocol_shown_),
      deadline_(opened.deadline_),
      tenders_(tenders_for_lot(opened.tenders_, lot.id)),
      protocol_(opened.protocol_),
      diagnostics_(opened.diagnostics_) {
  check_method(*kase_, diagnostics_);
  evaluate_tenders(options);
}

std::vector<std::unique_ptr<CaseEvaluation>> CaseEvaluation::each_lot(
    const Case& kase, const std::filesystem::path& folder, const std::string& display_folder,
    const EvaluationOptions& options) {
  const CaseEvaluation opened(kase, folder, display_folder, options.parallel, OpenOnly{});
  std::vector<std::unique_ptr<CaseEvaluation>> lots;
  for (const Lot& lot : kase.lots.lots)
    lots.push_back(std::unique_ptr<CaseEvaluation>(new CaseEvaluation(opened, lot, options)));
  return lots;
}

// Needs the deadline (deadline_ set, no error so far).
void CaseEvaluation::open(const Case& kase, const std::filesystem::path& folder,
                          const std::string& display_folder, const TaskRunner& parallel) {
  // Everything that is wrong is reported together: tenders, assessments and the seal.
  // The protocol is read while the tenders are (its problems reported after theirs).
  std::error_code ec;
  const bool has_protocol = std::filesystem::exists(protocol_path_, ec);
  Diagnostics protocol_problems;
  const Task reads[] = {
      [&] { tenders_ = load_tenders(kase, folder, display_folder, true, parallel); },
      [&] {
        if (has_protocol)
          protocol_ = read_opening_protocol(protocol_path_, protocol_shown_, protocol_problems);
      }};
  run_tasks(parallel, reads);
  diagnostics_.append(tenders_.diagnostics);
  check_tender_lots(kase, tenders_, diagnostics_);
  if (!has_protocol) {
    diagnostics_.error("opening.missing", {{"path", protocol_shown_}});
    return;
  }
  diagnostics_.append(protocol_problems);
  if (!protocol_)
    return;
  // A tender that cannot be read was reported as it was read: once is enough.
  Diagnostics sealing;
  const auto now = seal_bids(folder, display_folder, sealing);
  diagnostics_.append_unseen(sealing);
  if (!now)
    return;
  const int errors_before = diagnostics_.error_count();
  verify_opening(*protocol_, *now, *deadline_, display_folder, diagnostics_);
  // With every sealed file as it was, the tenders read from them must be the ones recorded.
  if (diagnostics_.error_count() == errors_before && !tenders_.diagnostics.has_errors())
    verify_opened_tenders(*protocol_, tenders_, diagnostics_);
}

void CaseEvaluation::evaluate_tenders(const EvaluationOptions& options) {
  if (diagnostics_.has_errors() || !protocol_ || !deadline_)
    return;
  evaluation_.emplace(evaluate(*kase_, tenders_, *deadline_, options));
  diagnostics_.append(evaluation_->diagnostics);
}

}  // namespace procure
