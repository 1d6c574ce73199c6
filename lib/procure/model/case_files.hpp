#pragma once
// The layout of a case folder: the files and folders that are the case's
// own. They are the record of the procurement (the tenders as received, the
// protocol that seals them, the dialogue, the evaluation, case.yaml), so no
// tool writes over them or into their folders; procure-score open creates
// the opening protocol once.

#include <array>
#include <filesystem>
#include <optional>
#include <string_view>

namespace procure {

inline constexpr std::string_view case_file_name = "case.yaml";
inline constexpr std::string_view bids_folder = "bids";
inline constexpr std::string_view evaluation_folder = "evaluation";
inline constexpr std::string_view dialogue_folder_name = "dialogue";
inline constexpr std::string_view opening_protocol_file = "opening-protocol.yaml";
// A case in stages (model/stages.hpp): the requests to participate, and one
// folder a round of tenders with its own bids/, protocol and evaluation/.
inline constexpr std::string_view requests_folder = "requests";
inline constexpr std::string_view rounds_folder = "rounds";
// The protocol that seals requests/, beside it as opening-protocol.yaml is beside bids/.
inline constexpr std::string_view requests_opening_protocol_file = "requests-opening-protocol.yaml";

inline constexpr std::array<std::string_view, 8> case_own_names{
    case_file_name,        bids_folder,     dialogue_folder_name, evaluation_folder,
    opening_protocol_file, requests_folder, rounds_folder,        requests_opening_protocol_file};

// The case's own file or folder that writing `target` would write over or
// into: `target` is one of them, lies inside one of its folders (through
// symbolic links too), or is the same file as one of them under another name
// (a hard or symbolic link either way). Nothing when `target` is none of these.
std::optional<std::filesystem::path> case_file_touched_by(const std::filesystem::path& target,
                                                          const std::filesystem::path& case_folder);

// The same for whichever case `target` lies in: the nearest folder above it
// that holds a case.yaml, named on the command line or not.
std::optional<std::filesystem::path> case_file_above(const std::filesystem::path& target);

}  // namespace procure
