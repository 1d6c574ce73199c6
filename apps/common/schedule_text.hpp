#pragma once
// How a case's schedule reads for a person: what each item asks for, when
// it is in Oslo time, and how long is left.

#include <string>

#include <nlohmann/json.hpp>

#include "procure/flow/schedule.hpp"
#include "tool.hpp"

namespace procure::cli {

// The case's own title for the item (in the user's language, else the
// case's), or what the milestone calls for ("Send the contract notice").
std::string item_title(const ToolContext& ctx, const ScheduleItem& item, Lang case_language);

// What a reader should know besides the title: that the rules computed the
// date, that it rests on an unconfirmed default, which record is missing.
std::string item_note(const ToolContext& ctx, const ScheduleItem& item, Instant now);

// Why a planned contract signature is held back by the standstill period:
// "not before 2018-06-19: the standstill period counted from the
// notifications of the award decision sent on 2018-06-08 ends at the end of
// 2018-06-18 (FOA § 25-2); planned for 2018-06-18".
std::string standstill_hold_text(const ToolContext& ctx, const StandstillHold& hold);

// The same for --json ("not_before"): the day, the planned one, the
// standstill's last day, what it is counted from, the rule and the text.
nlohmann::json standstill_hold_json(const ToolContext& ctx, const StandstillHold& hold);

// "2018-05-31 12:00", "2018-06-05", "2018-W16..2018-W17": exact, sortable.
std::string item_when(const ScheduleItem& item);

// "Thursday", or for a window its span of days: "Monday–Sunday".
std::string item_weekday(const ToolContext& ctx, const ScheduleItem& item);

// An instant as Oslo local time, "2018-06-03 12:00"; midnight as the end of
// the day before, "2018-06-03 24:00", since that is how a deadline reads.
std::string local_text(Instant instant);

// "in 3 days 4 hours", "2 hours 5 minutes ago", "now".
std::string time_left(const ToolContext& ctx, Instant now, Instant due);

}  // namespace procure::cli
