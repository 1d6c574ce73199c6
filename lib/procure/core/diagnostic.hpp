#pragma once
// Problems found in input, collected rather than thrown, so that one run
// reports all of them. A diagnostic names a catalog code, its arguments and
// where in which file it was found; the app renders it in the user's language.

#include <cstddef>
#include <optional>
#include <string>
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
  std::string line_text;
};

struct Diagnostic {
  Severity severity = Severity::error;
  std::string code;
  MessageArgs args;
  std::optional<SourceSpan> where;
};

class Diagnostics {
 public:
  // Past this many, one more diagnostic says the rest are not shown: a
  // thousand errors from one broken file help nobody and cost memory.
  static constexpr std::size_t max_items = 200;

  void add(Diagnostic diagnostic);
  void error(std::string code, MessageArgs args = {}, std::optional<SourceSpan> where = {});
  void warning(std::string code, MessageArgs args = {}, std::optional<SourceSpan> where = {});
  void append(const Diagnostics& other);

  const std::vector<Diagnostic>& items() const { return items_; }
  int error_count() const;
  int warning_count() const;
  bool has_errors() const { return error_count() > 0; }
  bool empty() const { return items_.empty(); }
  // True once max_items was reached and later diagnostics were dropped.
  bool truncated() const { return truncated_; }

  // Orders by file, line and column, keeping the order of equal places, so
  // that output reads top to bottom whatever order the checks ran in.
  void sort_by_place();

 private:
  std::vector<Diagnostic> items_;
  bool truncated_ = false;
};

}  // namespace procure
