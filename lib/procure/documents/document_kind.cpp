#include "procure/documents/document_kind.hpp"

#include <algorithm>
#include <array>

#include "procure/documents/document_data.hpp"
#include "procure/documents/document_figures.hpp"
#include "procure/documents/escaping.hpp"
#include "procure/documents/html_page.hpp"
#include "procure/documents/markdown_html.hpp"

namespace procure {
namespace {

using namespace documents_detail;

constexpr std::array<DocumentKind, 14> kinds{{
    {"dialogue-invitation", build_dialogue_invitation},
    {"input-request", build_input_request},
    {"input-summary", build_input_summary},
    {"qa-log", build_qa_log},
    {"tender-documents", build_tender_documents, false, true},
    {"evaluation-report", build_evaluation_report, true, false, Recipients::all,
     evaluation_report_figures},
    {"award-notice", build_award_notice, true, true, Recipients::every_tender},
    {"rejection-letter", build_rejection_letter, true, false, Recipients::rejected_tenders},
    {"invitation-to-tender", build_invitation_to_tender},
    {"negotiation-minutes", build_negotiation_minutes},
    {"non-selection-notice", build_non_selection_notice, false, false,
     Recipients::non_selected_candidates},
    {"reduction-notice", build_reduction_notice, false, false, Recipients::dropped_tenderers},
    {"negotiation-invitation", build_negotiation_invitation},
    {"procurement-record", build_procurement_record, true, true},
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

std::vector<std::string> document_recipients(const DocumentKind& kind,
                                             const DocumentSources& sources) {
  std::vector<std::string> ids;
  if (kind.recipients == Recipients::non_selected_candidates) {
    if (const auto& pq = sources.kase.stages.prequalification) {
      for (const auto& id : pq->qualified) {
        if (std::find(pq->invited.begin(), pq->invited.end(), id) == pq->invited.end())
          ids.push_back(id);
      }
    }
    return ids;
  }
  if (kind.recipients == Recipients::dropped_tenderers) {
    if (const auto& negotiation = sources.kase.stages.negotiation) {
      for (const auto& round : negotiation->rounds)
        ids.insert(ids.end(), round.dropped.begin(), round.dropped.end());
    }
    return ids;
  }
  if (kind.recipients == Recipients::all || sources.evaluation == nullptr ||
      !sources.evaluation->ok())
    return ids;
  for (const auto& r : sources.evaluation->evaluation().tenders) {
    if (kind.recipients == Recipients::every_tender || r.rejected())
      ids.push_back(r.tender->id);
  }
  return ids;
}

nlohmann::json document_data(const DocumentKind& kind, const DocumentSources& sources, Lang lang,
                             Diagnostics& diagnostics) {
  nlohmann::json data = common_data(sources, lang, kind.name);
  nlohmann::json own = kind.build(sources, lang, diagnostics);
  if (own.is_object()) {
    for (auto& [key, value] : own.items())
      data[key] = std::move(value);
  }
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
  const std::string with_blocks = collapse_blank_lines(*markdown);
  const auto placed = figure_names(with_blocks);
  std::vector<DocumentFigure> figures;
  if (!placed.empty() && kind.figures != nullptr)
    figures = kind.figures(sources, lang);
  std::string known;
  for (const auto& figure : figures)
    known += (known.empty() ? "" : ", ") + figure.name;
  for (const auto& name : placed) {
    if (std::none_of(figures.begin(), figures.end(),
                     [&](const DocumentFigure& f) { return f.name == name; })) {
      diagnostics.error("document.unknown-figure", {{"document", std::string(kind.name)},
                                                    {"name", name},
                                                    {"known", known.empty() ? "-" : known}});
    }
  }
  if (diagnostics.has_errors())
    return std::nullopt;
  RenderedDocument document;
  document.markdown = collapse_blank_lines(without_figures(with_blocks));
  document.title = data["document_title"].get<std::string>();
  document.html =
      render_html_page({document.title, lang, *stylesheet,
                        with_figures(markdown_to_html(with_blocks), figures), sources.generator});
  return document;
}

}  // namespace procure
