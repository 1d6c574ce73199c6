#pragma once
// The documents procure writes, each built from the case (and the dialogue
// record) by one data builder and rendered from one Markdown template per
// language. No fact is typed twice: every date, name, criterion and weight
// comes from the model as it was loaded.
//
// The award documents (evaluation report, award notice, rejection letter)
// slot in the same way: a builder fed by the evaluation results, and a
// template per language.

#include <optional>
#include <span>
#include <string>
#include <string_view>

#include <nlohmann/json.hpp>

#include "procure/core/diagnostic.hpp"
#include "procure/core/lang.hpp"
#include "procure/dialogue/dialogue_record.hpp"
#include "procure/documents/template_set.hpp"
#include "procure/model/case.hpp"

namespace procure {

struct DocumentSources {
  const Case& kase;
  const DialogueRecord& dialogue;
  Date today;              // the document's date
  bool anonymise = false;  // suppliers as "Supplier A", "Supplier B" ...
  std::string generator;   // "procure 0.1.0"
};

using DocumentBuilder = nlohmann::json (*)(const DocumentSources& sources, Lang lang,
                                           Diagnostics& diagnostics);

struct DocumentKind {
  std::string_view name;  // "tender-documents": the command-line name and the template's name
  DocumentBuilder build;
};

std::span<const DocumentKind> document_kinds();
const DocumentKind* find_document_kind(std::string_view name);

struct RenderedDocument {
  std::string title;
  std::string markdown;
  std::string html;  // a complete page with its stylesheet
};

// The data a template sees, for template authors (--data) and tests.
nlohmann::json document_data(const DocumentKind& kind, const DocumentSources& sources, Lang lang,
                             Diagnostics& diagnostics);

// Builds the data, renders the Markdown with Markdown escaping, and the HTML
// page from that Markdown with the stylesheet "document.css" of the
// template folders. Empty on any problem.
std::optional<RenderedDocument> render_document(const DocumentKind& kind,
                                                const DocumentSources& sources, Lang lang,
                                                TemplateSet& templates, Diagnostics& diagnostics);

}  // namespace procure
