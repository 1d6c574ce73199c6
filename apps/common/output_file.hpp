#pragma once
// Writing an output file so that it is never half-written and never
// clobbers what it should not: the content goes to a temporary file in the
// same folder, which takes the target's name only when complete. Without
// --force it takes the name only if it is free, in one step (two runs never
// both succeed); nothing ever writes over, or into, a case's own files.

#include <filesystem>
#include <string_view>
#include <vector>

#include "procure/core/diagnostic.hpp"

namespace procure::cli {

struct WriteRules {
  bool force = false;                         // replace an existing output
  std::vector<std::filesystem::path> inputs;  // never replaced, even with force
  // The cases named on the command line: their own files (case.yaml, bids/,
  // dialogue/, evaluation/, the opening protocol) are never written.
  std::vector<std::filesystem::path> case_folders;
};

// Returns false and adds a diagnostic when the file was not written.
bool write_file_atomically(const std::filesystem::path& target, std::string_view content,
                           const WriteRules& rules, Diagnostics& diagnostics);

// Makes one of a case's own files (procure-init's case.yaml, procure-score
// open's protocol): written whole like an output, but only where no file is,
// never over one. Returns false and adds a diagnostic otherwise.
bool create_case_file(const std::filesystem::path& target, std::string_view content,
                      Diagnostics& diagnostics);

// Makes a new file in one of a case's own folders (procure-score import's
// tables in evaluation/), written whole like a case file and only where no
// file is: what is there already is never written over.
bool create_file_in_case_folder(const std::filesystem::path& target, std::string_view content,
                                Diagnostics& diagnostics);

// Writes the new text of one of a case's own files that exists, which only
// the commands that add what an officer records do (procure record,
// procure dialogue add): the user asked for it, the text was checked, and
// it keeps every byte of the old one. Written whole to a temporary file
// beside it that takes its name (a link is followed: the file it names gets
// the text), with the file's permissions.
bool replace_case_file(const std::filesystem::path& target, std::string_view content,
                       Diagnostics& diagnostics);

// Makes a folder for outputs (and the folders above it), never one of a
// case's own; returns false and adds a diagnostic with the reason otherwise.
bool make_output_folder(const std::filesystem::path& folder, const WriteRules& rules,
                        Diagnostics& diagnostics);

}  // namespace procure::cli
