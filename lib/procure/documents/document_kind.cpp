#include "procure/documents/document_kind.hpp"

#include <array>

#include "procure/documents/document_data.hpp"
#include "procure/documents/escaping.hpp"
#include "procure/documents/html_page.hpp"
#include "procure/documents/markdown_html.hpp"

namespace procure {
namespace {

using namespace documents_detail;

constexpr std::array<DocumentKind, 5> kinds{{
    {"dialogue-invitation", build_dialogue_invitation},
    {"input-request", build_input_request},
    {"input-summary", build_input_summary},
    {"qa-log", build_qa_log},
    {"tender-documents", build_tender_documents},
}};

// Templates leave blank lines where sections were empty; one is enough.
std::string collapse_blank_lines(const std::string& text) {
  std::string out;
  out.reserve(text.size());
  int newlines = 0;
  for (const char c : text) {
    newlines = c == '\n' ? newlines + 1 : 0;
    if (newlines <= 2)
      out += c;
  }
  const auto first = out.find_first_not_of('\n');
  return first == std::string::npos ? std::string() : out.substr(first);
}

}  // namespace

std::span<const DocumentKind> document_kinds() {
  return kinds;
}

const DocumentKind* find_document_kind(std::string_view name) {
  for (const auto& kind : kinds) {
    if (kind.name == name)
      return &kind;
  }
  return nullptr;
}

nlohmann::json document_data(const DocumentKind& kind, const DocumentSources& sources, Lang lang,
                             Diagnostics& diagnostics) {
  nlohmann::json data = common_data(sources, lang, kind.name);
  const nlohmann::json own = kind.build(sources, lang, diagnostics);
  if (own.is_object())
    data.update(own);
  return data;
}

std::optional<RenderedDocument> render_document(const DocumentKind& kind,
                                                const DocumentSources& sources, Lang lang,
                                                TemplateSet& templates, Diagnostics& diagnostics) {
  const nlohmann::json data = document_data(kind, sources, lang, diagnostics);
  if (diagnostics.has_errors())
    return std::nullopt;
  auto markdown = templates.render(kind.name, data, markdown_escape, diagnostics);
  const auto stylesheet = templates.read_asset("document.css", diagnostics);
  if (!markdown || !stylesheet)
    return std::nullopt;
  RenderedDocument document;
  document.markdown = collapse_blank_lines(*markdown);
  document.title = data["document_title"].get<std::string>();
  document.html = render_html_page(
      {document.title, lang, *stylesheet, markdown_to_html(document.markdown), sources.generator});
  return document;
}

}  // namespace procure
