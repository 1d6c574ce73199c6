#include "procure/documents/markdown_html.hpp"

#include <cstdlib>
#include <memory>
#include <stdexcept>

#include <cmark-gfm-core-extensions.h>
#include <cmark-gfm.h>

namespace procure {

std::string markdown_to_html(std::string_view markdown) {
  // Right alignment of numeric columns as style attributes: HTML5 has no align attribute.
  const int options = CMARK_OPT_VALIDATE_UTF8 | CMARK_OPT_TABLE_PREFER_STYLE_ATTRIBUTES;
  cmark_gfm_core_extensions_ensure_registered();
  const std::unique_ptr<cmark_parser, void (*)(cmark_parser*)> parser(cmark_parser_new(options),
                                                                      cmark_parser_free);
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
  char* html =
      cmark_render_html(document.get(), options, cmark_parser_get_syntax_extensions(parser.get()));
  std::string result(html);
  std::free(html);
  return result;
}

}  // namespace procure
