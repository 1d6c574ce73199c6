#include "cache_entry.hpp"

#include <endian.h>
#include <fcntl.h>
#include <link.h>
#include <sys/stat.h>
#include <unistd.h>

// The checksum as inline code: no library more for the tools to load.
#define XXH_INLINE_ALL
#include <xxhash.h>

#include <algorithm>
#include <charconv>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <functional>
#include <limits>
#include <system_error>

#include "cache_sweep.hpp"
#include "case_file_identities.hpp"
#include "temporary_file.hpp"
#include "write_all.hpp"

namespace procure::cli {
namespace {

constexpr int max_span_number = std::numeric_limits<int>::max();

// `n` in decimal, then `end`; without a string made for each number.
template <class Integer>
void append_decimal(std::string& text, Integer n, char end) {
  char digits[24];
  const auto written = std::to_chars(digits, digits + sizeof digits, n);
  text.append(digits, written.ptr);
  text += end;
}

}  // namespace

void EntryWriter::number(std::int64_t n) {
  append_decimal(text_, n, ' ');
}
void EntryWriter::unsigned_number(std::uint64_t n) {
  append_decimal(text_, n, ' ');
}
void EntryWriter::fixed64(std::uint64_t n) {
  char bytes[8];
  for (char& byte : bytes) {
    byte = static_cast<char>(n & 0xFF);
    n >>= 8;
  }
  text_.append(bytes, sizeof bytes);
}
void EntryWriter::string(std::string_view s) {
  append_decimal(text_, s.size(), ':');
  text_ += s;
}

bool EntryReader::literal(std::string_view expected) {
  if (!ok_ || text_.substr(at_, expected.size()) != expected)
    return ok_ = false;
  at_ += expected.size();
  return true;
}

std::uint64_t EntryReader::unsigned_number(char end) {
  // Nineteen digits cannot overflow; the twentieth is checked. Entries hold
  // thousands of numbers, nearly all of one or two digits.
  std::uint64_t n = 0;
  std::size_t at = at_;
  while (ok_ && at < text_.size() && at - at_ < 19 && text_[at] >= '0' && text_[at] <= '9')
    n = n * 10 + static_cast<std::uint64_t>(text_[at++] - '0');
  if (ok_ && at < text_.size() && at - at_ == 19 && text_[at] >= '0' && text_[at] <= '9') {
    const auto digit = static_cast<std::uint64_t>(text_[at++] - '0');
    if (n > (std::numeric_limits<std::uint64_t>::max() - digit) / 10)
      ok_ = false;
    n = n * 10 + digit;
  }
  if (!ok_ || at == at_ || at >= text_.size() || text_[at] != end) {
    ok_ = false;
    return 0;
  }
  at_ = at + 1;
  return n;
}

std::int64_t EntryReader::number() {
  const bool negative = ok_ && at_ < text_.size() && text_[at_] == '-';
  if (negative)
    ++at_;
  const std::uint64_t n = unsigned_number();
  if (n > static_cast<std::uint64_t>(std::numeric_limits<std::int64_t>::max()))
    ok_ = false;
  if (!ok_)
    return 0;
  return negative ? -static_cast<std::int64_t>(n) : static_cast<std::int64_t>(n);
}

int EntryReader::small(int low, int high) {
  // One digit and its end, as nearly every flag, choice and day part is:
  // read without the general loop.
  if (ok_ && text_.size() - at_ >= 2 && text_[at_] >= '0' && text_[at_] <= '9' &&
      text_[at_ + 1] == ' ') {
    const int digit = text_[at_] - '0';
    at_ += 2;
    if (digit < low || digit > high)
      ok_ = false;
    return ok_ ? digit : 0;
  }
  const std::int64_t n = number();
  if (n < low || n > high)
    ok_ = false;
  return ok_ ? static_cast<int>(n) : 0;
}

std::size_t EntryReader::count(std::size_t max) {
  const std::uint64_t n = unsigned_number();
  if (n > max)
    ok_ = false;
  return ok_ ? static_cast<std::size_t>(n) : 0;
}

std::uint64_t EntryReader::fixed64() {
  const std::string_view b = bytes(8);
  std::uint64_t n = 0;
  if (b.size() == sizeof n)
    std::memcpy(&n, b.data(), sizeof n);
  return le64toh(n);
}

std::string_view EntryReader::bytes(std::size_t length) {
  if (!ok_ || length > text_.size() - at_) {
    ok_ = false;
    return {};
  }
  const std::string_view s = text_.substr(at_, length);
  at_ += length;
  return s;
}

std::string EntryReader::string() {
  const std::uint64_t length = unsigned_number(':');
  if (!ok_ || length > text_.size() - at_) {
    ok_ = false;
    return {};
  }
  return std::string(bytes(static_cast<std::size_t>(length)));
}

void write_instant(EntryWriter& w, Instant t) {
  w.number(t.time_since_epoch().count());
}

Instant read_instant(EntryReader& r) {
  return Instant(std::chrono::seconds(r.number()));
}

void write_span(EntryWriter& w, const SourceSpan& s) {
  w.string(s.file);
  w.number(s.line);
  w.number(s.column);
  w.number(s.length);
  w.string(s.line_text);
  w.number(s.excerpt_skipped);
}

SourceSpan read_span(EntryReader& r) {
  SourceSpan s;
  s.file = r.string();
  s.line = r.small(0, max_span_number);
  s.column = r.small(0, max_span_number);
  s.length = r.small(0, max_span_number);
  s.line_text = r.string();
  s.excerpt_skipped = r.small(0, max_span_number);
  return s;
}

bool holds_failed_read(const Diagnostics& problems) {
  return std::any_of(problems.items().begin(), problems.items().end(), [](const Diagnostic& d) {
    return d.code == "file.unreadable" || d.code == "folder.unreadable";
  });
}

bool keepable(const Diagnostics& problems) {
  if (problems.truncated() || holds_failed_read(problems))
    return false;
  for (const auto& d : problems.items()) {
    for (const auto& [name, value] : d.args) {
      if (value.size() > Diagnostics::max_argument_chars)
        return false;
    }
  }
  return true;
}

void write_problems(EntryWriter& w, const Diagnostics& problems) {
  w.unsigned_number(problems.items().size());
  for (const auto& d : problems.items()) {
    w.number(d.severity == Severity::error ? 0 : 1);
    w.string(d.code);
    w.unsigned_number(d.args.size());
    for (const auto& [name, value] : d.args) {
      w.string(name);
      w.string(value);
    }
    w.number(d.where ? 1 : 0);
    if (d.where)
      write_span(w, *d.where);
    w.unsigned_number(d.shortened.size());
    for (const auto& s : d.shortened) {
      w.string(s.name);
      w.unsigned_number(s.length);
    }
  }
}

Diagnostics read_problems(EntryReader& r) {
  Diagnostics problems;
  const std::size_t count = r.count(Diagnostics::max_items);
  for (std::size_t i = 0; i < count && r.ok(); ++i) {
    Diagnostic d;
    d.severity = r.small(0, 1) == 0 ? Severity::error : Severity::warning;
    d.code = r.string();
    const std::size_t args = r.count(64);
    for (std::size_t a = 0; a < args && r.ok(); ++a) {
      std::string name = r.string();
      std::string value = r.string();
      d.args.emplace_back(std::move(name), std::move(value));
    }
    if (r.small(0, 1) == 1)
      d.where = read_span(r);
    const std::size_t shortened = r.count(64);
    for (std::size_t s = 0; s < shortened && r.ok(); ++s) {
      std::string name = r.string();
      d.shortened.push_back({std::move(name), static_cast<std::size_t>(r.unsigned_number())});
    }
    if (r.ok())
      problems.add(std::move(d));
  }
  return problems;
}

std::string entry_file_name(std::string_view key, std::string_view suffix) {
  char hash[17];
  std::snprintf(hash, sizeof hash, "%016llx",
                static_cast<unsigned long long>(std::hash<std::string_view>{}(key)));
  return std::string(hash) + std::string(suffix);
}

bool is_entry_file_name(std::string_view name) {
  constexpr std::size_t hash_digits = 16;
  if (name.size() < hash_digits + 2 || name[hash_digits] != '.')
    return false;
  return name.substr(0, hash_digits).find_first_not_of("0123456789abcdef") ==
             std::string_view::npos &&
         name.substr(hash_digits + 1).find_first_not_of("abcdefghijklmnopqrstuvwxyz") ==
             std::string_view::npos;
}

std::optional<std::string> read_entry(const std::filesystem::path& path, std::uintmax_t max_bytes) {
  const int fd = ::open(path.c_str(), O_RDONLY | O_NOFOLLOW | O_NONBLOCK | O_CLOEXEC);
  if (fd < 0)
    return std::nullopt;
  struct stat st {};
  std::string text;
  std::size_t size = 0;
  if (::fstat(fd, &st) == 0 && S_ISREG(st.st_mode) &&
      static_cast<std::uintmax_t>(st.st_size) <= max_bytes) {
    size = static_cast<std::size_t>(st.st_size);
    // One byte more than the size said: to learn that the file grew while read.
    text.resize(size + 1);
    std::size_t got = 0;
    while (got < text.size()) {
      const std::size_t asked = text.size() - got;
      const ssize_t n = ::read(fd, text.data() + got, asked);
      if (n <= 0)
        break;
      got += static_cast<std::size_t>(n);
      // A regular file reads short only at its end: no second call to learn it.
      if (static_cast<std::size_t>(n) < asked)
        break;
    }
    text.resize(got);
  }
  ::close(fd);
  // Grown or shrunk while read, or its bytes not those written: not an entry.
  if (text.empty() || text.size() != size || text.size() < checksum_size)
    return std::nullopt;
  const std::uint64_t checksum =
      EntryReader(std::string_view(text).substr(text.size() - checksum_size)).fixed64();
  text.resize(text.size() - checksum_size);
  if (checksum != entry_checksum(text))
    return std::nullopt;
  return text;
}

void write_entry(const std::filesystem::path& target, const std::string& text) {
  // Removed if the run is stopped meanwhile, so the cache folder keeps no
  // half-written file.
  TemporaryFile temporary(target.parent_path(), target.filename().string());
  EntryWriter trailer;
  trailer.fixed64(entry_checksum(text));
  if (temporary.ok() && write_all(temporary.fd(), text) &&
      write_all(temporary.fd(), trailer.text()))
    temporary.commit(target, true);
}

std::uint64_t entry_checksum(std::string_view bytes) {
  return XXH3_64bits(bytes.data(), bytes.size());
}

namespace {

// A file's place and version as the file system gives them: a program or a
// library replaced (a new build, a library updated) has another, even when
// its size and time were kept (`cp -p`, a package's times clamped).
bool add_file_identity(std::string& to, const char* path) {
  struct stat st {};
  if (::stat(path, &st) != 0)
    return false;
  to += path;
  for (const std::int64_t n :
       {static_cast<std::int64_t>(st.st_dev), static_cast<std::int64_t>(st.st_ino),
        static_cast<std::int64_t>(st.st_size), timestamp_ns(st.st_mtim),
        timestamp_ns(st.st_ctim)}) {
    to += ' ';
    to += std::to_string(n);
  }
  to += '\n';
  return true;
}

// The program's and its libraries' identities, hashed.
std::optional<std::string> identify_build() {
  std::error_code ec;
  const std::filesystem::path tool = std::filesystem::read_symlink("/proc/self/exe", ec);
  std::string identities;
  if (ec || !add_file_identity(identities, tool.c_str()))
    return std::nullopt;
  // The libraries loaded with it: an update of one (yaml-cpp, libyaml, ICU)
  // may read the same files otherwise.
  dl_iterate_phdr(
      [](dl_phdr_info* info, std::size_t, void* data) {
        if (info->dlpi_name != nullptr && info->dlpi_name[0] == '/')
          add_file_identity(*static_cast<std::string*>(data), info->dlpi_name);
        return 0;
      },
      &identities);
  char hash[17];
  std::snprintf(hash, sizeof hash, "%016llx",
                static_cast<unsigned long long>(entry_checksum(identities)));
  return "procure " PROCURE_VERSION " " + std::string(hash);
}

}  // namespace

std::optional<std::string> this_build() {
  // The same for the whole run: worked out once, for every cache it opens.
  static const std::optional<std::string> build = identify_build();
  return build;
}

std::optional<UserCacheLocation> user_cache_location(std::string_view kind, bool no_cache) {
  if (no_cache)
    return std::nullopt;
  std::filesystem::path root;
  // The XDG base directory rule: a relative $XDG_CACHE_HOME is ignored.
  if (const char* xdg = std::getenv("XDG_CACHE_HOME"); xdg != nullptr && xdg[0] == '/')
    root = std::filesystem::path(xdg) / "procure";
  else if (const char* home = std::getenv("HOME"); home != nullptr && home[0] == '/')
    root = std::filesystem::path(home) / ".cache" / "procure";
  else
    return std::nullopt;
  auto build = this_build();
  if (!build)
    return std::nullopt;
  sweep_cache_folder(root / kind, std::chrono::system_clock::now());
  return UserCacheLocation{root / kind, std::move(*build)};
}

}  // namespace procure::cli
