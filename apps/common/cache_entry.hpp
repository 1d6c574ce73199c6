#pragma once
// The pieces every cache of the tools builds its entries from (the case
// evidence cache, the YAML tree cache): numbers as decimal text (or as
// their eight bytes, where they are only compared) and strings with their
// length first, so that any bytes round-trip exactly; a reader
// that checks every read against the bytes left; problems (diagnostics)
// written and read back exactly; an entry read only when it is a regular
// file of bounded size, and written whole to a temporary file (readable by
// its owner alone) renamed into place, so that concurrent runs never see
// half an entry.

#include <cstdint>
#include <filesystem>
#include <optional>
#include <string>
#include <string_view>

#include "procure/core/diagnostic.hpp"
#include "procure/time/oslo_summer_time.hpp"

namespace procure::cli {

class EntryWriter {
 public:
  void number(std::int64_t n);
  void unsigned_number(std::uint64_t n);
  // `n` as its eight bytes, least significant first: for numbers written
  // by the thousand and only ever compared, as the case's file identities.
  void fixed64(std::uint64_t n);
  void string(std::string_view s);
  std::string& text() { return text_; }

 private:
  std::string text_;
};

// Reads what EntryWriter wrote; a failed read fails every later one.
class EntryReader {
 public:
  explicit EntryReader(std::string_view text) : text_(text) {}
  bool ok() const { return ok_; }
  bool at_end() const { return ok_ && at_ == text_.size(); }
  bool literal(std::string_view expected);
  std::uint64_t unsigned_number(char end = ' ');
  std::int64_t number();
  int small(int low, int high);
  std::size_t count(std::size_t max);
  // What EntryWriter::fixed64 wrote.
  std::uint64_t fixed64();
  std::string string();
  // The next `length` bytes as they stand, without a copy.
  std::string_view bytes(std::size_t length);
  // How many bytes are left to read.
  std::size_t left() const { return text_.size() - at_; }
  void fail() { ok_ = false; }

 private:
  std::string_view text_;
  std::size_t at_ = 0;
  bool ok_ = true;
};

void write_instant(EntryWriter& w, Instant t);
Instant read_instant(EntryReader& r);

void write_span(EntryWriter& w, const SourceSpan& s);
SourceSpan read_span(EntryReader& r);

// Whether a file or folder could not be read: that is the reader's
// (its permissions, its groups, an I/O error), not the file's, and the
// next run, or another user's, may read it.
bool holds_failed_read(const Diagnostics& problems);

// Diagnostics::add cuts arguments over its limit again: problems that hold
// one, or were cut short, are not kept, so that every kept problem reads
// back exactly. Nor are problems that hold a failed read.
bool keepable(const Diagnostics& problems);
void write_problems(EntryWriter& w, const Diagnostics& problems);
Diagnostics read_problems(EntryReader& r);

// The file name of the entry for `key`: a 64-bit hash of it in hex, then
// `suffix`. An entry holds its whole key and is used only when that matches
// byte for byte, so two keys with one name only take the file in turn, and
// neither is ever answered with the other's entry. Not a digest: SHA-256
// through OpenSSL was a third of finding an evidence entry, and its first
// call costs more than a single command's whole repeat run.
std::string entry_file_name(std::string_view key, std::string_view suffix);
// Whether `name` is one entry_file_name gives (with a suffix of a dot and
// lowercase letters, as every cache's is).
bool is_entry_file_name(std::string_view name);

// A checksum of an entry's bytes (XXH3, 64 bits), kept with them: a byte
// of an entry changed on the disk, which keeps every size its reading
// checks, is known by it, and the entry is not used.
std::uint64_t entry_checksum(std::string_view bytes);
inline constexpr std::size_t checksum_size = 8;

// The entry's whole text, if it is a regular file of at most `max_bytes`
// and its checksum (which write_entry puts after it) matches: a link, a
// device or a pipe put in its place is not read.
std::optional<std::string> read_entry(const std::filesystem::path& path, std::uintmax_t max_bytes);

// Writes `text` and its checksum to `target` whole or not at all, and
// leaves no temporary file behind, even when the run is stopped meanwhile
// (SIGINT, SIGTERM, SIGHUP).
void write_entry(const std::filesystem::path& target, const std::string& text);

// This build of the tools, as its entries name it: another build may read
// the same files otherwise, and its entries are its own. Nullopt when the
// running program cannot be found.
std::optional<std::string> this_build();

// Where this build keeps one kind of entry: `kind` in the user's cache
// folder for procure ($XDG_CACHE_HOME/procure, else $HOME/.cache/procure:
// the XDG base directory rule), and the build's name; the folder looked
// over, once a day, for entries unused for a month (cache_sweep.hpp).
// Nullopt with --no-cache, or when there is no folder or no build to name.
struct UserCacheLocation {
  std::filesystem::path folder;
  std::string build;
};
std::optional<UserCacheLocation> user_cache_location(std::string_view kind, bool no_cache);

}  // namespace procure::cli
