#pragma once
// What the fuzz targets share: failing loudly with a reason, checking that
// every diagnostic points inside the input, a scratch folder for readers
// that take files, and the example case the readers of a case's files need.
#include <unistd.h>

#include <algorithm>
#include <cstdio>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <string>
#include <string_view>
#include <vector>

#include "procure/core/bounded_text.hpp"
#include "procure/core/diagnostic.hpp"
#include "procure/core/utf8.hpp"
#include "procure/load/case_loader.hpp"
#include "procure/text/acting_characters.hpp"

namespace procure::fuzz {

// A broken invariant: say which, then abort, which libFuzzer and the replay
// test both report as a failure with the input that caused it.
[[noreturn]] inline void fail(const char* what) {
  std::fprintf(stderr, "fuzz invariant broken: %s\n", what);
  std::abort();
}

inline void expect(bool holds, const char* what) {
  if (!holds)
    fail(what);
}

// Whether `text` holds a character that acts instead of showing
// (acting_characters.hpp) other than those of `layout` (ASCII line breaks
// and tabs a format keeps).
inline bool holds_acting_character(std::string_view text, std::string_view layout) {
  for (std::size_t i = 0; i < text.size(); ++i) {
    const auto acting = acting_character_at(text, i);
    if (acting && (acting->code >= 0x80 ||
                   layout.find(static_cast<char>(acting->code)) == std::string_view::npos))
      return true;
  }
  return false;
}

// The lines of a file's text, split here and not by SourceFile: at LF, with
// a CR before it dropped. A byte order mark is dropped too, unless the text
// is a SourceFile's, which has dropped it already.
// A lone CR breaks a line in YAML (YAML 1.2, 5.4), not in CSV or templates.
enum class LoneCr { breaks_line, ordinary };

inline std::vector<std::string_view> lines_of(std::string_view text, bool drop_bom = true,
                                              LoneCr lone_cr = LoneCr::ordinary) {
  if (drop_bom && text.starts_with("\xEF\xBB\xBF"))
    text.remove_prefix(3);
  std::vector<std::string_view> lines;
  while (true) {
    auto end = text.find('\n');
    if (lone_cr == LoneCr::breaks_line) {
      const auto cr = text.find('\r');
      if (cr < end && cr + 1 != end)
        end = cr;
    }
    std::string_view line = text.substr(0, end);
    if (line.ends_with('\r'))
      line.remove_suffix(1);
    lines.push_back(line);
    if (end == std::string_view::npos || end + 1 == text.size())
      break;
    text.remove_prefix(end + 1);
  }
  return lines;
}

// Whether the quoted line is `line`, or a bounded excerpt of it: the line
// from the character where the excerpt starts, marked "…" where it was cut.
inline bool quotes_line(const SourceSpan& where, std::string_view line) {
  constexpr std::string_view cut = "\u2026";
  std::string_view quoted = where.line_text;
  if (where.excerpt_skipped > 0) {
    if (!quoted.starts_with(cut))
      return false;
    quoted.remove_prefix(cut.size());
  }
  // The line from the excerpt's first character on.
  std::size_t start = 0;
  for (int skipped = 0; skipped < where.excerpt_skipped && start < line.size(); ++skipped) {
    char32_t c = 0;
    start += std::max<std::size_t>(1, utf8::decode(line, start, c));
  }
  const std::string_view rest = line.substr(std::min(start, line.size()));
  if (quoted == rest)
    return true;
  // Cut after: what is kept is a bounded start of the rest.
  return quoted.ends_with(cut) && utf8::length(quoted) <= max_value_chars + 1 &&
         rest.starts_with(quoted.substr(0, quoted.size() - cut.size()));
}

// Every diagnostic about `file` names a line of `text` (or the end of the
// text), quotes that very line, and has its column on it (one past its end
// at most).
inline void expect_within(const Diagnostics& diagnostics, std::string_view file,
                          std::string_view text) {
  const auto lines =
      lines_of(text, true, file.ends_with(".yaml") ? LoneCr::breaks_line : LoneCr::ordinary);
  expect(diagnostics.items().size() <= Diagnostics::max_items + 1, "diagnostics are bounded");
  for (const auto& d : diagnostics.items()) {
    if (!d.where || d.where->file != file || d.where->line == 0)
      continue;
    const auto& where = *d.where;
    // A failure names the diagnostic that broke the rule.
    const auto check = [&](bool holds, const char* what) {
      if (holds)
        return;
      std::fprintf(stderr, "%s:%d:%d: %s [%s]\n", where.file.c_str(), where.line, where.column,
                   d.code.c_str(), where.line_text.c_str());
      fail(what);
    };
    // The end of a file that ends with a line break is the start of the line after its last.
    const bool ends_with_break =
        text.ends_with('\n') || (file.ends_with(".yaml") && text.ends_with('\r'));
    if (ends_with_break && static_cast<std::size_t>(where.line) == lines.size() + 1) {
      check(where.line_text.empty() && where.column == 1, "the end of the file is an empty line");
      continue;
    }
    check(where.line >= 1 && static_cast<std::size_t>(where.line) <= lines.size(),
          "a diagnostic's line lies within the input");
    const auto line = lines[static_cast<std::size_t>(where.line - 1)];
    // Text that is not UTF-8 or binary is quoted with each bad byte replaced.
    if (d.code == "file.not-utf8" || d.code == "file.binary") {
      const bool cut = where.excerpt_skipped > 0 || where.line_text.size() != line.size();
      check(!cut || utf8::length(where.line_text) <= max_value_chars + 2,
            "a diagnostic quotes the line it names, or a bounded excerpt of it");
      continue;
    }
    check(quotes_line(where, line), "a diagnostic quotes the line it names");
    check(where.column >= 1 && static_cast<std::size_t>(where.column) <= utf8::length(line) + 1,
          "a diagnostic's column lies on its line");
    check(where.excerpt_column() >= 1, "a diagnostic's column lies in its quoted excerpt");
    check(where.length >= 1, "a diagnostic marks at least one character");
  }
}

// A folder of this process's own, made once, for readers that take paths;
// removed when the process ends normally.
inline const std::filesystem::path& scratch_folder() {
  static const std::filesystem::path folder = [] {
    std::string name = (std::filesystem::temp_directory_path() / "procure-fuzz-XXXXXX").string();
    if (mkdtemp(name.data()) == nullptr)
      fail("cannot make a scratch folder");
    return std::filesystem::path(name);
  }();
  // Registered after the folder is made, so it runs before the folder's name is destroyed.
  static const bool removed_at_exit = std::atexit([] {
                                        std::error_code ignored;
                                        std::filesystem::remove_all(folder, ignored);
                                      }) == 0;
  (void)removed_at_exit;
  return folder;
}

inline void write_file(const std::filesystem::path& path, std::string_view bytes) {
  std::filesystem::create_directories(path.parent_path());
  std::ofstream out(path, std::ios::binary | std::ios::trunc);
  out.write(bytes.data(), static_cast<std::streamsize>(bytes.size()));
  if (!out.flush())
    fail("cannot write a scratch file");
}

// The example case with tenders in YAML (case.yaml only), loaded once:
// tenders, dialogue and protocol are read against it.
inline const Case& example_case() {
  static const Case kase = [] {
    auto load = load_case(
        std::filesystem::path(PROCURE_SOURCE_DIR) / "examples" / "kmd-2018-prosessbistand", "case");
    if (!load.ok())
      fail("the example case does not load");
    return load.value;
  }();
  return kase;
}

}  // namespace procure::fuzz
