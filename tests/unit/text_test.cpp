#include <doctest/doctest.h>

#include <cerrno>
#include <set>
#include <string>
#include <vector>

#include "../shared/part_runners.hpp"
#include "common/app_catalog.hpp"
#include "procure/core/source_file.hpp"
#include "procure/core/suggest.hpp"
#include "procure/core/system_reason.hpp"
#include "procure/core/utf8.hpp"
#include "procure/text/blank_text.hpp"
#include "procure/text/web_address.hpp"
#include "test_support.hpp"

using namespace procure;

TEST_CASE("utf8: validation finds the first bad byte") {
  CHECK_FALSE(utf8::first_invalid("blåbær æøå").has_value());
  CHECK(utf8::first_invalid("ab\xFF"
                            "cd") == 2u);
  CHECK(utf8::first_invalid("\xC0\xAF") == 0u);           // overlong '/'
  CHECK(utf8::first_invalid("\xED\xA0\x80") == 0u);       // surrogate
  CHECK(utf8::first_invalid("x\xF4\x90\x80\x80") == 1u);  // above U+10FFFF
  CHECK(utf8::first_invalid("\xE2\x82") == 0u);           // truncated
}

TEST_CASE("source files: a line starts after each LF but one that ends the text") {
  // Every text of up to 18 bytes with LFs, CRs or a two-byte character at
  // up to two places among plain bytes, against a byte loop.
  const std::vector<std::string> pieces = {"\n", "\r", "\r\n", "\xc3\xb8", "\n\n"};
  int checked = 0;
  for (std::size_t length = 0; length <= 18; ++length) {
    for (std::size_t first = 0; first <= length; ++first) {
      for (std::size_t second = first; second <= length; second += 3) {
        for (const auto& a : pieces) {
          for (const auto& b : pieces) {
            std::string text(length, 'x');
            text.insert(second, b);
            text.insert(first, a);
            const SourceFile file("t", text);
            std::vector<std::size_t> expected = {0};
            for (std::size_t i = 0; i < text.size(); ++i) {
              if (text[i] == '\n' && i + 1 < text.size())
                expected.push_back(i + 1);
            }
            REQUIRE(file.line_count() == static_cast<int>(expected.size()));
            for (std::size_t line = 0; line < expected.size(); ++line) {
              const auto [number, column] = file.position_of(expected[line]);
              CHECK(number == static_cast<int>(line) + 1);
              CHECK(column == 0);
            }
            ++checked;
          }
        }
      }
    }
  }
  CHECK(checked > 10000);
}

namespace {

// What reading a text gives: the text and where each line starts, or the problems and where.
std::string read_result(const std::optional<SourceFile>& file, const Diagnostics& diagnostics) {
  std::string shown;
  if (file) {
    shown = "text " + file->text() + " lines";
    for (int line = 1; line <= file->line_count(); ++line)
      shown += " " + std::to_string(file->line(line).data() - file->text().data());
  }
  for (const auto& d : diagnostics.items()) {
    REQUIRE(d.where.has_value());
    shown += " " + d.code + "@" + std::to_string(d.where->line) + ":" +
             std::to_string(d.where->column) + " " + d.where->line_text;
    for (const auto& [name, value] : d.args)
      shown += " " + name + "=" + value;
  }
  return shown;
}

}  // namespace

TEST_CASE("source files: read and checked in parts, the same as in one pass") {
  // Texts of plain bytes, line ends, characters of two to four bytes, NULs,
  // bytes that are not UTF-8 (a lone continuation byte, a character cut
  // short, a surrogate, 0xFF) and byte order marks at the start and within,
  // split into parts wherever the runners split them, read from memory and
  // from a file.
  const std::vector<std::string> pieces = {
      "x", "yz", "\n", "\r\n", "\r", "\xc3\xb8", "\xe2\x82\xac", "\xf0\x9f\x98\x80", "\n\n"};
  const std::vector<std::string> flaws = {
      "", std::string(1, '\0'), "\x80", "\xe2\x82", "\xed\xa0\x80", "\xff", "\xef\xbb\xbf"};
  std::vector<std::size_t> task_counts;
  const auto runners = test::part_runners(task_counts);
  test::TempDir dir;
  std::uint32_t seed = 7;
  int checked = 0;
  for (int n = 0; n < 300; ++n) {
    std::string text;
    const auto count = static_cast<std::size_t>(n % 40);
    for (std::size_t i = 0; i < count; ++i) {
      seed = seed * 1664525u + 1013904223u;
      text += pieces[(seed >> 16) % pieces.size()];
    }
    const std::string& flaw = flaws[static_cast<std::size_t>(n) % flaws.size()];
    // Twice in every other text: the first is the one reported.
    for (int copy = 0; copy < 1 + n % 2; ++copy) {
      seed = seed * 1664525u + 1013904223u;
      text.insert(text.empty() ? 0 : (seed >> 8) % text.size(), flaw);
    }
    if (n % 11 == 0)
      text.insert(0, "\xef\xbb\xbf");
    dir.write("t.csv", text);
    Diagnostics once_problems;
    const auto once = make_source_file("t.csv", text, once_problems);
    const std::string expected = read_result(once, once_problems);
    for (const TaskRunner& runner : runners) {
      Diagnostics in_memory_problems;
      const auto in_memory = make_source_file("t.csv", text, in_memory_problems, {}, runner);
      CHECK(read_result(in_memory, in_memory_problems) == expected);
      Diagnostics from_file_problems;
      const auto from_file =
          read_source_file(dir.path / "t.csv", "t.csv", from_file_problems, {}, runner);
      CHECK(read_result(from_file, from_file_problems) == expected);
      ++checked;
    }
  }
  CHECK(checked == 300 * static_cast<int>(runners.size()));
  // Texts were split, the longer ones into dozens of parts.
  CHECK(std::find(task_counts.begin(), task_counts.end(), 2u) != task_counts.end());
  CHECK(*std::max_element(task_counts.begin(), task_counts.end()) > 16u);
}

TEST_CASE("source files: every line and every offset's place, as an index of every line gives") {
  // Texts of up to some 300 lines, blank ones in runs, with and without a
  // last LF, read in one pass and in parts: the lines between the marks
  // kept are found again as a start kept for each line would find them.
  std::vector<std::size_t> task_counts;
  auto runners = test::part_runners(task_counts);
  runners.insert(runners.begin(), TaskRunner{});
  const std::vector<std::string> pieces = {"a", "bc", "\n", "\n\n\n\n\n", "\r\n", "d\n"};
  std::uint32_t seed = 11;
  for (int n = 0; n < 120; ++n) {
    std::string text;
    const int count = n * 5;
    for (int i = 0; i < count; ++i) {
      seed = seed * 1664525u + 1013904223u;
      text += pieces[(seed >> 16) % pieces.size()];
    }
    // Where each line starts: at 0, and after each LF but one that ends the text.
    std::vector<std::size_t> starts{0};
    for (std::size_t i = 0; i + 1 < text.size(); ++i) {
      if (text[i] == '\n')
        starts.push_back(i + 1);
    }
    for (const TaskRunner& runner : runners) {
      Diagnostics problems;
      const auto file = make_source_file("t.csv", text, problems, {}, runner);
      REQUIRE(file);
      REQUIRE(file->line_count() == static_cast<int>(starts.size()));
      for (std::size_t line = 0; line < starts.size(); ++line) {
        const std::size_t end = line + 1 < starts.size() ? starts[line + 1] : text.size();
        std::string_view expected = std::string_view(text).substr(starts[line], end - starts[line]);
        if (expected.ends_with('\n'))
          expected.remove_suffix(1);
        if (expected.ends_with('\r'))
          expected.remove_suffix(1);
        CHECK(file->line(static_cast<int>(line) + 1) == expected);
        // Going down the lines gives the same lines.
        if (line > 0) {
          const std::string_view after = file->line_after(file->line(static_cast<int>(line)));
          CHECK(after == expected);
          CHECK(after.data() == file->text().data() + starts[line]);
        }
      }
      // Past the last line: empty, and empty again when asked again.
      const std::string_view past = file->line_after(file->line(file->line_count()));
      CHECK(past.empty());
      CHECK(file->line_after(past).empty());
      for (std::size_t offset = 0; offset <= text.size(); ++offset) {
        const auto line = static_cast<std::size_t>(
            std::upper_bound(starts.begin(), starts.end(), offset) - starts.begin() - 1);
        CHECK(file->position_of(offset) ==
              std::pair{static_cast<int>(line) + 1, static_cast<int>(offset - starts[line])});
      }
    }
  }
  CHECK(*std::max_element(task_counts.begin(), task_counts.end()) > 16u);
}

TEST_CASE("utf8: widths for alignment") {
  CHECK(utf8::length("Træna") == 5u);
  CHECK(utf8::display_width("Træna") == 5u);
  CHECK(utf8::display_width("e\xCC\x81") == 1u);     // e + combining acute
  CHECK(utf8::display_width("\xE6\x97\xA5") == 2u);  // a CJK character
  // Runs of ASCII longer than the eight bytes taken at a time, broken by
  // wide, combining and invalid bytes, at the start, inside and at the end.
  CHECK(utf8::display_width("0123456789\xE6\x97\xA5\xE6\x9C\xAC") == 14u);
  CHECK(utf8::display_width("abcdefgh\xFF"
                            "abcdefgh") == 17u);
  CHECK(utf8::display_width("abcdefghijklmnope\xCC\x81") == 17u);
  CHECK(utf8::display_width("\xCC\x81"
                            "abcdefghijklmnopq\x01\x7F") == 19u);
  CHECK(utf8::display_width("Tr\xC3\xA6na og Tr\xC3\xB8ndelag, 14 dager") == 28u);
  CHECK(utf8::pad_right("æ", 3) == "æ  ");
  CHECK(utf8::pad_left("ø", 2) == " ø");
}

TEST_CASE("suggestions: near misses only") {
  const std::vector<std::string> keys{"quality_scoring", "price_model", "evaluator_scores",
                                      "criteria"};
  CHECK(nearest("quality_scorng", keys) == "quality_scoring");
  CHECK(nearest("price-model", keys) == "price_model");
  CHECK(nearest("critiera", keys) == "criteria");
  CHECK_FALSE(nearest("budget", keys).has_value());
  CHECK(edit_distance("ab", "ba") == 1u);
}

TEST_CASE("substitution of named arguments") {
  CHECK(substitute("{a} and {b}", {{"a", "1"}, {"b", "2"}}) == "1 and 2");
  CHECK(substitute("{missing}", {}) == "{missing}");
  CHECK(substitute("{at: 2018-01-01, title: X}", {{"at", "no"}}) == "{at: 2018-01-01, title: X}");
  // Braces that open no placeholder are text, wherever they stand.
  const MessageArgs a{{"a", "1"}};
  CHECK(substitute("", a).empty());
  CHECK(substitute("{", a) == "{");
  CHECK(substitute("}", a) == "}");
  CHECK(substitute("a{", a) == "a{");
  CHECK(substitute("{a", a) == "{a");
  CHECK(substitute("{{a}}", a) == "{1}");
  CHECK(substitute("{ a}{a}", a) == "{ a}1");
  CHECK(substitute("x{a}y{b}z{a}", a) == "x1y{b}z1");
  CHECK(substitute("{a}", {{"a", "{a}"}}) == "{a}");
  CHECK(placeholders("{b} {a} {b} {not a name}") == std::vector<std::string>{"a", "b"});
}

TEST_CASE("catalog: every message in three languages with the same arguments") {
  const MessageCatalog& catalog = cli::app_catalog();
  CHECK(catalog.duplicate_codes().empty());
  for (const MessageDef* def : catalog.entries()) {
    CAPTURE(def->code);
    CHECK_FALSE(def->text.en.empty());
    CHECK_FALSE(def->text.nb.empty());
    CHECK_FALSE(def->text.nn.empty());
    CHECK(placeholders(def->text.en) == placeholders(def->text.nb));
    CHECK(placeholders(def->text.en) == placeholders(def->text.nn));
    const bool has_hint = !def->hint.empty();
    if (has_hint) {
      CHECK_FALSE(def->hint.en.empty());
      CHECK_FALSE(def->hint.nb.empty());
      CHECK_FALSE(def->hint.nn.empty());
      CHECK(placeholders(def->hint.en) == placeholders(def->hint.nb));
      CHECK(placeholders(def->hint.en) == placeholders(def->hint.nn));
    }
  }
}

TEST_CASE("catalog: a failed call's reason in the reader's words, its errno's name kept") {
  const MessageCatalog& catalog = cli::app_catalog();
  CHECK(system_reason_arg(ENOSPC) ==
        std::pair<std::string, std::string>{"system_reason", "ENOSPC"});
  CHECK(catalog.text(Lang::nb, "output.write-failed", {{"path", "x"}, system_reason_arg(ENOSPC)}) ==
        "kan ikke skrive x: det er ikke mer plass på disken");
  CHECK(catalog.text(Lang::nn, "output.write-failed", {{"path", "x"}, system_reason_arg(EACCES)}) ==
        "kan ikkje skrive x: ingen tilgang");
  // An errno without words here, and a number without a name.
  CHECK(catalog.text(Lang::en, "output.write-failed",
                     {{"path", "x"}, system_reason_arg(EHOSTDOWN)}) ==
        "cannot write x: system error EHOSTDOWN");
  CHECK(catalog.text(Lang::nb, "output.write-failed", {{"path", "x"}, system_reason_arg(4095)}) ==
        "kan ikke skrive x: systemfeil 4095");
  // What reading and writing files can meet has words.
  for (const int errnum : {EACCES, EPERM, ENOENT,  ENOTDIR,      EISDIR, EEXIST, ENOSPC,
                           EDQUOT, EROFS, EIO,     ENAMETOOLONG, ELOOP,  EMFILE, ENFILE,
                           ENOMEM, EFBIG, ETXTBSY, EBUSY,        EXDEV,  EPIPE,  ENOTEMPTY}) {
    CAPTURE(errnum);
    CHECK(catalog.find(system_reason_code(system_reason_arg(errnum).second)) != nullptr);
  }
  // Every reason the catalog words is an errno's name.
  std::set<std::string> names;
  for (int errnum = 1; errnum < 256; ++errnum)
    names.insert(system_reason_arg(errnum).second);
  for (const MessageDef* def : catalog.entries()) {
    const std::string_view code = def->code;
    if (code.starts_with("reason.") && code != other_system_reason_code) {
      CAPTURE(code);
      CHECK(names.contains(std::string(code.substr(7))));
    }
  }
}

TEST_CASE("catalog: counted phrases come in pairs") {
  const MessageCatalog& catalog = cli::app_catalog();
  for (const MessageDef* def : catalog.entries()) {
    const std::string_view code = def->code;
    if (code.ends_with(".one")) {
      CAPTURE(code);
      CHECK(catalog.find(std::string(code.substr(0, code.size() - 4)) + ".many") != nullptr);
    }
  }
}

TEST_CASE("web addresses: plain http(s) with a host, nothing that could end it early") {
  CHECK(is_web_address("https://konkurranse.example/solvik/2025-117"));
  CHECK(is_web_address("http://example.no"));
  CHECK_FALSE(is_web_address("www.example.no"));
  CHECK_FALSE(is_web_address("https://"));
  CHECK_FALSE(is_web_address("https:///path"));
  CHECK_FALSE(is_web_address("javascript:alert(1)"));
  CHECK_FALSE(is_web_address("https://example.no/a b"));
  CHECK_FALSE(is_web_address("https://example.no/\xE2\x80\xAEgpj.exe"));  // U+202E
  CHECK_FALSE(is_web_address("https://example.no/\n"));
  CHECK(is_web_address("https://e.no/" + std::string(max_web_address_length - 13, 'a')));
  CHECK_FALSE(is_web_address("https://e.no/" + std::string(max_web_address_length - 12, 'a')));
}

TEST_CASE("blank text: spaces of every kind, and what shows nothing, are no text") {
  CHECK(is_blank_text(""));
  CHECK(is_blank_text(" \t\r\n"));
  // No-break, ideographic and narrow no-break space; zero-width space,
  // joiner and word joiner; a byte order mark; a right-to-left mark.
  CHECK(is_blank_text("\u00A0\u3000\u202F\u200B\u200D\u2060\uFEFF\u200F"));
  CHECK_FALSE(is_blank_text("\u00A0.\u00A0"));
  CHECK(trim_blank("\u00A07,5\u3000") == "7,5");
  CHECK(trim_blank("\u00A0a b\u00A0c ") == "a b\u00A0c");
  CHECK(trim_blank("å") == "å");
  // A byte that is not UTF-8 shows (as a replacement character): it stays.
  CHECK(trim_blank(" \xFF ") == "\xFF");
  CHECK(trim_blank("\x80\x80 ") == "\x80\x80");
}
