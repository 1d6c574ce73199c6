// Reports as Markdown (CommonMark with pipe tables). Text is escaped so that
// nothing in it becomes markup: the characters that start emphasis, code,
// links, inline HTML, entities, strike-through or a table cell get a
// backslash anywhere; those that start a heading, list or quote get one at
// the start of a block; line breaks become spaces. The chart is left out:
// the ranking table holds the same numbers.
#include <algorithm>

#include "report_document.hpp"

namespace procure::cli {
namespace {

bool is_digit(char c) {
  return c >= '0' && c <= '9';
}

// `at_block_start`: the text opens a paragraph or list item, where a leading
// '#', '-', '+', '=' or "1." would start a heading or a list.
std::string escape(std::string_view text, bool at_block_start = false) {
  static constexpr std::string_view inline_special = "\\`*_[]<>|&~";
  std::string out;
  out.reserve(text.size() + 8);
  const std::size_t digits = static_cast<std::size_t>(
      std::find_if(text.begin(), text.end(), [](char c) { return !is_digit(c); }) - text.begin());
  for (std::size_t i = 0; i < text.size(); ++i) {
    const char c = text[i];
    if (c == '\n' || c == '\r' || c == '\t') {
      out += ' ';
      continue;
    }
    const bool block_start =
        at_block_start && i == 0 && (c == '#' || c == '-' || c == '+' || c == '=');
    const bool list_number = at_block_start && i == digits && digits > 0 && (c == '.' || c == ')');
    if (inline_special.find(c) != std::string_view::npos || block_start || list_number)
      out += '\\';
    out += c;
  }
  return out;
}

std::string row(const std::vector<std::string>& cells) {
  std::string out = "|";
  for (const auto& cell : cells)
    out += " " + escape(cell) + " |";
  return out + "\n";
}

std::string table(const ReportTable& t) {
  std::string out = row(t.headers);
  out += "|";
  for (std::size_t i = 0; i < t.headers.size(); ++i) {
    const bool right = std::find(t.right.begin(), t.right.end(), i) != t.right.end();
    out += right ? " ---: |" : " --- |";
  }
  out += "\n";
  for (const auto& r : t.rows)
    out += row(r);
  return out;
}

}  // namespace

std::string render_markdown(const ReportDocument& document) {
  std::string out = "# " + escape(document.title) + "\n";
  for (const auto& block : document.blocks) {
    switch (block.kind) {
      case ReportBlock::Kind::heading:
        out += "\n" + std::string(static_cast<std::size_t>(block.level), '#') + " " +
               escape(block.text) + "\n";
        break;
      case ReportBlock::Kind::paragraph:
        out += "\n" + escape(block.text, true) + "\n";
        break;
      case ReportBlock::Kind::table:
        out += "\n" + table(block.table);
        break;
      case ReportBlock::Kind::list:
        out += "\n";
        for (const auto& item : block.items)
          out += "- " + escape(item, true) + "\n";
        break;
      case ReportBlock::Kind::chart:
        break;
    }
  }
  return out;
}

}  // namespace procure::cli
