#pragma once
// A text file held in memory with an index of its lines, so that any
// diagnostic can quote the line it points at.

#include <cstddef>
#include <filesystem>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "procure/core/diagnostic.hpp"
#include "procure/core/task_runner.hpp"

namespace procure {

struct ReadLimits {
  // Case files are hand-written; anything larger is a mistake or an attack.
  std::size_t max_bytes = 16u * 1024u * 1024u;
};

// Where some of a text's lines start, and how many lines it has. A line
// starts at the text's start and after each LF but one that ends the text.
// Marked are the first line and every 16th after it (each part of a text
// read in parts counts from its own first line): the others are found by
// walking from the mark before them. A start kept for every line took
// 8 bytes a line, 20 times the size of a table of blank lines.
struct LineMarks {
  struct Mark {
    std::size_t line = 0;  // counted from 0
    std::size_t offset = 0;
  };
  static constexpr std::size_t stride = 16;
  std::vector<Mark> marks;
  std::size_t count = 0;
};

class SourceFile {
 public:
  // `display_path` is how the file is named in messages (as the user gave it).
  SourceFile(std::string display_path, std::string text);
  // `lines`: the marks of `text`'s lines, as the constructor above finds
  // them (found by make_source_file, in parts).
  SourceFile(std::string display_path, std::string text, LineMarks lines);

  const std::string& path() const { return path_; }
  const std::string& text() const { return text_; }
  int line_count() const { return static_cast<int>(lines_.count); }

  // The line without its end-of-line characters; empty if out of range.
  std::string_view line(int line_number) const;
  // The line after `previous`, a line this file gave, without walking from
  // a mark (a reader going down the lines asks for each); empty after the last.
  std::string_view line_after(std::string_view previous) const;

  // A span at a 1-based line and 0-based byte offset within that line; the
  // column is converted to characters.
  SourceSpan span_at_byte(int line_number, int byte_column, int length_chars = 1) const;
  // A span covering the whole line start (for findings about a line).
  SourceSpan span_of_line(int line_number) const;
  // The line and byte column of a byte offset in the whole text.
  std::pair<int, int> position_of(std::size_t offset) const;

 private:
  // Where the line with 0-based index `index` starts.
  std::size_t line_start(std::size_t index) const;
  // The line that starts at `start`, without its end-of-line characters.
  std::string_view line_from(std::size_t start) const;

  std::string path_;
  std::string text_;
  LineMarks lines_;
};

// Reads a file for parsing: refuses files over the size limit, files with
// NUL bytes and text that is not UTF-8, each with a diagnostic that says
// where. A UTF-8 byte order mark is dropped. With a runner, a large file is
// read and checked in parts at once (a score table of 30 MB kept one
// thread busy for a tenth of ranking it while the other waited).
std::optional<SourceFile> read_source_file(const std::filesystem::path& path,
                                           const std::string& display_path,
                                           Diagnostics& diagnostics, const ReadLimits& limits = {},
                                           const TaskRunner& runner = {});

// Whether nothing is at `path`. False where something is there, and where a
// folder on the way cannot be searched: reading the file then says so,
// where taking it for absent would pass over it in silence.
bool nothing_at(const std::filesystem::path& path);

// Whether `folder` is there but no name in it can be looked up (no search
// permission): each file in it would say only that it cannot be read.
bool cannot_search(const std::filesystem::path& folder);

// The same checks for text already in memory (used by the fuzzer and tests).
std::optional<SourceFile> make_source_file(std::string display_path, std::string text,
                                           Diagnostics& diagnostics, const ReadLimits& limits = {},
                                           const TaskRunner& runner = {});

}  // namespace procure
