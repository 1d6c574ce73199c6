#include "procure/documents/document_figures.hpp"

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

std::vector<FigureBlock> figure_blocks(std::string_view markdown) {
  const std::string opening = "```" + std::string(figure_block_info);
  std::vector<FigureBlock> blocks;
  std::size_t at = 0;
  while (at < markdown.size()) {
    const std::size_t begin = at;
    if (next_line(markdown, at) != opening)
      continue;
    std::size_t after = at;
    const std::string_view name = next_line(markdown, after);
    if (next_line(markdown, after) == "```") {
      blocks.push_back({begin, after, std::string(name)});
      at = after;
    }
  }
  return blocks;
}

std::string rendered_block(const std::string& name) {
  return "<pre><code class=\"language-" + std::string(figure_block_info) + "\">" + name +
         "\n</code></pre>\n";
}

}  // namespace

std::vector<std::string> figure_names(std::string_view markdown) {
  std::vector<std::string> names;
  for (const auto& block : figure_blocks(markdown))
    names.push_back(block.name);
  return names;
}

void remove_figures(std::string& markdown) {
  // The text between blocks moves down over them (char_traits::move allows overlap).
  std::size_t kept = 0;
  std::size_t from = 0;
  const auto keep = [&](std::size_t end) {
    std::char_traits<char>::move(markdown.data() + kept, markdown.data() + from, end - from);
    kept += end - from;
  };
  for (const auto& block : figure_blocks(markdown)) {
    keep(block.begin);
    from = block.end;
  }
  keep(markdown.size());
  markdown.resize(kept);
}

std::string without_figures(std::string_view markdown) {
  std::string out(markdown);
  remove_figures(out);
  return out;
}

std::string with_figures(std::string html, std::span<const DocumentFigure> figures) {
  for (const auto& figure : figures) {
    const std::string block = rendered_block(figure.name);
    for (auto at = html.find(block); at != std::string::npos;
         at = html.find(block, at + figure.html.size()))
      html.replace(at, block.size(), figure.html);
  }
  return html;
}

}  // namespace procure
