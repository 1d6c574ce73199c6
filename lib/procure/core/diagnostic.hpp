#pragma once
// Problems found in input, collected rather than thrown, so that one run
// reports all of them. A diagnostic names a catalog code, its arguments and
// where in which file it was found; the app renders it in the user's language.

#include <cstddef>
#include <initializer_list>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "procure/core/message_catalog.hpp"

namespace procure {

enum class Severity { error, warning };

// A place in a source file. Line and column are 1-based; the column counts
// characters (not bytes) so that it matches what an editor shows.
struct SourceSpan {
  std::string file;
  int line = 0;
  int column = 0;
  int length = 1;
  // The line, or when it is long the part around the column (see line_excerpt).
  std::string line_text;
  int excerpt_skipped = 0;  // characters of the line cut before line_text's "…"

  // The 1-based character of line_text the column stands at.
  int excerpt_column() const {
    return excerpt_skipped == 0 ? column : column - excerpt_skipped + 1;
  }

  // "kmd/evaluation/alfa.yaml:5:5", as a message names an earlier place.
  std::string place() const;

  bool operator==(const SourceSpan&) const = default;
};

// An argument cut by Diagnostics::add, and the characters it had.
struct ShortenedArg {
  std::string name;
  std::size_t length = 0;
};

struct Diagnostic {
  Severity severity = Severity::error;
  std::string code;
  MessageArgs args;
  std::optional<SourceSpan> where;
  std::vector<ShortenedArg> shortened = {};
};

// Cuts each argument of `diagnostic` longer than `max_chars` characters to
// its first `keep_chars` and "…" (bounded_value), noting its length in
// `shortened`; the arguments named in `whole` are left as they are.
void shorten_arguments(Diagnostic& diagnostic, std::size_t max_chars, std::size_t keep_chars,
                       std::initializer_list<std::string_view> whole = {});

class Diagnostics {
 public:
  // Past this many, the rest are counted but not kept, and one more item
  // (diagnostics.too-many, last) says how many errors and warnings were left
  // out: a thousand errors from one broken file help nobody and cost memory.
  // The counts stay exact, so leaving warnings out never turns them into an
  // error (and never changes an exit code).
  static constexpr std::size_t max_items = 200;

  // Every argument is bounded: one longer than this many characters is cut,
  // with its length noted (see shorten_arguments). Readers that echo input
  // values cut them far shorter.
  static constexpr std::size_t max_argument_chars = 2000;

  void add(Diagnostic diagnostic);
  // Whether the next one will be kept: a caller may skip finding the place
  // of one that will only be counted (a place costs as much as its line is
  // long, and a line may hold a hundred thousand faults).
  bool keeps_more() const { return items_.size() < max_items; }
  // Counts one that is not kept (once keeps_more() is false).
  void count_left_out(Severity severity);
  void error(std::string code, MessageArgs args = {}, std::optional<SourceSpan> where = {});
  void warning(std::string code, MessageArgs args = {}, std::optional<SourceSpan> where = {});
  void append(const Diagnostics& other);
  // Adds those of `other` that are not here already (the same code,
  // arguments and place): a problem two readers of one file find is shown once.
  void append_unseen(const Diagnostics& other);

  // At most max_items, then the note of what was left out.
  const std::vector<Diagnostic>& items() const { return items_; }
  // Every error and warning added, kept or left out (the note not counted).
  int error_count() const { return errors_; }
  int warning_count() const { return warnings_; }
  bool has_errors() const { return error_count() > 0; }
  bool empty() const { return items_.empty(); }
  // True once max_items was reached and later diagnostics were left out.
  bool truncated() const { return omitted_errors_ + omitted_warnings_ > 0; }
  int omitted_count() const { return omitted_errors_ + omitted_warnings_; }

  // Orders by file, line and column, keeping the order of equal places, so
  // that output reads top to bottom whatever order the checks ran in.
  void sort_by_place();

 private:
  void omit(int errors, int warnings);

  std::vector<Diagnostic> items_;
  int errors_ = 0;
  int warnings_ = 0;
  int omitted_errors_ = 0;
  int omitted_warnings_ = 0;
};

}  // namespace procure
