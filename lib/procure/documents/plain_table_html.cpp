#include "procure/documents/plain_table_html.hpp"

#include <array>
#include <cstdint>
#include <vector>

#include "procure/core/ascii.hpp"
#include "procure/core/byte_scan.hpp"
#include "procure/core/utf8.hpp"
#include "procure/documents/escaping.hpp"

namespace procure {
namespace {

enum class Alignment { none, left, center, right };

// cmark-gfm counts a table's columns in 16 bits and limits the cells it
// adds to short rows; a table as wide as that is left to it.
constexpr std::size_t most_columns = 256;

// The line at `at` without its line end; nothing when the text ends first.
std::optional<std::string_view> whole_line(std::string_view text, std::size_t at) {
  const auto end = text.find('\n', at);
  if (end == std::string_view::npos)
    return std::nullopt;
  return text.substr(at, end - at);
}

// Where the first '|' or '\\' from `at` on is; the line's size when none is.
// Eight bytes a step: a report's tables are some 17 MB of rows.
std::size_t next_pipe_or_backslash(std::string_view line, std::size_t at) {
  return byte_scan::first_of_two(line, at, '|', '\\');
}

// The cells of a row written "| a | b |": the texts between pipes that no
// backslash escapes, trimmed as cmark-gfm trims them. False for any other line.
bool split_row(std::string_view line, std::vector<std::string_view>& cells) {
  cells.clear();
  if (line.size() < 2 || line.front() != '|' || line.back() != '|')
    return false;
  std::size_t begin = 1;
  for (std::size_t i = next_pipe_or_backslash(line, 1); i < line.size();
       i = next_pipe_or_backslash(line, i + 1)) {
    if (line[i] == '\\') {
      ++i;  // the escaped character, a pipe too, belongs to the cell
    } else {
      cells.push_back(trim_whitespace(std::string_view(line.data() + begin, i - begin)));
      begin = i + 1;
    }
  }
  return begin == line.size() && cells.size() <= most_columns;
}

// A delimiter row's cell: dashes, with a colon on the side it aligns to.
std::optional<Alignment> marker_alignment(std::string_view cell) {
  if (cell.empty())
    return std::nullopt;
  const bool left = cell.front() == ':';
  const bool right = cell.back() == ':';
  const std::size_t colons = std::size_t{left} + std::size_t{right};
  if (cell.size() <= colons ||
      cell.substr(left, cell.size() - colons).find_first_not_of('-') != std::string_view::npos)
    return std::nullopt;
  if (left && right)
    return Alignment::center;
  return left ? Alignment::left : right ? Alignment::right : Alignment::none;
}

// The bytes a cell's plain text cannot simply copy: markup for cmark-gfm
// (code, emphasis, a link or image, raw HTML, an entity), a backslash
// escape, what HTML escapes, control characters and all but ASCII.
constexpr std::array<bool, 256> special_bytes = [] {
  std::array<bool, 256> special{};
  for (std::size_t byte = 0; byte < special.size(); ++byte)
    special[byte] = byte < 0x20 || byte >= 0x7f;
  for (const char c : std::string_view("`*_[]<&\\\">"))
    special[static_cast<unsigned char>(c)] = true;
  return special;
}();

void append_escaped(char c, std::string& html) {
  switch (c) {
    case '"':
      html += "&quot;";
      break;
    case '&':
      html += "&amp;";
      break;
    case '<':
      html += "&lt;";
      break;
    case '>':
      html += "&gt;";
      break;
    default:
      html += c;
  }
}

// A cell's text as cmark-gfm writes plain text: backslash escapes undone,
// then '"', '&', '<' and '>' escaped for HTML. False where cmark-gfm would
// read markup, a control character or bytes that are not UTF-8 (which it
// would replace).
bool append_cell_text(std::string_view text, std::string& html) {
  std::size_t i = 0;
  while (i < text.size()) {
    const std::size_t run = i;
    i = byte_scan::first_marked(text, i, special_bytes);
    html.append(text, run, i - run);
    if (i == text.size())
      break;
    const auto byte = static_cast<unsigned char>(text[i]);
    if (byte >= 0x80) {
      char32_t code_point = 0;
      const std::size_t length = utf8::decode(text, i, code_point);
      if (length == 0)
        return false;
      html.append(text, i, length);
      i += length;
    } else if (byte == '\\') {
      // Not an escaped backslash: the cmark-gfm Debian ships (0.29.0.gfm.6)
      // reads one that ends a cell as escaping the pipe after it.
      if (i + 1 == text.size() || !is_ascii_punctuation(text[i + 1]) || text[i + 1] == '\\')
        return false;
      append_escaped(text[i + 1], html);
      i += 2;
    } else if (text.substr(i).starts_with(address_breaker)) {
      i += address_breaker.size();  // shows nothing, as cmark_html leaves it out
    } else if (byte == '\t' || byte == '"' || byte == '>' ||
               (byte == '&' && (i + 1 == text.size() ||
                                (!is_ascii_alphanumeric(text[i + 1]) && text[i + 1] != '#')))) {
      append_escaped(text[i], html);
      ++i;
    } else {
      return false;
    }
  }
  return true;
}

// Whether a code point stops "**" next to it from opening or closing
// strong emphasis. cmark-gfm asks whether it is Unicode white space; the
// only ones taken here are ASCII and the Latin letters of Norwegian and
// its neighbours, which never are.
bool may_flank_strong(std::string_view text, std::size_t at) {
  const auto byte = static_cast<unsigned char>(text[at]);
  if (byte < 0x80)
    return byte > 0x20 && byte != 0x7f;
  char32_t code_point = 0;
  if (utf8::decode(text, at, code_point) == 0)
    return false;
  return code_point >= 0xc0 && code_point <= 0x17f && code_point != 0xd7 && code_point != 0xf7;
}

// Where the last code point of non-empty valid UTF-8 text starts.
std::size_t last_code_point(std::string_view text) {
  std::size_t at = text.size() - 1;
  while (at > 0 && (static_cast<unsigned char>(text[at]) & 0xc0) == 0x80)
    --at;
  return at;
}

// A cell of plain text, some of it in strong emphasis ("**Price**",
// "2 **(flagged)**"). A "**" opens emphasis with the cell's start or a
// blank before it and a character that is no white space after it, and
// closes it the other way round: cmark-gfm reads such a "**" as an opener
// only or a closer only, as here. Any other star is left to cmark-gfm.
bool append_cell(std::string_view cell, std::string& html) {
  // Most cells are plain text; one with a star is written again (a star is
  // no plain text), sparing every other cell a look for stars first.
  const std::size_t size_before = html.size();
  if (append_cell_text(cell, html))
    return true;
  html.resize(size_before);
  if (cell.find('*') == std::string_view::npos)
    return false;
  std::size_t written = 0;  // where the text not yet written starts
  bool open = false;
  for (std::size_t i = 0; i < cell.size(); ++i) {
    if (cell[i] == '\\') {
      ++i;  // an escaped character is text
      continue;
    }
    if (cell[i] != '*')
      continue;
    if (i + 1 == cell.size() || cell[i + 1] != '*' || (i + 2 < cell.size() && cell[i + 2] == '*'))
      return false;
    const bool blank_before = i == 0 || cell[i - 1] == ' ';
    const bool blank_after = i + 2 == cell.size() || cell[i + 2] == ' ';
    const bool opens = blank_before && !blank_after && may_flank_strong(cell, i + 2);
    const bool closes =
        !blank_before && blank_after && may_flank_strong(cell, last_code_point(cell.substr(0, i)));
    if (open ? !closes : !opens)
      return false;
    if (!append_cell_text(cell.substr(written, i - written), html))
      return false;
    html += open ? "</strong>" : "<strong>";
    open = !open;
    written = i + 2;
    ++i;
  }
  return !open && append_cell_text(cell.substr(written), html);
}

// The tags between a row's cells: the row's start and the first cell's
// opening tag, each cell's closing tag and the next one's opening tag, and
// the last cell's closing tag and the row's end. One append for each, not
// three: a report's tables are a quarter of a million rows.
std::vector<std::string> joints(std::string_view tag, const std::vector<Alignment>& alignments) {
  const std::string closing = "</" + std::string(tag) + ">\n";
  std::vector<std::string> joints{"<tr>\n"};
  for (const Alignment alignment : alignments) {
    std::string& opening = joints.back();
    opening += "<" + std::string(tag);
    switch (alignment) {
      case Alignment::none:
        break;
      case Alignment::left:
        opening += " style=\"text-align: left\"";
        break;
      case Alignment::center:
        opening += " style=\"text-align: center\"";
        break;
      case Alignment::right:
        opening += " style=\"text-align: right\"";
        break;
    }
    opening += ">";
    joints.push_back(closing);
  }
  joints.back() += "</tr>\n";
  return joints;
}

// A row's cells between the joints of its columns (one more joint than cells).
bool append_row(const std::vector<std::string_view>& cells, const std::vector<std::string>& joints,
                std::string& html) {
  html += joints.front();
  for (std::size_t k = 0; k < cells.size(); ++k) {
    if (!append_cell(cells[k], html))
      return false;
    html += joints[k + 1];
  }
  return true;
}

}  // namespace

std::optional<std::size_t> append_plain_table_html(std::string_view markdown, std::size_t at,
                                                   std::string& html) {
  std::vector<std::string_view> header;
  std::vector<std::string_view> cells;
  const auto header_line = whole_line(markdown, at);
  if (!header_line || !split_row(*header_line, header))
    return std::nullopt;
  std::size_t next = at + header_line->size() + 1;
  const auto marker_line = whole_line(markdown, next);
  if (!marker_line || !split_row(*marker_line, cells) || cells.size() != header.size())
    return std::nullopt;
  std::vector<Alignment> alignments;
  for (const auto cell : cells) {
    const auto alignment = marker_alignment(cell);
    if (!alignment)
      return std::nullopt;
    alignments.push_back(*alignment);
  }
  next += marker_line->size() + 1;

  const std::size_t size_before = html.size();
  const auto left_to_cmark = [&] {
    html.resize(size_before);
    return std::nullopt;
  };
  html += "<table>\n<thead>\n";
  if (!append_row(header, joints("th", alignments), html))
    return left_to_cmark();
  html += "</thead>\n";
  // The rows go on to a blank line or the text's end; any line between
  // that is not a row of the same width is cmark-gfm's to read.
  const std::vector<std::string> body_joints = joints("td", alignments);
  bool has_body = false;
  while (next < markdown.size() && markdown[next] != '\n') {
    const auto line = whole_line(markdown, next);
    if (!line || !split_row(*line, cells) || cells.size() != header.size())
      return left_to_cmark();
    if (!has_body)
      html += "<tbody>\n";
    has_body = true;
    if (!append_row(cells, body_joints, html))
      return left_to_cmark();
    next += line->size() + 1;
  }
  if (has_body)
    html += "</tbody>\n";
  html += "</table>\n";
  return next;
}

}  // namespace procure
