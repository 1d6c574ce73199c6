#include "procure/flow/case_evidence.hpp"

#include <algorithm>

#include "procure/calendar/milestone_time.hpp"
#include "procure/core/source_file.hpp"
#include "procure/dialogue/dialogue_loader.hpp"
#include "procure/dialogue/equal_treatment.hpp"
#include "procure/evaluation/evaluation.hpp"
#include "procure/evaluation/opening_protocol.hpp"
#include "procure/evaluation/tender_deadline.hpp"
#include "procure/evaluation/tender_lots.hpp"
#include "procure/model/lot_view.hpp"

namespace procure {
namespace {

namespace fs = std::filesystem;

// Only the errors: warnings about these files are for the tools that keep them.
void keep_errors(const Diagnostics& from, Diagnostics& to) {
  for (const auto& d : from.items()) {
    if (d.severity == Severity::error)
      to.add(d);
  }
}

void read_inputs(const Case& kase, const std::string& folder, CaseEvidence& evidence) {
  const auto deadline = written_input_deadline(kase);
  if (!deadline)
    return;
  const auto due = due_instant(*deadline);
  if (!due)
    return;
  const DialogueLoad load = load_dialogue(kase);
  keep_errors(load.diagnostics, evidence.problems);
  if (!load.ok() || load.value.inputs.empty())
    return;
  InputsEvidence inputs;
  inputs.deadline = *due;
  inputs.file = display_join(folder, std::string(dialogue_folder_name) + "/inputs.yaml");
  for (const auto& input : load.value.inputs) {
    if (is_late(input.received, *deadline)) {
      ++inputs.late;
      continue;
    }
    ++inputs.received;
    if (!inputs.last || input.received.at > *inputs.last)
      inputs.last = input.received.at;
  }
  evidence.inputs = inputs;
}

// The evaluation as procure-score rank would find it: complete when every
// valid tender has its verdicts and the scores the case's method needs.
void read_evaluation(const Case& kase, const std::string& folder, CaseEvidence& evidence) {
  // A case divided into lots is evaluated lot by lot, each by its own method.
  std::vector<Case> lots;
  for (const auto& lot : kase.lots.lots)
    lots.push_back(lot_view(kase, lot));
  Diagnostics method;
  if (lots.empty())
    check_method(kase, method);
  for (const auto& lot : lots)
    check_method(lot, method);
  const auto deadline = tender_deadline(kase);
  if (method.has_errors() || !deadline)
    return;
  const TenderLoad tenders = load_tenders(kase, kase.folder, folder, true);
  keep_errors(tenders.diagnostics, evidence.problems);
  if (tenders.diagnostics.has_errors())
    return;
  bool complete = true;
  int incomplete = 0;  // a lot's tenders are its own: no tender is counted twice
  const auto assess = [&](const Case& evaluated, const TenderLoad& field) {
    const Evaluation evaluation = evaluate(evaluated, field, *deadline);
    complete = complete && evaluation.complete();
    incomplete += evaluation.unfinished;
  };
  if (lots.empty())
    assess(kase, tenders);
  for (std::size_t i = 0; i < lots.size(); ++i)
    assess(lots[i], tenders_for_lot(tenders, kase.lots.lots[i].id));
  evidence.evaluation = EvaluationEvidence{complete, incomplete,
                                           display_join(folder, std::string(evaluation_folder))};
}

void read_opening(const Case& kase, const std::string& folder, CaseEvidence& evidence) {
  const fs::path path = kase.folder / opening_protocol_file;
  if (nothing_at(path))
    return;
  const std::string shown = display_join(folder, std::string(opening_protocol_file));
  Diagnostics problems;
  const auto protocol = read_opening_protocol(path, shown, problems);
  keep_errors(problems, evidence.problems);
  if (!protocol)
    return;
  OpeningEvidence opening;
  opening.opened_at = protocol->opened_at;
  opening.file = shown;
  opening.opened_where = protocol->opened_where;
  for (const auto& tender : protocol->tenders)
    ++(tender.late ? opening.late : opening.received);
  evidence.opening = opening;
  // With no tender to assess there is no evaluation to complete.
  if (opening.received + opening.late > 0)
    read_evaluation(kase, folder, evidence);
}

void read_requests_opening(const Case& kase, const std::string& folder, CaseEvidence& evidence) {
  if (!kase.stages.prequalification)
    return;
  const fs::path path = kase.folder / requests_opening_protocol_file;
  if (nothing_at(path))
    return;
  const std::string shown = display_join(folder, std::string(requests_opening_protocol_file));
  Diagnostics problems;
  const auto protocol = read_opening_protocol(path, shown, problems, OpeningKind::requests);
  keep_errors(problems, evidence.problems);
  if (!protocol)
    return;
  evidence.requests_opening = RequestsOpeningEvidence{static_cast<int>(protocol->tenders.size()),
                                                      protocol->opened_at, shown};
}

}  // namespace

CaseEvidence read_case_evidence(const Case& kase) {
  CaseEvidence evidence;
  const std::string folder = fs::path(kase.case_file).parent_path().string();
  read_inputs(kase, folder, evidence);
  read_requests_opening(kase, folder, evidence);
  read_opening(kase, folder, evidence);
  return evidence;
}

}  // namespace procure
