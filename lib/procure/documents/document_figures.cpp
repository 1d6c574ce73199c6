#include "procure/documents/document_figures.hpp"

#include <algorithm>
#include <functional>

namespace procure {
namespace {

struct FigureBlock {
  std::size_t begin = 0;  // the opening fence's first character
  std::size_t end = 0;    // past the closing fence's line end
  std::string name;
};

// The next line of `text` from `at`, without its line end; `at` moves past it.
std::string_view next_line(std::string_view text, std::size_t& at) {
  const std::size_t start = at;
  std::size_t stop = text.find('\n', start);
  if (stop == std::string_view::npos)
    stop = text.size();
  at = stop < text.size() ? stop + 1 : stop;
  return text.substr(start, stop - start);
}

// Found by their opening fence, not line by line: a report is tens of
// megabytes and its figures a few.
std::vector<FigureBlock> figure_blocks(std::string_view markdown) {
  const std::string opening = "```" + std::string(figure_block_info);
  std::vector<FigureBlock> blocks;
  std::size_t from = 0;  // past the last block found
  for (auto begin = markdown.find(opening); begin != std::string_view::npos;
       begin = markdown.find(opening, std::max(begin + 1, from))) {
    std::size_t after = begin;
    if ((begin > 0 && markdown[begin - 1] != '\n') || next_line(markdown, after) != opening)
      continue;
    const std::string_view name = next_line(markdown, after);
    if (next_line(markdown, after) == "```") {
      blocks.push_back({begin, after, std::string(name)});
      from = after;
    }
  }
  return blocks;
}

std::string rendered_block_start() {
  return "<pre><code class=\"language-" + std::string(figure_block_info) + "\">";
}

std::string rendered_block(const std::string& name) {
  return rendered_block_start() + name + "\n</code></pre>\n";
}

}  // namespace

std::vector<std::string> figure_names(std::string_view markdown) {
  std::vector<std::string> names;
  for (const auto& block : figure_blocks(markdown))
    names.push_back(block.name);
  return names;
}

std::vector<std::string_view> markdown_without_figures(std::string_view markdown) {
  std::vector<std::string_view> parts;
  // Where a block stood, the line ends on either side meet: a run of more
  // than two is cut to two, and none is kept before the first text.
  std::size_t line_ends = 0;  // at the end of what is kept so far
  const auto keep = [&](std::string_view text) {
    const auto first = text.find_first_not_of('\n');
    const std::size_t leading = first == std::string_view::npos ? text.size() : first;
    const std::size_t allowed = parts.empty() ? 0 : 2 - std::min<std::size_t>(line_ends, 2);
    text.remove_prefix(leading - std::min(leading, allowed));
    if (text.empty())
      return;
    const auto last = text.find_last_not_of('\n');
    line_ends = last == std::string_view::npos ? line_ends + text.size() : text.size() - 1 - last;
    parts.push_back(text);
  };
  std::size_t from = 0;
  for (const auto& block : figure_blocks(markdown)) {
    keep(markdown.substr(from, block.begin - from));
    from = block.end;
  }
  keep(markdown.substr(from));
  return parts;
}

std::string with_figures(std::string html, std::span<const DocumentFigure> figures) {
  if (figures.empty())
    return html;
  // Every block the HTML holds, found in one pass by the start they share
  // with a searcher that skips ("<" starts each of a report's million tags),
  // and replaced in place: a report's figures are a few, its HTML tens of
  // megabytes that a copy would hold twice.
  const std::string start = rendered_block_start();
  const std::boyer_moore_horspool_searcher searcher(start.begin(), start.end());
  std::size_t from = 0;
  for (auto found = std::search(html.begin(), html.end(), searcher); found != html.end();
       found =
           std::search(html.begin() + static_cast<std::ptrdiff_t>(from), html.end(), searcher)) {
    const auto at = static_cast<std::size_t>(found - html.begin());
    from = at + 1;
    for (const auto& figure : figures) {
      const std::string block = rendered_block(figure.name);
      if (html.compare(at, block.size(), block) == 0) {
        html.replace(at, block.size(), figure.html);
        from = at + figure.html.size();
        break;
      }
    }
  }
  return html;
}

}  // namespace procure
