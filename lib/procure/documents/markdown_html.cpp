#include "procure/documents/markdown_html.hpp"

#include <algorithm>
#include <memory>
#include <mutex>
#include <optional>
#include <stdexcept>
#include <vector>

#include <cmark-gfm-core-extensions.h>
#include <cmark-gfm.h>

#include "procure/core/joined_text.hpp"
#include "procure/documents/document_figures.hpp"
#include "procure/documents/escaping.hpp"
#include "procure/documents/plain_table_html.hpp"

namespace procure {
namespace {

// Right alignment of numeric columns as style attributes: HTML5 has no align attribute.
constexpr int options = CMARK_OPT_VALIDATE_UTF8 | CMARK_OPT_TABLE_PREFER_STYLE_ATTRIBUTES;

// cmark-gfm's extensions, registered once whichever thread converts first.
void register_extensions() {
  static std::once_flag registered;
  std::call_once(registered, cmark_gfm_core_extensions_ensure_registered);
}

// Takes out of the tree the markup escaped data holds between an "@" and
// a domain (address_breaker), which would show as a comment.
void leave_out_address_breakers(cmark_node* document) {
  std::vector<cmark_node*> breakers;
  const std::unique_ptr<cmark_iter, void (*)(cmark_iter*)> walk(cmark_iter_new(document),
                                                                cmark_iter_free);
  for (auto event = cmark_iter_next(walk.get()); event != CMARK_EVENT_DONE;
       event = cmark_iter_next(walk.get())) {
    cmark_node* node = cmark_iter_get_node(walk.get());
    const char* literal = cmark_node_get_literal(node);
    if (event == CMARK_EVENT_ENTER && cmark_node_get_type(node) == CMARK_NODE_HTML_INLINE &&
        literal != nullptr && literal == address_breaker)
      breakers.push_back(node);
  }
  for (cmark_node* breaker : breakers) {
    cmark_node_unlink(breaker);
    cmark_node_free(breaker);
  }
}

// cmark-gfm's HTML of a piece of Markdown. Pieces may be converted on several
// threads at once: each has its own parser, and its tree in memory of its
// own (not cmark-gfm's arena, which is global); cmark-gfm writes its global
// table of special characters only for inline extensions, and the table
// extension is none. valgrind's helgrind and DRD found no race in 606
// conversions, two at a time, of documents, templates and the fuzzer's
// Markdown, and millions with the arena (docs/performance.md).
std::string cmark_html(std::string_view markdown) {
  register_extensions();
  cmark_mem* const memory = cmark_get_default_mem_allocator();
  const std::unique_ptr<cmark_parser, void (*)(cmark_parser*)> parser(
      cmark_parser_new_with_mem(options, memory), cmark_parser_free);
  // Without the autolink extension: a bare URL, "www." name or e-mail
  // address in the data must never become a link (an escaped "@" would not
  // stop it: the extension looks at the text after escapes are undone).
  for (const char* name : {"table"}) {
    cmark_syntax_extension* extension = cmark_find_syntax_extension(name);
    if (extension == nullptr || cmark_parser_attach_syntax_extension(parser.get(), extension) == 0)
      throw std::runtime_error(std::string("cmark-gfm has no extension ") + name);
  }
  cmark_parser_feed(parser.get(), markdown.data(), markdown.size());
  const std::unique_ptr<cmark_node, void (*)(cmark_node*)> document(
      cmark_parser_finish(parser.get()), cmark_node_free);
  leave_out_address_breakers(document.get());
  char* const html = cmark_render_html_with_mem(
      document.get(), options, cmark_parser_get_syntax_extensions(parser.get()), memory);
  std::string text(html);
  memory->free(html);
  return text;
}

std::string_view line_at(std::string_view text, std::size_t at) {
  const auto end = text.find('\n', at);
  return text.substr(at, end == std::string_view::npos ? std::string_view::npos : end - at);
}

bool starts_fence(std::string_view line) {
  const auto first = line.find_first_not_of(" \t");
  return first != std::string_view::npos &&
         (line.substr(first, 3) == "```" || line.substr(first, 3) == "~~~");
}

// Whether a "]" at `at` could close a link label: not escaped by an odd
// number of backslashes.
bool unescaped(std::string_view text, std::size_t at) {
  std::size_t backslashes = 0;
  while (at > backslashes && text[at - backslashes - 1] == '\\')
    ++backslashes;
  return backslashes % 2 == 0;
}

// Where the text goes on after a figure block at `at` whose first line,
// a fence, is `line`: its opening line, a name, its closing line. Nothing
// for any other fenced block.
std::optional<std::size_t> past_figure_block(std::string_view markdown, std::size_t at,
                                             std::string_view line) {
  const std::size_t name_at = at + line.size() + 1;
  if (line.substr(0, 3) != "```" || line.substr(3) != figure_block_info ||
      name_at >= markdown.size())
    return std::nullopt;
  const std::string_view name = line_at(markdown, name_at);
  const std::size_t close_at = name_at + name.size() + 1;
  if (starts_fence(name) || close_at >= markdown.size() || line_at(markdown, close_at) != "```")
    return std::nullopt;
  return close_at + 4;
}

// Whether the document's blocks can be converted apart: after a blank line,
// a heading at the line's start closes every block a document can hold
// except a fenced code block and an HTML block, and nothing crosses from
// one block to another except link reference definitions. So the Markdown
// may be cut before such headings when it has no HTML block, no link
// reference definition ("]:"), and no fence other than a figure block's
// three lines at the line's start (see document_figures.hpp).
bool can_cut(std::string_view markdown) {
  // cmark-gfm ends a line at a carriage return too, the lines here at line
  // feeds only: a text with one (a template saved with CRLF) goes whole.
  if (markdown.find('\r') != std::string_view::npos)
    return false;
  for (auto at = markdown.find("]:"); at != std::string_view::npos;
       at = markdown.find("]:", at + 2)) {
    if (unescaped(markdown, at))
      return false;
  }
  // Line by line, looking further only at a line whose first character
  // other than a blank could open an HTML block, a definition or a fence.
  std::size_t at = 0;
  while (at < markdown.size()) {
    std::size_t first = at;
    while (first < markdown.size() && (markdown[first] == ' ' || markdown[first] == '\t'))
      ++first;
    if (first < markdown.size()) {
      const char opening = markdown[first];
      if (opening == '<' || opening == '[')
        return false;
      if (opening == '`' || opening == '~') {
        const std::string_view line = line_at(markdown, at);
        if (starts_fence(line)) {
          const auto past = past_figure_block(markdown, at, line);
          if (!past)
            return false;
          at = *past;
          continue;
        }
      }
    }
    const auto end = markdown.find('\n', first);
    if (end == std::string_view::npos)
      break;
    at = end + 1;
  }
  return true;
}

// A heading at `at`: "#" to "######" and a blank or the line's end.
bool heading_at(std::string_view markdown, std::size_t at) {
  std::size_t hashes = 0;
  while (at + hashes < markdown.size() && markdown[at + hashes] == '#')
    ++hashes;
  if (hashes == 0 || hashes > 6)
    return false;
  const std::size_t after = at + hashes;
  return after == markdown.size() || markdown[after] == ' ' || markdown[after] == '\t' ||
         markdown[after] == '\n';
}

bool ends_with_blank_line(std::string_view markdown) {
  return markdown.size() >= 2 && markdown.substr(markdown.size() - 2) == "\n\n";
}

// A heading at the start of a line after a blank line.
bool heading_after_blank_line(std::string_view markdown, std::size_t at) {
  return ends_with_blank_line(markdown.substr(0, at)) && heading_at(markdown, at);
}

// The HTML of a piece that can_cut allows to cut: its tables of plain text
// written directly, the Markdown between them by cmark-gfm. A '|' at the
// start of a line after a blank line opens a top-level block there (no
// list, quote or code block reaches past a blank line to an unindented
// line, and can_cut rules out the blocks that do), so the Markdown before
// it converts apart, and a table there is cmark-gfm's table.
std::string piece_html(std::string_view markdown) {
  // Room for about what a report's tables take (2.05 times their Markdown):
  // grown by doubling, a piece's HTML was copied ten times over.
  std::string html;
  html.reserve(markdown.size() * 9 / 4);
  std::size_t converted = 0;  // where the Markdown cmark-gfm has not seen starts
  std::size_t at = 0;
  while (at < markdown.size()) {
    const bool after_blank_line =
        at == 0 || (markdown[at - 1] == '\n' && (at == 1 || markdown[at - 2] == '\n'));
    if (after_blank_line && markdown[at] == '|') {
      if (at > converted)
        html += cmark_html(markdown.substr(converted, at - converted));
      converted = at;
      if (const auto end = append_plain_table_html(markdown, at, html)) {
        converted = at = *end;
        continue;
      }
    }
    const auto end = markdown.find('\n', at);
    at = end == std::string_view::npos ? markdown.size() : end + 1;
  }
  if (converted < markdown.size())
    html += cmark_html(markdown.substr(converted));
  return html;
}

}  // namespace

std::string markdown_to_html_in_one_pass(std::string_view markdown) {
  return cmark_html(markdown);
}

std::string markdown_to_html(std::string_view markdown, const TaskRunner& parallel) {
  // HTML takes about twice the Markdown's size; capacity never written to
  // takes no memory, and one large enough spares copying the text as it grows.
  std::string html;
  html.reserve(3 * markdown.size() + 4096);
  markdown_to_html(markdown, parallel, [&html](std::string& part) { html += part; });
  return html;
}

bool converts_apart(std::string_view before, std::string_view after) {
  return ends_with_blank_line(before) && heading_at(after, 0);
}

void markdown_to_html(std::string_view markdown, const TaskRunner& parallel, const HtmlParts& parts,
                      const HtmlEdit& edit) {
  const std::string_view whole[] = {markdown};
  markdown_to_html(whole, parallel, parts, edit);
}

void markdown_to_html(std::span<const std::string_view> segments, const TaskRunner& parallel,
                      const HtmlParts& parts, const HtmlEdit& edit) {
  // cmark holds the whole document as a tree, ten times the text: a long
  // report is converted a section at a time, to the same HTML. Segments
  // meet where a cut may be; each is looked at for what forbids any.
  if (!std::all_of(segments.begin(), segments.end(), can_cut)) {
    std::string html =
        segments.size() == 1 ? cmark_html(segments.front()) : cmark_html(joined(segments));
    if (edit)
      edit(html);
    parts(html);
    return;
  }
  constexpr std::size_t piece = 64 * 1024;
  std::vector<std::string_view> pieces;
  for (const std::string_view markdown : segments) {
    std::size_t begin = 0;
    while (begin < markdown.size()) {
      std::size_t end = markdown.size();
      for (auto at = markdown.find("\n\n#", std::min(begin + piece, markdown.size()));
           at != std::string_view::npos; at = markdown.find("\n\n#", at + 1)) {
        if (heading_after_blank_line(markdown, at + 2)) {
          end = at + 2;
          break;
        }
      }
      pieces.push_back(markdown.substr(begin, end - begin));
      begin = end;
    }
  }
  // Pieces made on every thread at once, each given in order as soon as
  // those before it are: the pieces' own texts never hold more than a
  // window of them.
  run_in_order<std::string>(
      parallel, pieces.size(), std::size_t{markdown_pieces_a_thread} * std::max(1u, parallel.width),
      [&pieces, &edit](std::size_t k) {
        std::string html = piece_html(pieces[k]);
        if (edit)
          edit(html);
        return html;
      },
      [&parts](std::string& text) { parts(text); });
}

}  // namespace procure
