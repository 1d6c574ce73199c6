#pragma once
// A case as Open Contracting Data Standard 1.1.5 data: one release per case
// (its planning, tender, award and contract as far as the case has got), in
// a release package or as a line of JSON Lines. Which case key feeds which
// field is in docs/open-data.md.
//
// A release is a function of the case's files and the settings: the same
// case gives the same ocid, release id and dates, so a register can export
// again and see only what changed. Nothing here reads the clock: the
// package's publication time is passed in.

#include <string>
#include <string_view>
#include <vector>

#include "procure/core/diagnostic.hpp"
#include "procure/dialogue/dialogue_record.hpp"
#include "procure/evaluation/evaluation.hpp"
#include "procure/model/case.hpp"
#include "procure/text/json_text.hpp"
#include "procure/time/oslo_time.hpp"

namespace procure {

// What a release is made from. The case must be loaded without errors; the
// dialogue record and the evaluations are optional (nullptr): a case not yet
// opened and evaluated has no award.
struct OcdsSource {
  const Case* kase = nullptr;
  const DialogueRecord* dialogue = nullptr;
  // One per lot (the case's own evaluation, or each of its lots' in the
  // case's order): complete, with a winner, or nullptr. None: no award yet.
  std::vector<const Evaluation*> evaluations = {};
  // A procedure in rounds: the tenders of the rounds before the deciding
  // one, whose suppliers tendered too (OCDS counts every party that did).
  std::vector<const Tender*> earlier_tenders = {};
};

struct OcdsSettings {
  // The publisher's registered prefix, "ocds-" and six letters or digits.
  std::string ocid_prefix;
  // The package's publishedDate; also a release's date when its case
  // records no step yet.
  Instant published{};
};

// Whether `prefix` has the form of a registered ocid prefix; if not, adds
// export.ocid-prefix-missing (empty) or export.ocid-prefix-invalid.
bool check_ocid_prefix(std::string_view prefix, Diagnostics& diagnostics);

// "ocds-abc123-18/1234": the prefix and the case's reference.
std::string ocds_ocid(std::string_view prefix, const Case& kase);

// One release on one line, with its line break: a line of JSON Lines.
std::string ocds_release_line(const OcdsSource& source, const OcdsSettings& settings);

// A release package (two-space indents), one release per case, written in
// parts so that each case's release can be made on its own, on any thread,
// and no case's files need stay loaded: its head, its releases in order,
// its end.
std::string ocds_package_head(const OcdsSettings& settings);
// The package's release of `source`, the `index`th (from 0).
std::string ocds_package_release(const OcdsSource& source, const OcdsSettings& settings,
                                 std::size_t index);
// What ends a package of `releases` releases, with a final line break.
std::string ocds_package_end(std::size_t releases);

}  // namespace procure
