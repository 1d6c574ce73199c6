#include "procure/core/source_file.hpp"

#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

#include <algorithm>
#include <cerrno>
#include <cstring>
#include <iterator>
#include <system_error>

#include "procure/core/bounded_text.hpp"
#include "procure/core/ready_room.hpp"
#include "procure/core/utf8.hpp"

namespace procure {
namespace {

// "16.0 MiB": one decimal, so a file just over the limit does not read as equal to it.
std::string mebibytes(std::uintmax_t bytes) {
  const auto tenths = (bytes * 10 + 512 * 1024) / (1024 * 1024);
  return std::to_string(tenths / 10) + "." + std::to_string(tenths % 10) + " MiB";
}

// Closed when read_source_file returns, whichever way.
struct OpenFile {
  explicit OpenFile(int descriptor) : fd(descriptor) {}
  OpenFile(const OpenFile&) = delete;
  OpenFile& operator=(const OpenFile&) = delete;
  ~OpenFile() {
    if (fd >= 0)
      ::close(fd);
  }
  const int fd;
};

// What a pass over a part of a text finds.
struct TextScan {
  std::optional<std::size_t> nul;  // the first NUL byte
  bool utf8 = true;                // whether the part is whole UTF-8 characters
  LineMarks lines;                 // as line_marks_in finds them
};

// The lines that start in text[begin, end), counted from the first: after
// each LF but one that ends the text, and at 0 when the part begins the text.
LineMarks line_marks_in(std::string_view text, std::size_t begin, std::size_t end) {
  LineMarks found;
  const auto add = [&found](std::size_t start) {
    if (found.count % LineMarks::stride == 0)
      found.marks.push_back({found.count, start});
    ++found.count;
  };
  if (begin == 0)
    add(0);
  // memchr finds the line ends many bytes a step: a byte loop was a twentieth
  // of ranking a large score table.
  const char* const text_begin = text.data();
  const char* const text_end = text_begin + text.size();
  const char* const part_end = text_begin + end;
  for (const char* at = text_begin + begin; at != part_end;) {
    const auto* lf =
        static_cast<const char*>(std::memchr(at, '\n', static_cast<std::size_t>(part_end - at)));
    if (lf == nullptr || lf + 1 == text_end)
      break;
    at = lf + 1;
    add(static_cast<std::size_t>(at - text_begin));
  }
  return found;
}

TextScan scan_part(std::string_view text, std::size_t begin, std::size_t end) {
  TextScan found;
  const std::string_view part = text.substr(begin, end - begin);
  if (const auto nul = part.find('\0'); nul != std::string_view::npos)
    found.nul = begin + nul;
  found.utf8 = !utf8::first_invalid(part);
  found.lines = line_marks_in(text, begin, end);
  return found;
}

// Where `count` parts of about equal size begin, and the text's end: each
// part at a character's first byte where one is within reach, so that a
// text is UTF-8 exactly when each of its parts is.
std::vector<std::size_t> part_bounds(std::string_view text, std::size_t count) {
  std::vector<std::size_t> bounds{0};
  for (std::size_t k = 1; k < count; ++k) {
    std::size_t at = text.size() / count * k;
    // A character is at most four bytes; past them the text is not UTF-8 anyway.
    for (int step = 0; step < 4 && at < text.size() && utf8::is_continuation(text[at]); ++step)
      ++at;
    if (at > bounds.back() && at < text.size())
      bounds.push_back(at);
  }
  bounds.push_back(text.size());
  return bounds;
}

// The whole text's scan, from its parts' at once.
TextScan scan_text(std::string_view text, const TaskRunner& runner) {
  const auto bounds = part_bounds(text, part_count(runner, text.size()));
  std::vector<TextScan> parts(bounds.size() - 1);
  std::vector<Task> tasks;
  for (std::size_t k = 0; k < parts.size(); ++k)
    tasks.emplace_back([&, k] { parts[k] = scan_part(text, bounds[k], bounds[k + 1]); });
  run_tasks(runner, tasks);
  TextScan whole = std::move(parts.front());
  for (std::size_t k = 1; k < parts.size(); ++k) {
    if (!whole.nul)
      whole.nul = parts[k].nul;
    whole.utf8 = whole.utf8 && parts[k].utf8;
    for (const LineMarks::Mark& mark : parts[k].lines.marks)
      whole.lines.marks.push_back({whole.lines.count + mark.line, mark.offset});
    whole.lines.count += parts[k].lines.count;
  }
  return whole;
}

// Reads the file's first `text.size()` bytes into `text`, in parts at once
// (pread: each at its own offset); how many it read, or nothing when a
// read failed. A file cut short while it is read is read up to its end.
std::optional<std::size_t> read_parts(int fd, std::string& text, const TaskRunner& runner) {
  const std::size_t count = part_count(runner, text.size());
  struct Part {
    std::size_t begin = 0, end = 0, got = 0;
    bool failed = false;
  };
  std::vector<Part> parts(count);
  std::vector<Task> tasks;
  for (std::size_t k = 0; k < count; ++k) {
    Part& part = parts[k];
    part.begin = text.size() / count * k;
    part.end = k + 1 == count ? text.size() : text.size() / count * (k + 1);
    tasks.emplace_back([&part, &text, fd] {
      while (part.begin + part.got < part.end) {
        const std::size_t at = part.begin + part.got;
        const ssize_t n = ::pread(fd, text.data() + at, part.end - at, static_cast<off_t>(at));
        if (n < 0 && errno == EINTR)
          continue;
        if (n <= 0) {
          part.failed = n < 0;
          return;
        }
        part.got += static_cast<std::size_t>(n);
      }
    });
  }
  run_tasks(runner, tasks);
  std::size_t got = 0;
  for (const Part& part : parts) {
    if (part.failed)
      return std::nullopt;
    got += part.got;
    if (part.begin + part.got < part.end)
      break;
  }
  return got;
}

}  // namespace

SourceFile::SourceFile(std::string display_path, std::string text)
    : path_(std::move(display_path)), text_(std::move(text)) {
  lines_ = line_marks_in(text_, 0, text_.size());
}

SourceFile::SourceFile(std::string display_path, std::string text, LineMarks lines)
    : path_(std::move(display_path)), text_(std::move(text)), lines_(std::move(lines)) {}

std::size_t SourceFile::line_start(std::size_t index) const {
  const auto mark = std::prev(
      std::upper_bound(lines_.marks.begin(), lines_.marks.end(), index,
                       [](std::size_t line, const LineMarks::Mark& m) { return line < m.line; }));
  std::size_t start = mark->offset;
  for (std::size_t line = mark->line; line < index; ++line)
    start = text_.find('\n', start) + 1;
  return start;
}

std::string_view SourceFile::line_from(std::size_t start) const {
  std::size_t end = text_.find('\n', start);
  if (end == std::string::npos)
    end = text_.size();
  if (end > start && text_[end - 1] == '\r')
    --end;
  return std::string_view(text_).substr(start, end - start);
}

std::string_view SourceFile::line(int line_number) const {
  if (line_number < 1 || line_number > line_count())
    return {};
  return line_from(line_start(static_cast<std::size_t>(line_number - 1)));
}

std::string_view SourceFile::line_after(std::string_view previous) const {
  const auto end = static_cast<std::size_t>(previous.data() + previous.size() - text_.data());
  const std::size_t lf = text_.find('\n', end);
  // The LF that ends the text starts no line: past the last, an empty view
  // at the text's end, so that it can be asked again.
  if (lf == std::string::npos || lf + 1 >= text_.size())
    return std::string_view(text_).substr(text_.size());
  return line_from(lf + 1);
}

SourceSpan SourceFile::span_at_byte(int line_number, int byte_column, int length_chars) const {
  SourceSpan span;
  span.file = path_;
  span.line = line_number;
  const std::string_view text = line(line_number);
  const auto bytes =
      std::min<std::size_t>(static_cast<std::size_t>(std::max(byte_column, 0)), text.size());
  span.column = static_cast<int>(utf8::length(text.substr(0, bytes))) + 1;
  span.length = std::max(length_chars, 1);
  auto excerpt = line_excerpt(text, span.column);
  span.line_text = std::move(excerpt.text);
  span.excerpt_skipped = excerpt.skipped;
  return span;
}

SourceSpan SourceFile::span_of_line(int line_number) const {
  const std::string_view text = line(line_number);
  const auto indent = text.find_first_not_of(" \t");
  const int column = indent == std::string_view::npos ? 0 : static_cast<int>(indent);
  const auto length = utf8::length(text.substr(static_cast<std::size_t>(column)));
  return span_at_byte(line_number, column, static_cast<int>(length));
}

std::pair<int, int> SourceFile::position_of(std::size_t offset) const {
  const auto mark = std::prev(
      std::upper_bound(lines_.marks.begin(), lines_.marks.end(), offset,
                       [](std::size_t at, const LineMarks::Mark& m) { return at < m.offset; }));
  // The LFs before `offset` from the mark on each start a line, but one that ends the text.
  const std::size_t ends_lines =
      !text_.empty() && text_.back() == '\n' ? text_.size() - 1 : text_.size();
  const std::size_t last = std::min(offset, ends_lines);
  std::size_t index = mark->line;
  std::size_t start = mark->offset;
  for (std::size_t at = start; at < last;) {
    const auto* lf = static_cast<const char*>(std::memchr(text_.data() + at, '\n', last - at));
    if (lf == nullptr)
      break;
    at = static_cast<std::size_t>(lf - text_.data()) + 1;
    start = at;
    ++index;
  }
  return {static_cast<int>(index) + 1, static_cast<int>(offset - start)};
}

std::optional<SourceFile> make_source_file(std::string display_path, std::string text,
                                           Diagnostics& diagnostics, const ReadLimits& limits,
                                           const TaskRunner& runner) {
  if (text.size() > limits.max_bytes) {
    diagnostics.error("file.too-large", {{"path", display_path},
                                         {"size", mebibytes(text.size())},
                                         {"limit", mebibytes(limits.max_bytes)}});
    return std::nullopt;
  }
  if (text.starts_with("\xEF\xBB\xBF"))
    text.erase(0, 3);
  TextScan found = scan_text(text, runner);
  if (found.nul) {
    SourceFile file(display_path, text, std::move(found.lines));
    const auto [line, column] = file.position_of(*found.nul);
    diagnostics.error("file.binary", {{"path", display_path}}, file.span_at_byte(line, column));
    return std::nullopt;
  }
  // Where the first bad byte is, found again in one pass: the parts only tell whether there is one.
  if (const auto bad = found.utf8 ? std::nullopt : utf8::first_invalid(text)) {
    // Quote the line with the bad byte replaced, so the message itself stays valid UTF-8.
    const auto byte = static_cast<unsigned char>(text[*bad]);
    char hex[8];
    static constexpr char digits[] = "0123456789ABCDEF";
    hex[0] = '0', hex[1] = 'x', hex[2] = digits[byte >> 4], hex[3] = digits[byte & 0xF], hex[4] = 0;
    std::string cleaned = text;
    for (std::size_t i = 0; i < cleaned.size();) {
      if (const auto next_bad = utf8::first_invalid(std::string_view(cleaned).substr(i))) {
        cleaned[i + *next_bad] = '?';
        i += *next_bad + 1;
      } else {
        break;
      }
    }
    SourceFile file(display_path, std::move(cleaned));
    const auto [line, column] = file.position_of(*bad);
    diagnostics.error("file.not-utf8", {{"path", display_path}, {"byte", hex}},
                      file.span_at_byte(line, column));
    return std::nullopt;
  }
  return SourceFile(std::move(display_path), std::move(text), std::move(found.lines));
}

std::optional<SourceFile> read_source_file(const std::filesystem::path& path,
                                           const std::string& display_path,
                                           Diagnostics& diagnostics, const ReadLimits& limits,
                                           const TaskRunner& runner) {
  // Opened first and asked about through the open file: one lookup of the
  // path instead of three (the two stat calls were 6 % of reading 1 000
  // cases without the cache), and the file read is the file checked.
  // O_NONBLOCK: a pipe in the file's place is refused below, never waited on.
  const OpenFile file{::open(path.c_str(), O_RDONLY | O_NONBLOCK | O_NOCTTY | O_CLOEXEC)};
  if (file.fd < 0) {
    // Why it could not be opened, in the words a person can act on: a
    // folder on the way that cannot be searched makes a file unreadable,
    // not absent.
    const bool absent = errno == ENOENT || errno == ENOTDIR;
    struct stat st {};
    if (absent)
      diagnostics.error("file.not-found", {{"path", display_path}});
    else if (::stat(path.c_str(), &st) == 0 && !S_ISREG(st.st_mode))
      diagnostics.error("file.not-regular", {{"path", display_path}});
    else
      diagnostics.error("file.unreadable", {{"path", display_path}});
    return std::nullopt;
  }
  struct stat st {};
  if (::fstat(file.fd, &st) != 0) {
    diagnostics.error("file.unreadable", {{"path", display_path}});
    return std::nullopt;
  }
  if (!S_ISREG(st.st_mode)) {
    diagnostics.error("file.not-regular", {{"path", display_path}});
    return std::nullopt;
  }
  const auto size = static_cast<std::uintmax_t>(st.st_size);
  if (size > limits.max_bytes) {
    diagnostics.error("file.too-large", {{"path", display_path},
                                         {"size", mebibytes(size)},
                                         {"limit", mebibytes(limits.max_bytes)}});
    return std::nullopt;
  }
  // No more than the size said: a file that grows while it is read is read
  // up to that size. Its pages made ready on every thread, then sized: a
  // score table of 29 MB filled with zeros on one thread took 12 ms.
  std::string text;
  reserve_ready(text, static_cast<std::size_t>(size), static_cast<std::size_t>(size), runner);
  text.resize(static_cast<std::size_t>(size));
  const auto got = read_parts(file.fd, text, runner);
  if (!got) {
    diagnostics.error("file.unreadable", {{"path", display_path}});
    return std::nullopt;
  }
  text.resize(*got);
  return make_source_file(display_path, std::move(text), diagnostics, limits, runner);
}

bool nothing_at(const std::filesystem::path& path) {
  struct stat st {};
  return ::stat(path.c_str(), &st) != 0 && (errno == ENOENT || errno == ENOTDIR);
}

bool cannot_search(const std::filesystem::path& folder) {
  struct stat st {};
  return ::stat((folder / ".").c_str(), &st) != 0 && errno == EACCES;
}

}  // namespace procure
