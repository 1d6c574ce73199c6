#pragma once
// The layout of a case folder: the files and folders that are the case's
// own. They are the record of the procurement (the tenders as received, the
// protocol that seals them, the dialogue, the evaluation, case.yaml), so no
// tool writes over them or into their folders; procure-score open creates
// the opening protocol once.

#include <array>
#include <cstdint>
#include <filesystem>
#include <optional>
#include <string_view>
#include <utility>

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

// A path about to be written, resolved and stated once: a tool writing
// one file beside a thousand cases compares it with each case's own files.
class WriteTarget {
 public:
  explicit WriteTarget(const std::filesystem::path& target);

  // The case's own file or folder that writing the target would write over
  // or into: the target is one of them, lies inside one of its folders
  // (through symbolic links too, and in a folder a symbolic link in them
  // leads to), or is the same file as one of them under another name (a
  // hard or symbolic link either way). Nothing when the target is none of
  // these.
  std::optional<std::filesystem::path> touches(const std::filesystem::path& case_folder) const;

  // Where a file lies: its device and inode, links followed. Two names of
  // one file have the same.
  using FileId = std::pair<std::uint64_t, std::uint64_t>;

 private:
  // Whether the target is the file a symbolic link in a case's own folder
  // leads to, or lies in the folder it leads to.
  bool reached_through(const std::filesystem::path& link) const;
  // Whether the target is the same file as anything in `own_folder` (its
  // files and folders, theirs, and what their symbolic links lead to).
  bool found_in(const std::filesystem::path& own_folder) const;

  std::filesystem::path where_;  // every symbolic link in its existing part resolved
  std::optional<FileId> id_;     // none while the target does not exist
  // The target does not exist, or is a regular file with no other name (one
  // link): a name in a case's folder can then reach it only as a symbolic link.
  bool links_only_ = true;
};

// The same for whichever case `target` lies in: the nearest folder above it
// that holds a case.yaml, named on the command line or not.
std::optional<std::filesystem::path> case_file_above(const std::filesystem::path& target);

}  // namespace procure
