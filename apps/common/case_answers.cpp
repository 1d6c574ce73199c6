#include "case_answers.hpp"

#include "cache_entry.hpp"
#include "procure/model/case_files.hpp"

namespace procure::cli {
namespace {

namespace fs = std::filesystem;

constexpr std::uintmax_t max_answer_bytes = 64u * 1024u * 1024u;
constexpr std::string_view entry_end = "end\n";
// What a repeat run reads of an entry at first: its parts' sizes, and for
// the seed example's case its files, inputs and answer too.
constexpr std::size_t first_read_bytes = 8u * 1024u;

// Nullopt when `head` does not begin an entry of `owner` of `entry_size`
// bytes.
std::optional<EntryParts> entry_parts(std::string_view head, std::size_t entry_size,
                                      std::string_view magic, std::string_view owner) {
  EntryReader r(head);
  r.literal(magic);
  r.literal(owner);
  std::size_t sizes[4];
  for (std::size_t& size : sizes)
    size = r.count(entry_size);
  if (!r.ok())
    return std::nullopt;
  EntryParts parts;
  parts.files_at = head.size() - r.left();
  parts.files_size = sizes[0];
  parts.inputs_at = parts.files_at + parts.files_size;
  parts.inputs_size = sizes[1];
  parts.answer_at = parts.inputs_at + parts.inputs_size;
  parts.answer_size = sizes[2];
  parts.groundwork_at = parts.answer_at + parts.answer_size;
  parts.groundwork_size = sizes[3];
  // The whole entry's size, its tail unread: one cut short or grown is not used.
  if (parts.groundwork_at + parts.groundwork_size + entry_end.size() != entry_size)
    return std::nullopt;
  return parts;
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
  const fs::path path = evidence_.folder() / entry_file_name(expected_owner, suffix_);
  auto head = read_entry_head(path, max_answer_bytes, first_read_bytes);
  auto parts = head ? entry_parts(head->text, head->size, magic_, expected_owner) : std::nullopt;
  if (head && !head->whole() && (!parts || head->text.size() < parts->groundwork_at)) {
    // A case larger than most (or a folder's name longer): read again up
    // to its groundwork, or whole where the first read did not say where
    // that begins.
    head = read_entry_head(path, max_answer_bytes, parts ? parts->groundwork_at : max_answer_bytes);
    parts = head ? entry_parts(head->text, head->size, magic_, expected_owner) : std::nullopt;
  }
  if (parts && head->text.size() >= parts->groundwork_at) {
    const std::string_view kept_files =
        std::string_view(head->text).substr(parts->files_at, parts->files_size);
    if (folder_files_unchanged(location.folder, kept_files) &&
        (candidate.known_case || kept_regular_file(kept_files, case_file_name))) {
      found.answers_ = std::string_view(head->text).substr(parts->inputs_at, parts->inputs_size) ==
                       inputs_bytes_;
      found.parts_ = *parts;
      found.size_ = head->size;
      found.path_ = path;
      found.head_ = std::move(head->text);
      return found;
    }
  }
  found.is_case_ = is_case(candidate);
  if (found.is_case_)
    found.stated_ = folder_files(location.folder);
  return found;
}

std::optional<EntryReader> CaseAnswers::Found::answer() const {
  if (!answers_)
    return std::nullopt;
  return EntryReader(std::string_view(head_).substr(parts_.answer_at, parts_.answer_size));
}

std::optional<CaseFiles> CaseAnswers::Found::files() const {
  if (head_.empty())
    return stated_;
  EntryReader r(std::string_view(head_).substr(parts_.files_at, parts_.files_size));
  return read_case_files(r);
}

std::optional<std::string> CaseAnswers::Found::groundwork() const {
  if (head_.empty() || parts_.groundwork_size == 0)
    return std::nullopt;
  std::optional<std::string> whole;
  std::string_view entry = head_;
  if (head_.size() < size_) {
    // The rest read now, from the same entry: one made over meanwhile
    // (another run's, for other files) begins otherwise.
    whole = read_entry(path_, max_answer_bytes);
    if (!whole || whole->size() != size_ || !whole->starts_with(head_))
      return std::nullopt;
    entry = *whole;
  }
  if (entry.substr(parts_.groundwork_at + parts_.groundwork_size) != entry_end)
    return std::nullopt;
  return std::string(entry.substr(parts_.groundwork_at, parts_.groundwork_size));
}

void CaseAnswers::keep(const CaseLocation& location, std::string_view question,
                       const CaseFiles& before, std::string_view answer,
                       std::string_view groundwork) const {
  if (!inputs_settled_ || !evidence_.settled(before))
    return;
  const std::string entry_owner = owner(location, question);
  EntryWriter w;
  w.text() += magic_;
  w.text() += entry_owner;
  EntryWriter files;
  write_case_files(files, before);
  for (const std::size_t size :
       {files.text().size(), inputs_bytes_.size(), answer.size(), groundwork.size()})
    w.unsigned_number(size);
  w.text().reserve(w.text().size() + files.text().size() + inputs_bytes_.size() + answer.size() +
                   groundwork.size() + entry_end.size());
  w.text() += files.text();
  w.text() += inputs_bytes_;
  w.text() += answer;
  w.text() += groundwork;
  w.text() += entry_end;
  write_entry(evidence_.folder() / entry_file_name(entry_owner, suffix_), w.text());
}

}  // namespace procure::cli
