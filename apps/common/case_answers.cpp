#include "case_answers.hpp"

#include "cache_entry.hpp"
#include "procure/model/case_files.hpp"

namespace procure::cli {
namespace {

namespace fs = std::filesystem;

constexpr std::uintmax_t max_answer_bytes = 16u * 1024u * 1024u;
constexpr std::string_view answer_end = "end\n";

bool ends_with_answer_end(std::string_view entry) {
  return entry.size() >= answer_end.size() &&
         entry.substr(entry.size() - answer_end.size()) == answer_end;
}

}  // namespace

CaseAnswers::CaseAnswers(const EvidenceCache& evidence, std::string_view magic,
                         std::string_view suffix, const CaseFiles& inputs)
    : evidence_(evidence),
      magic_(magic),
      suffix_(suffix),
      inputs_settled_(evidence.settled(inputs)) {
  EntryWriter w;
  write_case_files(w, inputs);
  inputs_bytes_ = std::move(w.text());
  std::error_code ec;
  working_dir_ = fs::current_path(ec);
}

std::string CaseAnswers::owner(const CaseLocation& location, std::string_view question) const {
  EntryWriter w;
  w.string(evidence_.build());
  w.string((working_dir_ / location.folder).lexically_normal().string());
  w.string(location.display);
  w.string(question);
  return std::move(w.text());
}

CaseAnswers::Found CaseAnswers::find(const CaseCandidate& candidate,
                                     std::string_view question) const {
  Found found;
  const CaseLocation& location = candidate.location;
  const std::string expected_owner = owner(location, question);
  if (auto entry = read_entry(evidence_.folder() / entry_file_name(expected_owner, suffix_),
                              max_answer_bytes)) {
    EntryReader r(*entry);
    r.literal(magic_);
    r.literal(expected_owner);
    const std::string_view kept_files = r.bytes(r.unsigned_number(':'));
    if (r.ok() && folder_files_unchanged(location.folder, kept_files) &&
        (candidate.known_case || kept_regular_file(kept_files, case_file_name))) {
      found.files_at_ = static_cast<std::size_t>(kept_files.data() - entry->data());
      found.files_size_ = kept_files.size();
      const bool same_inputs = r.bytes(r.unsigned_number(':')) == inputs_bytes_;
      found.answers_ =
          r.ok() && same_inputs && r.left() >= answer_end.size() && ends_with_answer_end(*entry);
      found.answer_at_ = entry->size() - r.left();
      found.entry_ = std::move(*entry);
      return found;
    }
  }
  found.is_case_ = candidate.known_case || holds_case_file(location.folder);
  if (found.is_case_)
    found.stated_ = folder_files(location.folder);
  return found;
}

std::optional<EntryReader> CaseAnswers::Found::answer() const {
  if (!answers_)
    return std::nullopt;
  return EntryReader(
      std::string_view(entry_).substr(answer_at_, entry_.size() - answer_at_ - answer_end.size()));
}

std::optional<CaseFiles> CaseAnswers::Found::files() const {
  if (entry_.empty())
    return stated_;
  EntryReader r(std::string_view(entry_).substr(files_at_, files_size_));
  return read_case_files(r);
}

void CaseAnswers::keep(const CaseLocation& location, std::string_view question,
                       const CaseFiles& before, std::string_view answer) const {
  if (!inputs_settled_ || !evidence_.settled(before))
    return;
  const std::string entry_owner = owner(location, question);
  EntryWriter w;
  w.text() += magic_;
  w.text() += entry_owner;
  EntryWriter files;
  write_case_files(files, before);
  w.string(files.text());
  w.string(inputs_bytes_);
  w.text() += answer;
  w.text() += answer_end;
  write_entry(evidence_.folder() / entry_file_name(entry_owner, suffix_), w.text());
}

}  // namespace procure::cli
