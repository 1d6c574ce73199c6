#pragma once
// Writing an output file so that it is never half-written and never
// clobbers what it should not: the content goes to a temporary file in the
// same folder, which takes the target's name only when complete. Without
// --force it takes the name only if it is free, in one step (two runs never
// both succeed); nothing ever writes over, or into, a case's own files.

#include <sys/types.h>

#include <filesystem>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "procure/core/diagnostic.hpp"
#include "temporary_file.hpp"

namespace procure::cli {

struct WriteRules {
  bool force = false;                         // replace an existing output
  std::vector<std::filesystem::path> inputs;  // never replaced, even with force
  // The cases named on the command line: their own files (case.yaml, bids/,
  // dialogue/, evaluation/, the opening protocol) are never written.
  std::vector<std::filesystem::path> case_folders;
};

// What a file written is: an output, or a new file of a case (see
// create_case_file and create_file_in_case_folder).
enum class FileKind { output, new_case_file, new_file_in_case_folder };

// A file written a part at a time, as write_file_atomically writes it
// whole: checked and opened first, put in place by commit. A report's HTML
// goes to it as it is made, never held whole.
class OutputFile {
 public:
  // The checks of write_file_atomically (or of `kind`); when one fails, or
  // the temporary file cannot be made, ok() is false and `diagnostics` says why.
  OutputFile(const std::filesystem::path& target, const WriteRules& rules, Diagnostics& diagnostics,
             FileKind kind = FileKind::output);
  ~OutputFile();
  OutputFile(const OutputFile&) = delete;
  OutputFile& operator=(const OutputFile&) = delete;

  bool ok() const { return temp_.has_value(); }
  // A failed write is reported by commit.
  void write(std::string_view part);
  // Refuses the target if it is one of `inputs` after all (templates read
  // while the file was written): then it is never put in place.
  void check_inputs(const std::vector<std::filesystem::path>& inputs, Diagnostics& diagnostics);
  // Written whole and synced to the disk, not yet in place: what commit
  // does first, done beforehand where the commit itself must wait its turn.
  void sync();
  // Synced to the disk and given the target's name; false with a diagnostic
  // when a write failed or, without --force, another run took the name.
  bool commit(Diagnostics& diagnostics);

 private:
  bool is_input(const std::vector<std::filesystem::path>& inputs, Diagnostics& diagnostics) const;
  void write_gathered();
  void write_now(std::string_view part);

  std::filesystem::path target_;
  std::string shown_;
  bool replace_ = false;
  const char* exists_code_;
  mode_t mode_ = 0;
  std::optional<TemporaryFile> temp_;
  int failure_ = 0;
  bool synced_ = false;
  std::size_t written_ = 0;
  std::string gathered_;  // small parts not yet written
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
