#pragma once
// Reading the rule tables from their YAML files, with every problem reported
// at its place, as the case loader does. Rules must be exact: tables with an
// error are not used at all.

#include <filesystem>
#include <optional>
#include <string>
#include <string_view>

#include "procure/core/diagnostic.hpp"
#include "procure/rules/rule_tables.hpp"
#include "procure/yaml/parse_memo.hpp"

namespace procure {

inline constexpr std::string_view rules_format_v1 = "procure-rules/1";

// The files of a rules folder.
inline constexpr std::string_view thresholds_file = "thresholds.yaml";
inline constexpr std::string_view time_limits_file = "time-limits.yaml";
inline constexpr std::string_view tender_validity_file = "tender-validity.yaml";
inline constexpr std::string_view prior_information_notice_file = "prior-information-notice.yaml";
inline constexpr std::string_view milestone_order_file = "milestone-order.yaml";
inline constexpr std::string_view small_lots_file = "small-lots.yaml";
inline constexpr std::string_view contract_phase_file = "contract-phase.yaml";

// `display_folder` is the folder as messages name it. A text the tables
// give in each language (a note, a rule that is no citation) is taken in
// `shown`. The files' YAML trees are taken from `trees` when it holds them
// (the tables are the same either way).
std::optional<RuleTables> load_rule_tables(const std::filesystem::path& folder,
                                           const std::string& display_folder,
                                           Diagnostics& diagnostics, Lang shown,
                                           const yaml::ParseMemo* trees = nullptr);

}  // namespace procure
