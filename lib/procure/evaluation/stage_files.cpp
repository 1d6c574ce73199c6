#include "procure/evaluation/stage_files.hpp"

#include <algorithm>

#include "procure/calendar/milestone_time.hpp"
#include "procure/core/source_file.hpp"
#include "procure/core/suggest.hpp"
#include "procure/evaluation/opening_protocol.hpp"
#include "procure/evaluation/tender_loader.hpp"
#include "procure/model/round_view.hpp"

namespace procure {
namespace {

namespace fs = std::filesystem;

const std::string directive_source = "https://eur-lex.europa.eu/eli/dir/2014/24/oj";

void add_finding(Diagnostics& findings, std::string code, MessageArgs args, const SourceSpan& where,
                 const std::string& rule) {
  args.emplace_back("rule", rule);
  args.emplace_back("source", directive_source);
  findings.add({Severity::error, std::move(code), std::move(args), where});
}

// Once opened, the protocol says which requests came in on time: the files
// must be as sealed, and only a candidate with a request opened and not
// rejected can be qualified.
void check_opened_requests(const Case& kase, const TenderLoad& requests, Instant deadline,
                           const fs::path& case_folder, const std::string& display_folder,
                           StageFileCheck& check) {
  const std::string shown =
      display_join(display_folder, std::string(requests_opening_protocol_file));
  const auto protocol = read_opening_protocol(case_folder / requests_opening_protocol_file, shown,
                                              check.problems, OpeningKind::requests);
  if (!protocol)
    return;
  check.requests_opened = static_cast<int>(protocol->tenders.size());
  const auto files = seal_requests(case_folder, display_folder, check.problems);
  if (!files)
    return;
  const int errors_before = check.problems.error_count();
  verify_opening(*protocol, *files, deadline, display_folder, check.problems);
  // With every sealed file as it was, the requests read from them must be the ones recorded.
  if (check.problems.error_count() == errors_before && !requests.diagnostics.has_errors())
    verify_opened_tenders(*protocol, requests, check.problems);
  const auto& pq = *kase.stages.prequalification;
  const auto* qualified_where = kase.location("stages.prequalification.qualified");
  bool passed = true;
  for (const auto& id : pq.qualified) {
    const bool opened_on_time =
        std::any_of(protocol->tenders.begin(), protocol->tenders.end(),
                    [&](const OpenedTender& request) { return request.id == id && !request.late; });
    if (opened_on_time)
      continue;
    passed = false;
    add_finding(check.findings, "stages.qualified-not-opened", {{"id", id}, {"protocol", shown}},
                qualified_where != nullptr ? *qualified_where : pq.where,
                std::string(request_deadline_rule));
  }
  check.applied.push_back(
      {"stages:requests-on-time", std::string(request_deadline_rule), directive_source, passed});
}

// The requests read, whose ids are candidates a tender may name.
TenderLoad check_requests(const Case& kase, const fs::path& case_folder,
                          const std::string& display_folder, StageFileCheck& check) {
  // Without a deadline with its time there is nothing to check the requests
  // against yet (a time that does not exist in Oslo: the rule checks report it).
  Diagnostics not_checked_here;
  const auto deadline = participation_deadline(kase, not_checked_here);
  if (!deadline)
    return {};
  TenderLoad requests = load_requests(kase, case_folder, display_folder);
  check.problems.append(requests.diagnostics);
  if (!nothing_at(case_folder / requests_opening_protocol_file)) {
    check_opened_requests(kase, requests, *deadline, case_folder, display_folder, check);
    return requests;
  }
  const std::string rule(request_deadline_rule);
  bool passed = true;
  for (const auto& request : requests.tenders) {
    if (request.received <= *deadline)
      continue;
    passed = false;
    add_finding(check.findings, "stages.request-late",
                {{"file", request.file},
                 {"received", iso_oslo(request.received)},
                 {"deadline", iso_oslo(*deadline)}},
                request.received_where, rule);
  }
  if (!requests.tenders.empty())
    check.applied.push_back({"stages:requests-on-time", rule, directive_source, passed});
  return requests;
}

// The ids a tender's `candidate:` may name: the candidates of the
// prequalification, and those whose requests are in requests/.
std::vector<std::string> known_candidates(const Prequalification& pq, const TenderLoad& requests) {
  std::vector<std::string> known = pq.qualified;
  const auto add = [&known](const std::string& id) {
    if (std::find(known.begin(), known.end(), id) == known.end())
      known.push_back(id);
  };
  for (const auto& id : pq.invited)
    add(id);
  for (const auto& request : requests.tenders)
    add(request.id);
  return known;
}

void check_round(const Case& kase, const NegotiationRound& round, const fs::path& case_folder,
                 const std::string& display_folder, const std::vector<std::string>& candidates,
                 StageFileCheck& check) {
  const fs::path folder = round_folder(case_folder, round.number);
  std::error_code ec;
  if (!fs::is_directory(folder / bids_folder, ec))
    return;  // the round has not been tendered yet
  const TenderLoad tenders =
      load_tenders(kase, folder, round_display_folder(display_folder, round.number), false);
  check.problems.append(tenders.diagnostics);
  const auto* pq = kase.stages.prequalification ? &*kase.stages.prequalification : nullptr;
  const std::string rule = "2014/24/EU art. 29(1), 29(6), 65(1)";
  const auto found_before = check.findings.items().size();
  for (const auto& tender : tenders.tenders) {
    const std::string& candidate = tender.candidate_id();
    // A candidate written in the tender must be one of the case's: a
    // misspelt link is an error in the tender's file, not a tenderer uninvited.
    if (!tender.candidate.empty() && !candidates.empty() &&
        std::find(candidates.begin(), candidates.end(), candidate) == candidates.end()) {
      MessageArgs args{{"id", candidate}, {"file", tender.file}};
      const auto near = nearest(candidate, candidates);
      if (near)
        args.emplace_back("suggestion", *near);
      check.problems.error(near ? "stages.unknown-candidate-suggest" : "stages.unknown-candidate",
                           std::move(args), tender.candidate_where);
      continue;
    }
    const MessageArgs args{
        {"file", tender.file}, {"round", std::to_string(round.number)}, {"id", candidate}};
    if (const auto dropped_in = kase.stages.dropped_before(candidate, round.number)) {
      auto with_round = args;
      with_round.emplace_back("dropped_in", std::to_string(*dropped_in));
      add_finding(check.findings, "stages.tender-from-dropped", std::move(with_round), tender.where,
                  "2014/24/EU art. 29(6)");
    } else if (pq != nullptr && !pq->invited.empty() &&
               std::find(pq->invited.begin(), pq->invited.end(), candidate) == pq->invited.end()) {
      add_finding(check.findings, "stages.tender-from-uninvited", args, tender.where,
                  "2014/24/EU art. 29(1), 65(1)");
    }
  }
  if (!tenders.tenders.empty()) {
    check.applied.push_back({"stages:round-" + std::to_string(round.number) + "-tenderers", rule,
                             directive_source, check.findings.items().size() == found_before});
  }
}

}  // namespace

std::optional<Instant> participation_deadline(const Case& kase, Diagnostics& diagnostics) {
  SourceSpan where;
  where.file = kase.case_file;
  if (const auto* at = kase.location("timeline.participation_deadline"))
    where = *at;
  const Milestone* milestone = kase.timeline.find(MilestoneKind::participation_deadline);
  if (milestone == nullptr) {
    diagnostics.error("opening.no-participation-deadline", {}, where);
    return std::nullopt;
  }
  const DateTime* exact = milestone->exact();
  if (exact == nullptr) {
    diagnostics.error("ref.milestone-not-exact", {{"id", milestone->id}}, where);
    return std::nullopt;
  }
  const auto due = due_instant(*exact);
  if (!due) {
    diagnostics.error(due.problem().code, due.problem().args, where);
    return std::nullopt;
  }
  return *due;
}

fs::path round_folder(const fs::path& case_folder, int number) {
  return case_folder / rounds_folder / std::to_string(number);
}

std::string round_display_folder(const std::string& display_folder, int number) {
  return display_join(display_folder, std::string(rounds_folder) + "/" + std::to_string(number));
}

DecidingRound deciding_round(const Case& kase, const fs::path& case_folder,
                             const std::string& display_folder) {
  const auto& negotiation = kase.stages.negotiation;
  if (!negotiation || negotiation->rounds.empty())
    return {std::nullopt, case_folder, display_folder};
  const NegotiationRound& last = negotiation->rounds.back();
  // An unresolved deadline was reported when the case was read; the
  // evaluation then stops at the deadline it cannot find.
  return {case_for_round(kase, last), round_folder(case_folder, last.number),
          round_display_folder(display_folder, last.number)};
}

StageFileCheck check_stage_files(const Case& kase, const fs::path& case_folder,
                                 const std::string& display_folder) {
  StageFileCheck check;
  std::vector<std::string> candidates;
  if (kase.stages.prequalification) {
    const TenderLoad requests = check_requests(kase, case_folder, display_folder, check);
    candidates = known_candidates(*kase.stages.prequalification, requests);
  }
  if (kase.stages.negotiation) {
    for (const auto& round : kase.stages.negotiation->rounds)
      check_round(kase, round, case_folder, display_folder, candidates, check);
  }
  check.problems.sort_by_place();
  check.findings.sort_by_place();
  return check;
}

}  // namespace procure
