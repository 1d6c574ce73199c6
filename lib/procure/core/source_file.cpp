#include "procure/core/source_file.hpp"

#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

#include <algorithm>
#include <cerrno>
#include <cstring>
#include <system_error>

#include "procure/core/bounded_text.hpp"
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

}  // namespace

SourceFile::SourceFile(std::string display_path, std::string text)
    : path_(std::move(display_path)), text_(std::move(text)) {
  line_starts_.push_back(0);
  // memchr finds the line ends many bytes a step: a byte loop was a twentieth
  // of ranking a large score table.
  const char* const begin = text_.data();
  const char* const end = begin + text_.size();
  for (const char* at = begin; at != end;) {
    const auto* lf =
        static_cast<const char*>(std::memchr(at, '\n', static_cast<std::size_t>(end - at)));
    if (lf == nullptr || lf + 1 == end)
      break;
    at = lf + 1;
    line_starts_.push_back(static_cast<std::size_t>(at - begin));
  }
}

std::string_view SourceFile::line(int line_number) const {
  if (line_number < 1 || line_number > line_count())
    return {};
  const std::size_t start = line_starts_[static_cast<std::size_t>(line_number - 1)];
  std::size_t end = text_.find('\n', start);
  if (end == std::string::npos)
    end = text_.size();
  if (end > start && text_[end - 1] == '\r')
    --end;
  return std::string_view(text_).substr(start, end - start);
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
  const auto it = std::upper_bound(line_starts_.begin(), line_starts_.end(), offset);
  const auto index = static_cast<std::size_t>(it - line_starts_.begin()) - 1;
  return {static_cast<int>(index) + 1, static_cast<int>(offset - line_starts_[index])};
}

std::optional<SourceFile> make_source_file(std::string display_path, std::string text,
                                           Diagnostics& diagnostics, const ReadLimits& limits) {
  if (text.size() > limits.max_bytes) {
    diagnostics.error("file.too-large", {{"path", display_path},
                                         {"size", mebibytes(text.size())},
                                         {"limit", mebibytes(limits.max_bytes)}});
    return std::nullopt;
  }
  if (text.starts_with("\xEF\xBB\xBF"))
    text.erase(0, 3);
  if (const auto nul = text.find('\0'); nul != std::string::npos) {
    SourceFile file(display_path, text);
    const auto [line, column] = file.position_of(nul);
    diagnostics.error("file.binary", {{"path", display_path}}, file.span_at_byte(line, column));
    return std::nullopt;
  }
  if (const auto bad = utf8::first_invalid(text)) {
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
  return SourceFile(std::move(display_path), std::move(text));
}

std::optional<SourceFile> read_source_file(const std::filesystem::path& path,
                                           const std::string& display_path,
                                           Diagnostics& diagnostics, const ReadLimits& limits) {
  // Opened first and asked about through the open file: one lookup of the
  // path instead of three (the two stat calls were 6 % of reading 1 000
  // cases without the cache), and the file read is the file checked.
  // O_NONBLOCK: a pipe in the file's place is refused below, never waited on.
  const OpenFile file{::open(path.c_str(), O_RDONLY | O_NONBLOCK | O_NOCTTY | O_CLOEXEC)};
  if (file.fd < 0) {
    // Why it could not be opened, in the words a person can act on.
    std::error_code ec;
    const auto status = std::filesystem::status(path, ec);
    if (ec || !std::filesystem::exists(status))
      diagnostics.error("file.not-found", {{"path", display_path}});
    else if (!std::filesystem::is_regular_file(status))
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
  // No more than the size said: a file that grows while it is read is read up to that size.
  std::string text(static_cast<std::size_t>(size), '\0');
  std::size_t got = 0;
  while (got < text.size()) {
    const ssize_t n = ::read(file.fd, text.data() + got, text.size() - got);
    if (n < 0 && errno == EINTR)
      continue;
    if (n < 0) {
      diagnostics.error("file.unreadable", {{"path", display_path}});
      return std::nullopt;
    }
    if (n == 0)
      break;
    got += static_cast<std::size_t>(n);
  }
  text.resize(got);
  return make_source_file(display_path, std::move(text), diagnostics, limits);
}

}  // namespace procure
