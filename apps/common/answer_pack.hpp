#pragma once
// The entries one run keeps of its cases (case_answers.hpp), in one file for
// the run's arguments: `procure remind cases/` keeps a thousand cases in one
// file, which the next such run opens once, reading its index in two reads
// and each case's head in one. A file a case cost a first run a thousand
// files made, and an ext4 without a journal passes over every inode freed
// in the last minutes as it makes each one (recently_deleted(),
// fs/ext4/ialloc.c): right after a mass deletion, up to half of the run.
//
// Each entry is kept as two parts under its key: a head, read by every
// repeat run, and a rest (what the case's files showed, several times the
// head's size), read only when asked. The entries come first, as they were
// written, then the index of their parts, which a run reads whole; each
// head is read on the thread that asks for it.
//
// A run reads the pack its arguments' earlier run left and makes the next
// one as it goes: every entry it found still answering is carried over, every
// entry it made is put in its place, and those of cases no longer among the
// arguments are dropped. The next pack is written to a temporary file and
// renamed over the last only when it differs (nothing is written when
// nothing changed), so concurrent runs never see half a pack and the last
// to finish leaves its own; one that cannot be read back exactly is ignored.

#include <cstddef>
#include <cstdint>
#include <filesystem>
#include <memory>
#include <mutex>
#include <optional>
#include <string>
#include <string_view>
#include <unordered_map>
#include <unordered_set>

namespace procure::cli {

class AnswerPack {
 public:
  // The pack in `folder` for the run named by `name`, its file's name
  // ending in `suffix` (one in its place for another name is not used, and
  // is replaced), and the next one to be written there.
  AnswerPack(const std::filesystem::path& folder, std::string name, std::string_view suffix);
  ~AnswerPack();
  AnswerPack(const AnswerPack&) = delete;
  AnswerPack& operator=(const AnswerPack&) = delete;

  // Where an entry's head and rest lie in a pack, and their checksums
  // (entry_checksum): a part whose bytes changed on the disk is not read.
  struct Place {
    std::size_t head_at = 0;
    std::size_t head_size = 0;
    std::size_t rest_at = 0;
    std::size_t rest_size = 0;
    std::uint64_t head_checksum = 0;
    std::uint64_t rest_checksum = 0;
  };
  // An entry of the pack, as its index places it.
  struct Kept : Place {
    std::string_view key;
  };

  // The entry kept under `key`; null when there is none.
  const Kept* find(std::string_view key) const;
  // Its head and its rest, read now from the pack the index was read
  // from (one made over since is another file); nullopt when they cannot
  // be read whole, or are not the bytes written.
  std::optional<std::string> head(const Kept& kept) const;
  std::optional<std::string> rest(const Kept& kept) const;

  // The next pack holds `kept` as this one does. Safe from any thread, as put is.
  void carry(const Kept& kept) const;
  // The next pack holds `head` and `rest` under `key`, in place of what
  // this one holds there.
  void put(std::string_view key, std::string_view head, std::string_view rest) const;

  // Writes the next pack in this one's place when it differs from this
  // one; once every entry is carried or put.
  void finish();

 private:
  struct Next;  // the next pack, as it is written

  bool open_next() const;
  void add_to_next(std::string_view key, std::string_view head, std::string_view rest,
                   const Kept* kept) const;

  std::filesystem::path path_;
  std::string name_;
  int fd_ = -1;        // this pack's, for its heads and rests
  std::string index_;  // as read
  std::unordered_map<std::string_view, Kept> kept_;

  mutable std::mutex mutex_;
  mutable std::unordered_set<const Kept*> carried_;  // before the next pack was begun
  mutable std::unique_ptr<Next> next_;
  mutable bool next_failed_ = false;
};

}  // namespace procure::cli
