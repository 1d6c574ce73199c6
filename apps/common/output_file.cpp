#include "output_file.hpp"

#include <sys/stat.h>
#include <unistd.h>

#include <cerrno>
#include <cstring>
#include <string>

#include "procure/model/case_files.hpp"
#include "temporary_file.hpp"
#include "write_all.hpp"

namespace procure::cli {
namespace {
namespace fs = std::filesystem;

// Refuses a path that is, or is in, a case's own file or folder: of a case
// named on the command line, or of the case folder it lies in.
bool outside_the_cases(const fs::path& path, const WriteRules& rules, Diagnostics& diagnostics) {
  std::optional<fs::path> own;
  for (const auto& folder : rules.case_folders) {
    if (!own)
      own = case_file_touched_by(path, folder);
  }
  if (!own) {
    std::error_code ec;
    if ((own = case_file_above(path)))
      own = fs::proximate(*own, ec);  // shown from where the user is
  }
  if (own)
    diagnostics.error("output.case-file", {{"path", path.string()}, {"file", own->string()}});
  return !own;
}

// A round of a case in stages (rounds/<n>/) holds its own case files, as a
// case folder does: its opening protocol is made there.
bool is_round_folder(const fs::path& folder) {
  std::error_code ec;
  const fs::path rounds = folder.parent_path();
  return rounds.filename() == rounds_folder &&
         fs::is_regular_file(rounds.parent_path() / case_file_name, ec);
}

// `creates_case_file`: see create_case_file; `in_case_folder`: see
// create_file_in_case_folder.
bool write_output(const fs::path& target, std::string_view content, const WriteRules& rules,
                  bool creates_case_file, Diagnostics& diagnostics, bool in_case_folder = false) {
  std::error_code ec;
  const std::string shown = target.string();
  // A case file being made lies in its own case: only the folder it goes into is checked.
  const fs::path folder = target.has_parent_path() ? target.parent_path() : fs::path(".");
  const bool in_own_round = creates_case_file && is_round_folder(folder);
  if (!in_case_folder && !in_own_round &&
      !outside_the_cases(creates_case_file ? folder : target, rules, diagnostics))
    return false;
  const bool replace = rules.force && !creates_case_file;
  const char* const exists_code = creates_case_file ? "output.case-file-exists" : "output.exists";
  const bool exists = fs::exists(fs::symlink_status(target, ec));
  for (const auto& input : rules.inputs) {
    if (exists && fs::equivalent(target, input, ec)) {
      diagnostics.error("output.is-input", {{"path", shown}});
      return false;
    }
  }
  if (exists && !replace) {
    diagnostics.error(exists_code, {{"path", shown}});
    return false;
  }
  const auto folder_status = fs::status(folder, ec);
  if (!fs::exists(folder_status)) {
    diagnostics.error("output.no-folder", {{"path", shown}, {"folder", folder.string()}});
    return false;
  }
  if (!fs::is_directory(folder_status)) {
    diagnostics.error("output.not-a-folder", {{"path", shown}, {"folder", folder.string()}});
    return false;
  }
  // Keep the permissions of a file we replace; a new file gets the usual ones.
  const mode_t mask = ::umask(0);
  ::umask(mask);
  auto mode = static_cast<mode_t>(0666 & ~mask);
  if (exists)
    mode = static_cast<mode_t>(fs::status(target, ec).permissions());
  TemporaryFile temp(folder, target.filename().string());
  if (!temp.ok()) {
    diagnostics.error("output.write-failed",
                      {{"path", shown}, {"reason", std::strerror(temp.error())}});
    return false;
  }
  int failure = 0;
  if (!write_all(temp.fd(), content) || ::fsync(temp.fd()) != 0)
    failure = errno;
  ::fchmod(temp.fd(), mode);
  if (failure == 0)
    failure = temp.commit(target, replace);
  if (failure == EEXIST && !replace) {
    // Another run made the file since the check above: its output stays.
    diagnostics.error(exists_code, {{"path", shown}});
    return false;
  }
  if (failure != 0) {
    diagnostics.error("output.write-failed", {{"path", shown}, {"reason", std::strerror(failure)}});
    return false;
  }
  return true;
}

}  // namespace

bool write_file_atomically(const fs::path& target, std::string_view content,
                           const WriteRules& rules, Diagnostics& diagnostics) {
  return write_output(target, content, rules, false, diagnostics);
}

bool create_case_file(const fs::path& target, std::string_view content, Diagnostics& diagnostics) {
  return write_output(target, content, {}, true, diagnostics);
}

bool create_file_in_case_folder(const fs::path& target, std::string_view content,
                                Diagnostics& diagnostics) {
  return write_output(target, content, {}, true, diagnostics, true);
}

bool replace_case_file(const fs::path& target, std::string_view content, Diagnostics& diagnostics) {
  std::error_code ec;
  const fs::path real = fs::canonical(target, ec);
  int failure = ec ? ec.value() : 0;
  if (failure == 0) {
    const auto mode = static_cast<mode_t>(fs::status(real, ec).permissions());
    TemporaryFile temp(real.parent_path(), real.filename().string());
    if (!temp.ok()) {
      failure = temp.error();
    } else {
      if (!write_all(temp.fd(), content) || ::fsync(temp.fd()) != 0)
        failure = errno;
      ::fchmod(temp.fd(), mode);
      if (failure == 0)
        failure = temp.commit(real, true);
    }
  }
  if (failure != 0) {
    diagnostics.error("output.write-failed",
                      {{"path", target.string()}, {"reason", std::strerror(failure)}});
    return false;
  }
  return true;
}

bool make_output_folder(const fs::path& folder, const WriteRules& rules, Diagnostics& diagnostics) {
  if (!outside_the_cases(folder, rules, diagnostics))
    return false;
  std::error_code ec;
  fs::create_directories(folder, ec);
  if (ec || !fs::is_directory(folder)) {
    diagnostics.error(
        "output.folder-failed",
        {{"folder", folder.string()}, {"reason", ec ? ec.message() : std::strerror(ENOTDIR)}});
    return false;
  }
  return true;
}

}  // namespace procure::cli
