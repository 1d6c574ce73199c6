#pragma once
// The files of a procedure in stages, checked against its `stages:`
// section: the requests to participate in requests/ against their deadline,
// and the tenders of each round in rounds/<n>/bids/ against the candidates
// invited and the tenderers dropped before that round (docs/procedures.md).
// Once the requests are opened (requests-opening-protocol.yaml), they are
// checked against that protocol, and only the requests it opened on time
// can be qualified.

#include <filesystem>
#include <optional>
#include <string>

#include "procure/core/diagnostic.hpp"
#include "procure/model/case.hpp"
#include "procure/rules/rule_check.hpp"
#include "procure/time/oslo_time.hpp"

namespace procure {

// The rule by which a request to participate received after the deadline is rejected.
inline constexpr std::string_view request_deadline_rule = "2014/24/EU art. 28(1), 29(1)";

// The deadline for requests to participate as an instant (a date alone: the
// end of that day), or nullopt with its problem reported at the milestone
// (or at case.yaml when the timeline has none).
std::optional<Instant> participation_deadline(const Case& kase, Diagnostics& diagnostics);

struct StageFileCheck {
  Diagnostics problems;              // files that cannot be read: errors of the case
  Diagnostics findings;              // what the rules say about them, each with `rule` and `source`
  std::vector<AppliedRule> applied;  // as the rule checks list theirs
  // The requests to participate the requests' opening protocol opened (on
  // time or late); nullopt while they are not opened.
  std::optional<int> requests_opened;
};

StageFileCheck check_stage_files(const Case& kase, const std::filesystem::path& case_folder,
                                 const std::string& display_folder);

// rounds/<n>: the folder that holds a round's bids/, opening protocol and evaluation/.
std::filesystem::path round_folder(const std::filesystem::path& case_folder, int number);
std::string round_display_folder(const std::string& display_folder, int number);

// Where the tenders that decide the award are: for a case in negotiation
// rounds, the last round's folder and the case as that round sees it (its
// tender deadline); for a case of one round, the case folder and the case.
struct DecidingRound {
  std::optional<Case> round_case;  // set for a case in rounds
  std::filesystem::path folder;
  std::string display_folder;

  const Case& kase(const Case& whole) const { return round_case ? *round_case : whole; }
};
DecidingRound deciding_round(const Case& kase, const std::filesystem::path& case_folder,
                             const std::string& display_folder);

}  // namespace procure
