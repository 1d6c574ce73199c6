#include "case_answers.hpp"

#include <algorithm>

#include "cache_entry.hpp"
#include "procure/model/case_files.hpp"

namespace procure::cli {
namespace {

namespace fs = std::filesystem;

// Nullopt when `head` does not begin an entry of the kind `magic` whose
// rest is `rest_size` bytes long, or holds more or less than its parts.
// (Whose entry it is, the pack's index says: its key is the owner.)
std::optional<EntryParts> entry_parts(std::string_view head, std::size_t rest_size,
                                      std::string_view magic) {
  EntryReader r(head);
  r.literal(magic);
  std::size_t sizes[4];
  for (std::size_t& size : sizes)
    size = r.count(std::max(head.size(), rest_size));
  if (!r.ok())
    return std::nullopt;
  EntryParts parts;
  parts.files_at = head.size() - r.left();
  parts.files_size = sizes[0];
  parts.inputs_at = parts.files_at + parts.files_size;
  parts.inputs_size = sizes[1];
  parts.answer_at = parts.inputs_at + parts.inputs_size;
  parts.answer_size = sizes[2];
  parts.groundwork_size = sizes[3];
  if (parts.answer_at + parts.answer_size != head.size() || parts.groundwork_size != rest_size)
    return std::nullopt;
  return parts;
}

// What names the pack of a run's `arguments`: the kind of its entries, the
// build, the question and the arguments as absolute folders, as a set (the
// same cases, asked for in another order or twice, are the same pack).
std::string pack_name(std::string_view magic, const std::string& build, std::string_view question,
                      const fs::path& working_dir, const std::vector<std::string>& arguments) {
  std::vector<std::string> folders;
  folders.reserve(arguments.size());
  for (const auto& argument : arguments) {
    fs::path folder = (working_dir / argument).lexically_normal();
    if (!folder.has_filename() && folder.has_relative_path())
      folder = folder.parent_path();  // "cases/" as "cases"
    folders.push_back(folder.string());
  }
  std::sort(folders.begin(), folders.end());
  folders.erase(std::unique(folders.begin(), folders.end()), folders.end());
  EntryWriter w;
  w.text() += magic;
  w.string(build);
  w.string(question);
  w.unsigned_number(folders.size());
  for (const auto& folder : folders)
    w.string(folder);
  return std::move(w.text());
}

fs::path working_directory() {
  std::error_code ec;
  return fs::current_path(ec);
}

}  // namespace

CaseAnswers::CaseAnswers(const EvidenceCache& evidence, std::string_view magic,
                         std::string_view suffix, const CaseFiles& inputs,
                         const std::vector<std::string>& arguments, std::string_view question)
    : evidence_(evidence),
      magic_(magic),
      question_(question),
      inputs_settled_(evidence.settled(inputs)),
      working_dir_(working_directory()),
      pack_(evidence.folder(),
            pack_name(magic, evidence.build(), question, working_dir_, arguments), suffix) {
  EntryWriter w;
  write_case_files(w, inputs);
  inputs_bytes_ = std::move(w.text());
}

std::string CaseAnswers::owner(const CaseLocation& location) const {
  EntryWriter w;
  w.string(evidence_.build());
  w.string((working_dir_ / location.folder).lexically_normal().string());
  w.string(location.display);
  w.string(question_);
  return std::move(w.text());
}

CaseAnswers::Found CaseAnswers::find(const CaseCandidate& candidate) const {
  Found found;
  const CaseLocation& location = candidate.location;
  const AnswerPack::Kept* kept = pack_.find(owner(location));
  auto head = kept ? pack_.head(*kept) : std::nullopt;
  const auto parts = head ? entry_parts(*head, kept->rest_size, magic_) : std::nullopt;
  if (parts) {
    const std::string_view kept_files =
        std::string_view(*head).substr(parts->files_at, parts->files_size);
    if (folder_files_unchanged(location.folder, kept_files) &&
        (candidate.known_case || kept_regular_file(kept_files, case_file_name))) {
      found.answers_ =
          std::string_view(*head).substr(parts->inputs_at, parts->inputs_size) == inputs_bytes_;
      found.parts_ = *parts;
      found.pack_ = &pack_;
      found.kept_ = kept;
      found.head_ = std::move(*head);
      return found;
    }
  }
  found.is_case_ = is_case(candidate);
  found.folder_ = location.folder;
  return found;
}

std::optional<EntryReader> CaseAnswers::Found::answer() const {
  if (!answers_)
    return std::nullopt;
  return EntryReader(std::string_view(head_).substr(parts_.answer_at, parts_.answer_size));
}

std::optional<CaseFiles> CaseAnswers::Found::files() const {
  if (kept_ == nullptr)
    return is_case_ ? folder_files(folder_) : std::nullopt;
  EntryReader r(std::string_view(head_).substr(parts_.files_at, parts_.files_size));
  return read_case_files(r);
}

std::optional<std::string> CaseAnswers::Found::groundwork() const {
  if (kept_ == nullptr || parts_.groundwork_size == 0)
    return std::nullopt;
  return pack_->rest(*kept_);
}

void CaseAnswers::carry(const Found& found) const {
  if (found.kept_ != nullptr)
    pack_.carry(*found.kept_);
}

void CaseAnswers::keep(const CaseLocation& location, const CaseFiles& before,
                       std::string_view answer, std::string_view groundwork) const {
  if (!inputs_settled_ || !evidence_.settled(before))
    return;
  EntryWriter w;
  w.text() += magic_;
  EntryWriter files;
  write_case_files(files, before);
  for (const std::size_t size :
       {files.text().size(), inputs_bytes_.size(), answer.size(), groundwork.size()})
    w.unsigned_number(size);
  w.text().reserve(w.text().size() + files.text().size() + inputs_bytes_.size() + answer.size());
  w.text() += files.text();
  w.text() += inputs_bytes_;
  w.text() += answer;
  pack_.put(owner(location), w.text(), groundwork);
}

}  // namespace procure::cli
