#include "answer_pack.hpp"

#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

#include "cache_entry.hpp"
#include "temporary_file.hpp"
#include "write_all.hpp"

namespace procure::cli {
namespace {

// After the index: where it begins, and the format.
constexpr std::string_view pack_magic = "procure answer pack 2\n";
constexpr std::size_t footer_size = 8 + pack_magic.size();
// A repeat run reads the index whole: a pack whose index exceeds this is
// not read (a thousand seed-like cases take 0.17 MB).
constexpr std::uint64_t max_index_bytes = 256u * 1024u * 1024u;
// An entry's head or rest larger than this is not read (a seed-like case's
// are 7 and 25 KB).
constexpr std::uint64_t max_part_bytes = 64u * 1024u * 1024u;

// `size` bytes of `fd` from `offset` into `out`; false when fewer were there.
bool read_at(int fd, std::uint64_t offset, std::size_t size, std::string& out) {
  out.resize(size);
  std::size_t got = 0;
  while (got < size) {
    const ssize_t n = ::pread(fd, out.data() + got, size - got, static_cast<off_t>(offset + got));
    if (n <= 0)
      return false;
    got += static_cast<std::size_t>(n);
  }
  return true;
}

}  // namespace

struct AnswerPack::Next {
  TemporaryFile file;
  std::size_t written = 0;
  std::unordered_map<std::string, Place> places;  // by key

  explicit Next(const std::filesystem::path& target)
      : file(target.parent_path(), target.filename().string()) {}
};

AnswerPack::AnswerPack(const std::filesystem::path& folder, std::string name,
                       std::string_view suffix)
    : path_(folder / entry_file_name(name, suffix)), name_(std::move(name)) {
  fd_ = ::open(path_.c_str(), O_RDONLY | O_NOFOLLOW | O_NONBLOCK | O_CLOEXEC);
  if (fd_ < 0)
    return;
  struct stat st {};
  std::string footer;
  bool read =
      ::fstat(fd_, &st) == 0 && S_ISREG(st.st_mode) &&
      static_cast<std::uint64_t>(st.st_size) >= footer_size &&
      read_at(fd_, static_cast<std::uint64_t>(st.st_size) - footer_size, footer_size, footer);
  const std::uint64_t index_end = read ? static_cast<std::uint64_t>(st.st_size) - footer_size : 0;
  EntryReader f(footer);
  const std::uint64_t index_at = f.fixed64();
  read = read && f.literal(pack_magic) && index_at <= index_end &&
         index_end - index_at <= max_index_bytes &&
         read_at(fd_, index_at, static_cast<std::size_t>(index_end - index_at), index_);
  if (read) {
    EntryReader r(index_);
    read = r.bytes(r.unsigned_number(':')) == name_;
    const std::size_t count = r.count(index_.size());
    for (std::size_t i = 0; i < count && read; ++i) {
      Kept kept;
      kept.key = r.bytes(r.unsigned_number(':'));
      const std::uint64_t numbers[4] = {r.unsigned_number(), r.unsigned_number(),
                                        r.unsigned_number(), r.unsigned_number()};
      kept.head_checksum = r.fixed64();
      kept.rest_checksum = r.fixed64();
      // The heads and the rests lie before the index.
      read = r.ok() && numbers[0] <= index_at && numbers[1] <= index_at - numbers[0] &&
             numbers[2] <= index_at && numbers[3] <= index_at - numbers[2] &&
             numbers[1] <= max_part_bytes && numbers[3] <= max_part_bytes;
      kept.head_at = static_cast<std::size_t>(numbers[0]);
      kept.head_size = static_cast<std::size_t>(numbers[1]);
      kept.rest_at = static_cast<std::size_t>(numbers[2]);
      kept.rest_size = static_cast<std::size_t>(numbers[3]);
      read = read && kept_.emplace(kept.key, kept).second;
    }
    read = read && r.at_end();
  }
  if (!read) {
    // Another build's, damaged or cut short: as if there were none.
    kept_.clear();
    index_.clear();
  }
}

AnswerPack::~AnswerPack() {
  if (fd_ >= 0)
    ::close(fd_);
}

const AnswerPack::Kept* AnswerPack::find(std::string_view key) const {
  const auto at = kept_.find(key);
  return at == kept_.end() ? nullptr : &at->second;
}

std::optional<std::string> AnswerPack::head(const Kept& kept) const {
  std::string text;
  if (!read_at(fd_, kept.head_at, kept.head_size, text) ||
      entry_checksum(text) != kept.head_checksum)
    return std::nullopt;
  return text;
}

std::optional<std::string> AnswerPack::rest(const Kept& kept) const {
  std::string text;
  if (!read_at(fd_, kept.rest_at, kept.rest_size, text) ||
      entry_checksum(text) != kept.rest_checksum)
    return std::nullopt;
  return text;
}

void AnswerPack::carry(const Kept& kept) const {
  const std::lock_guard lock(mutex_);
  if (next_)
    add_to_next(kept.key, {}, {}, &kept);
  else
    carried_.insert(&kept);
}

void AnswerPack::put(std::string_view key, std::string_view head, std::string_view rest) const {
  const std::lock_guard lock(mutex_);
  // What was carried under the key is not copied into the next pack only
  // to be replaced there.
  if (const Kept* kept = find(key))
    carried_.erase(kept);
  if (open_next())
    add_to_next(key, head, rest, nullptr);
}

bool AnswerPack::open_next() const {
  if (next_ || next_failed_)
    return !next_failed_;
  next_ = std::make_unique<Next>(path_);
  next_failed_ = !next_->file.ok();
  // What was carried before there was a next pack to carry it to.
  for (const Kept* kept : carried_)
    add_to_next(kept->key, {}, {}, kept);
  carried_.clear();
  return !next_failed_;
}

// With the mutex held. Each entry's rest and head are written as it comes,
// so a run holds none of them. An entry put takes the place of one carried
// or put before under its key (which is left unused in the file); one
// carried does not. A carried entry's head and rest are read again from
// this pack, with their checksums.
void AnswerPack::add_to_next(std::string_view key, std::string_view head, std::string_view rest,
                             const Kept* carried) const {
  if (next_failed_ || (carried != nullptr && next_->places.contains(std::string(key))))
    return;
  std::optional<std::string> carried_head;
  std::optional<std::string> carried_rest;
  if (carried != nullptr) {
    carried_head = this->head(*carried);
    carried_rest = this->rest(*carried);
    // Changed on the disk since it answered: left out, and made again when asked.
    if (!carried_head || !carried_rest)
      return;
    head = *carried_head;
    rest = *carried_rest;
  }
  if (!write_all(next_->file.fd(), rest) || !write_all(next_->file.fd(), head)) {
    next_failed_ = true;
    return;
  }
  next_->places[std::string(key)] =
      Place{next_->written + rest.size(),
            head.size(),
            next_->written,
            rest.size(),
            carried != nullptr ? carried->head_checksum : entry_checksum(head),
            carried != nullptr ? carried->rest_checksum : entry_checksum(rest)};
  next_->written += rest.size() + head.size();
}

void AnswerPack::finish() {
  const std::lock_guard lock(mutex_);
  // Nothing put and every entry carried: the pack on disk is the next one.
  if (!next_ && carried_.size() == kept_.size())
    return;
  if (!open_next())
    return;
  EntryWriter index;
  index.string(name_);
  index.unsigned_number(next_->places.size());
  for (const auto& [key, place] : next_->places) {
    index.string(key);
    index.unsigned_number(place.head_at);
    index.unsigned_number(place.head_size);
    index.unsigned_number(place.rest_at);
    index.unsigned_number(place.rest_size);
    index.fixed64(place.head_checksum);
    index.fixed64(place.rest_checksum);
  }
  index.fixed64(next_->written);
  index.text() += pack_magic;
  if (write_all(next_->file.fd(), index.text()))
    next_->file.commit(path_, true);
  next_.reset();
  next_failed_ = true;  // finished: nothing more goes into a next pack
}

}  // namespace procure::cli
