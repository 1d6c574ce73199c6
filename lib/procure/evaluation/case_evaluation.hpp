#pragma once
// A case's tenders evaluated as procure-score ranks them: the tenders and the
// buyer's assessments read, every file in bids/ checked against the opening
// protocol, and the evaluation. procure-score rank and the award documents
// (evaluation report, award notices, rejection letters) start from here, so
// what they say cannot differ.

#include <filesystem>
#include <memory>
#include <optional>
#include <string>
#include <vector>

#include "procure/core/diagnostic.hpp"
#include "procure/evaluation/evaluation.hpp"
#include "procure/evaluation/opening_protocol.hpp"
#include "procure/evaluation/tender_loader.hpp"

namespace procure {

class CaseEvaluation {
 public:
  // Evaluates the case in `folder` (shown in messages as `display_folder`).
  // The case must outlive the result, which points into it. With `lot` (one
  // of the case's lots), evaluates that lot alone: its tenders, under its
  // own award criteria and requirements or the case's; kase() is then the
  // case as the lot's documents show it (lot_view.hpp).
  CaseEvaluation(const Case& kase, const std::filesystem::path& folder, std::string display_folder,
                 const EvaluationOptions& options = {}, const Lot* lot = nullptr);
  // Every lot of a case divided into lots, in the case's order: the tenders
  // are read and checked against the opening protocol once, for all lots.
  static std::vector<std::unique_ptr<CaseEvaluation>> each_lot(
      const Case& kase, const std::filesystem::path& folder, const std::string& display_folder,
      const EvaluationOptions& options = {});
  CaseEvaluation(const CaseEvaluation&) = delete;
  CaseEvaluation& operator=(const CaseEvaluation&) = delete;

  // Everything found, sorted by place: errors stop the evaluation (a tender
  // changed since opening, a missing score ...); warnings are findings to
  // look at before the award (the tenders', the seal's and the evaluation's).
  const Diagnostics& diagnostics() const { return diagnostics_; }
  // Complete: the evaluation below holds, with no error anywhere.
  bool ok() const { return evaluation_.has_value() && !diagnostics_.has_errors(); }

  const Case& kase() const { return *kase_; }
  // The lot evaluated; nullptr for a whole case.
  const Lot* lot() const { return lot_; }
  const TenderLoad& tenders() const { return tenders_; }
  // The protocol and the evaluation exist only when ok().
  const OpeningProtocol& protocol() const { return *protocol_; }
  const Evaluation& evaluation() const { return *evaluation_; }
  // The protocol's path as messages and reports show it: "kmd/opening-protocol.yaml".
  const std::string& protocol_shown() const { return protocol_shown_; }

 private:
  struct OpenOnly {};
  // Reads the tenders and checks them against the protocol; evaluates nothing.
  CaseEvaluation(const Case& kase, const std::filesystem::path& folder,
                 const std::string& display_folder, const TaskRunner& parallel, OpenOnly);
  // One lot of a case opened with OpenOnly.
  CaseEvaluation(const CaseEvaluation& opened, const Lot& lot, const EvaluationOptions& options);
  void open(const Case& kase, const std::filesystem::path& folder,
            const std::string& display_folder, const TaskRunner& parallel);
  void evaluate_tenders(const EvaluationOptions& options);

  std::unique_ptr<const Case> lot_view_;
  const Case* kase_;
  const Lot* lot_;
  std::filesystem::path protocol_path_;
  std::string protocol_shown_;
  std::optional<Instant> deadline_;
  TenderLoad tenders_;
  std::optional<OpeningProtocol> protocol_;
  std::optional<Evaluation> evaluation_;
  Diagnostics diagnostics_;
};

}  // namespace procure
