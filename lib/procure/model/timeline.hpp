#pragma once
// The procurement's timeline: named milestones, each on a date (with an
// optional local time) or, while still being planned, within a window of
// days or ISO weeks.

#include <optional>
#include <span>
#include <string>
#include <string_view>
#include <variant>
#include <vector>

#include "procure/core/choice.hpp"
#include "procure/core/diagnostic.hpp"
#include "procure/core/localized_text.hpp"
#include "procure/time/civil_time.hpp"

namespace procure {

// The milestones the rules know about. Their case-file names are the
// snake_case forms of these (`tender_deadline`); anything else is custom.
enum class MilestoneKind {
  prior_information_notice,  // veiledende kunngjøring sent
  dialogue_meeting_start,
  dialogue_meeting_end,
  written_input_deadline,
  notice_sent,             // contract notice sent to Doffin/TED
  participation_deadline,  // requests to participate (restricted, negotiation)
  invitation_sent,         // invitation to tender sent to selected candidates
  clarification_deadline,  // last day for suppliers' questions
  tender_deadline,
  tender_opening,
  award_notice,  // meddelelse om valg av leverandør sent to all tenderers
  standstill_end,
  contract_signature,
  tender_validity_end,  // vedståelsesfrist
  custom,
};

std::span<const Choice<MilestoneKind>> standard_milestones();

struct Milestone {
  std::string id;  // the key in `timeline:`
  MilestoneKind kind = MilestoneKind::custom;
  LocalizedText title;  // custom milestones; standard ones are named by the catalog
  std::variant<DateTime, DateWindow> when;
  LocalizedText note;
  SourceSpan where;

  bool is_planned_window() const { return std::holds_alternative<DateWindow>(when); }
  // The first and last day the milestone can fall on.
  Date earliest_date() const;
  Date latest_date() const;
  // The exact date and time, if it is not a window.
  const DateTime* exact() const { return std::get_if<DateTime>(&when); }
};

// A time written either directly or as the id of a milestone, so that other
// sections can point at the timeline instead of repeating a date.
struct TimeRef {
  std::optional<DateTime> at;
  std::string milestone;
  SourceSpan where;
};

class Timeline {
 public:
  std::vector<Milestone> milestones;

  const Milestone* find(std::string_view id) const;
  const Milestone* find(MilestoneKind kind) const;
  // The time a reference stands for; nullopt if it names a missing milestone
  // or one that is still a window.
  std::optional<DateTime> resolve(const TimeRef& ref) const;
  std::vector<std::string> ids() const;
};

}  // namespace procure
