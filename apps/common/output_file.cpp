#include "output_file.hpp"

#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

#include <cerrno>
#include <string>

#include "parallel_map.hpp"
#include "procure/core/system_reason.hpp"
#include "procure/model/case_files.hpp"
#include "temporary_file.hpp"
#include "write_all.hpp"

namespace procure::cli {
namespace {
namespace fs = std::filesystem;

constexpr std::size_t long_file = 1 << 20;
// Parts smaller than this are gathered before they are written.
constexpr std::size_t gather_bytes = 1 << 16;

// Refuses a path that is, or is in, a case's own file or folder: of a case
// named on the command line, or of the case folder it lies in.
bool outside_the_cases(const fs::path& path, const WriteRules& rules, Diagnostics& diagnostics) {
  const WriteTarget target(path);
  // A portfolio's thousand cases looked at on every thread; the first case
  // in their order that the target touches is the one reported.
  auto touched = parallel_map<std::optional<fs::path>>(
      rules.case_folders.size(), case_workers(),
      [&](std::size_t i) { return target.touches(rules.case_folders[i]); });
  std::optional<fs::path> own;
  for (auto& found : touched) {
    if (!own)
      own = std::move(found);
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

// The process's file creation mask, read once. umask() reads it only by
// setting it: two letters written at once, each setting 0 and putting it
// back, could read the other's 0 and make a file anyone may write to.
mode_t creation_mask() {
  static const mode_t mask = [] {
    const mode_t found = ::umask(0);
    ::umask(found);
    return found;
  }();
  return mask;
}

// A round of a case in stages (rounds/<n>/) holds its own case files, as a
// case folder does: its opening protocol is made there.
bool is_round_folder(const fs::path& folder) {
  std::error_code ec;
  const fs::path rounds = folder.parent_path();
  return rounds.filename() == rounds_folder &&
         fs::is_regular_file(rounds.parent_path() / case_file_name, ec);
}

}  // namespace

OutputFile::OutputFile(const fs::path& target, const WriteRules& rules, Diagnostics& diagnostics,
                       FileKind kind)
    : target_(target),
      shown_(target.string()),
      replace_(rules.force && kind == FileKind::output),
      exists_code_(kind == FileKind::output ? "output.exists" : "output.case-file-exists") {
  const bool creates_case_file = kind != FileKind::output;
  const bool in_case_folder = kind == FileKind::new_file_in_case_folder;
  std::error_code ec;
  // A case file being made lies in its own case: only the folder it goes into is checked.
  const fs::path folder = target.has_parent_path() ? target.parent_path() : fs::path(".");
  const bool in_own_round = creates_case_file && is_round_folder(folder);
  if (!in_case_folder && !in_own_round &&
      !outside_the_cases(creates_case_file ? folder : target, rules, diagnostics))
    return;
  const bool exists = fs::exists(fs::symlink_status(target, ec));
  if (is_input(rules.inputs, diagnostics))
    return;
  if (exists && !replace_) {
    diagnostics.error(exists_code_, {{"path", shown_}});
    return;
  }
  // What the name leads to, if anything: only a regular file is replaced
  // (`-o /dev/null --force` run as root replaced the device with a file).
  struct stat replaced {};
  const bool leads_somewhere = exists && ::stat(target.c_str(), &replaced) == 0;
  if (leads_somewhere && !S_ISREG(replaced.st_mode)) {
    diagnostics.error("output.not-a-file", {{"path", shown_}});
    return;
  }
  const auto folder_status = fs::status(folder, ec);
  if (!fs::exists(folder_status)) {
    diagnostics.error("output.no-folder", {{"path", shown_}, {"folder", folder.string()}});
    return;
  }
  if (!fs::is_directory(folder_status)) {
    diagnostics.error("output.not-a-folder", {{"path", shown_}, {"folder", folder.string()}});
    return;
  }
  // Keep the read and write permissions of a file we replace; a new file
  // (also where a link leads nowhere) gets the usual ones. Never a set-id
  // bit: an unknown mode taken as it came was 7777.
  mode_ = static_cast<mode_t>(0666 & ~creation_mask());
  if (leads_somewhere)
    mode_ = static_cast<mode_t>(replaced.st_mode & 0777);
  temp_.emplace(folder, target.filename().string());
  if (!temp_->ok()) {
    diagnostics.error("output.write-failed", {{"path", shown_}, system_reason_arg(temp_->error())});
    temp_.reset();
  }
}

OutputFile::~OutputFile() = default;

bool OutputFile::is_input(const std::vector<fs::path>& inputs, Diagnostics& diagnostics) const {
  std::error_code ec;
  if (!fs::exists(fs::symlink_status(target_, ec)))
    return false;
  for (const auto& input : inputs) {
    if (fs::equivalent(target_, input, ec)) {
      diagnostics.error("output.is-input", {{"path", shown_}});
      return true;
    }
  }
  return false;
}

void OutputFile::check_inputs(const std::vector<fs::path>& inputs, Diagnostics& diagnostics) {
  if (temp_ && is_input(inputs, diagnostics))
    temp_.reset();
}

void OutputFile::write(std::string_view part) {
  if (!temp_ || failure_ != 0)
    return;
  synced_ = false;
  // Small parts are gathered and written together: a write and a sync for
  // each case's few kilobytes took a register's export of 10 000 releases
  // 0.2 s more in the kernel. A large part goes as it is.
  if (gathered_.size() + part.size() < gather_bytes) {
    gathered_.append(part);
    return;
  }
  write_gathered();
  if (part.size() < gather_bytes)
    gathered_.append(part);
  else
    write_now(part);
}

void OutputFile::write_gathered() {
  if (!gathered_.empty())
    write_now(gathered_);
  gathered_.clear();
}

void OutputFile::write_now(std::string_view part) {
  if (failure_ != 0)
    return;
  if (!write_all(temp_->fd(), part)) {
    failure_ = errno;
    return;
  }
  written_ += part.size();
  // The disk starts on a long file's parts while the rest is made (a
  // report's page), so the sync before commit waits for less; a letter's
  // few kilobytes are synced whole.
  if (written_ >= long_file) {
    ::sync_file_range(temp_->fd(), static_cast<off_t>(written_ - part.size()),
                      static_cast<off_t>(part.size()), SYNC_FILE_RANGE_WRITE);
  }
}

void OutputFile::sync() {
  if (!temp_ || synced_)
    return;
  write_gathered();
  if (failure_ == 0 && ::fsync(temp_->fd()) != 0)
    failure_ = errno;
  synced_ = true;
}

bool OutputFile::commit(Diagnostics& diagnostics) {
  if (!temp_)
    return false;
  sync();
  ::fchmod(temp_->fd(), mode_);
  if (failure_ == 0)
    failure_ = temp_->commit(target_, replace_);
  temp_.reset();
  if (failure_ == EEXIST && !replace_) {
    // Another run made the file since the check above: its output stays.
    diagnostics.error(exists_code_, {{"path", shown_}});
    return false;
  }
  if (failure_ != 0) {
    diagnostics.error("output.write-failed", {{"path", shown_}, system_reason_arg(failure_)});
    return false;
  }
  return true;
}

namespace {

bool write_output(const fs::path& target, std::string_view content, const WriteRules& rules,
                  FileKind kind, Diagnostics& diagnostics) {
  OutputFile file(target, rules, diagnostics, kind);
  if (!file.ok())
    return false;
  file.write(content);
  return file.commit(diagnostics);
}

}  // namespace

bool write_file_atomically(const fs::path& target, std::string_view content,
                           const WriteRules& rules, Diagnostics& diagnostics) {
  return write_output(target, content, rules, FileKind::output, diagnostics);
}

bool create_case_file(const fs::path& target, std::string_view content, Diagnostics& diagnostics) {
  return write_output(target, content, {}, FileKind::new_case_file, diagnostics);
}

bool create_file_in_case_folder(const fs::path& target, std::string_view content,
                                Diagnostics& diagnostics) {
  return write_output(target, content, {}, FileKind::new_file_in_case_folder, diagnostics);
}

bool replace_case_file(const fs::path& target, std::string_view content, Diagnostics& diagnostics) {
  std::error_code ec;
  const fs::path real = fs::canonical(target, ec);
  int failure = ec ? ec.value() : 0;
  struct stat st {};
  if (failure == 0 && ::stat(real.c_str(), &st) != 0)
    failure = errno;
  // A case file no one may write to was made so to keep it as it is: it is
  // not replaced, by its owner or by root.
  if (failure == 0 && (st.st_mode & 0222) == 0) {
    diagnostics.error("output.case-file-read-only", {{"path", target.string()}});
    return false;
  }
  if (failure == 0) {
    const auto mode = static_cast<mode_t>(st.st_mode & 0777);
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
                      {{"path", target.string()}, system_reason_arg(failure)});
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
    diagnostics.error("output.folder-failed",
                      {{"folder", folder.string()}, system_reason_arg(ec ? ec.value() : ENOTDIR)});
    return false;
  }
  return true;
}

}  // namespace procure::cli
