#pragma once
// The documents procure writes, each built from the case (and the dialogue
// record, or the evaluation of the tenders) by one data builder and rendered
// from one Markdown template per language. No fact is typed twice: every
// date, name, criterion, weight and score comes from the model as it was
// loaded and the evaluation as procure-score computes it.

#include <functional>
#include <memory>
#include <optional>
#include <span>
#include <string>
#include <string_view>
#include <vector>

#include <nlohmann/json.hpp>

#include "procure/core/diagnostic.hpp"
#include "procure/core/lang.hpp"
#include "procure/core/task_runner.hpp"
#include "procure/dialogue/dialogue_record.hpp"
#include "procure/documents/template_set.hpp"
#include "procure/evaluation/case_evaluation.hpp"
#include "procure/model/case.hpp"
#include "procure/rules/rule_tables.hpp"

namespace procure {

struct DocumentSources {
  const Case& kase;
  const DialogueRecord& dialogue;
  Date today;              // the document's date
  bool anonymise = false;  // suppliers as "Supplier A", "Supplier B" ...
  std::string generator;   // "procure 0.1.0"
  // The award documents: the evaluation of the tenders (complete: ok()), the
  // rule tables (the standstill), and the tender a letter is written to.
  const CaseEvaluation* evaluation = nullptr;
  const RuleTables* rules = nullptr;
  std::string tenderer;
};

using DocumentBuilder = nlohmann::json (*)(const DocumentSources& sources, Lang lang,
                                           Diagnostics& diagnostics);

// A figure our code draws (a chart), as HTML made from numbers and escaped
// labels. A template places it with a fenced block (see document_figures.hpp).
struct DocumentFigure {
  std::string name;
  std::string html;
};

using FigureBuilder = std::vector<DocumentFigure> (*)(const DocumentSources& sources, Lang lang);

// A list of a document's data that is built an item at a time as the
// template renders it (see DeferredLists): its key in the data (a dot
// between the keys of a list inside a record: "ranking.rows"), how many
// items it has, and how each is built. The data shown to template authors
// (document_data) holds it whole.
struct DeferredList {
  std::string key;
  std::size_t count = 0;
  ItemBuilder item;
};

using DeferredBuilder = std::vector<DeferredList> (*)(const DocumentSources& sources, Lang lang);

// Who a document is written to: the case's readers at large, or one letter
// per tender (every tender, or each rejected one), one per qualified
// candidate not selected in a prequalification, or one per tenderer dropped
// between negotiation rounds.
enum class Recipients {
  all,
  every_tender,
  rejected_tenders,
  non_selected_candidates,
  dropped_tenderers
};

struct DocumentKind {
  std::string_view name;  // "tender-documents": the command-line name and the template's name
  DocumentBuilder build;
  bool needs_evaluation = false;  // the tenders opened and evaluated
  bool needs_rules = false;       // the rule tables
  Recipients recipients = Recipients::all;
  FigureBuilder figures = nullptr;
  DeferredBuilder deferred = nullptr;
};

std::span<const DocumentKind> document_kinds();
const DocumentKind* find_document_kind(std::string_view name);

// The tenders a per-tenderer document is written to, by id: every tender in
// the evaluation's order (ranked ones first), or the rejected ones. Empty
// for a document to all.
std::vector<std::string> document_recipients(const DocumentKind& kind,
                                             const DocumentSources& sources);

struct RenderedDocument {
  std::string title;
  std::string markdown;
  std::string html;  // a complete page with its stylesheet
};

// The data a template sees, for template authors (--data) and tests.
nlohmann::json document_data(const DocumentKind& kind, const DocumentSources& sources, Lang lang,
                             Diagnostics& diagnostics);

// Where a document's texts go as they are made, rather than into the
// RenderedDocument (whose text then stays empty): a report's are tens of
// megabytes, and their files can be written meanwhile.
struct DocumentOutputs {
  // The Markdown, once final and before the HTML is made, as parts of a
  // text the taker shares (`text` owns what they view): they stay valid as
  // long as it holds it.
  std::function<void(std::shared_ptr<const void> text, std::vector<std::string_view> parts)>
      markdown;
  // The HTML page a part at a time, in order.
  std::function<void(std::string_view part)> html;
};

// Builds the data, renders the Markdown with Markdown escaping, and (unless
// `with_html` is false: then `html` is empty) the HTML page from that
// Markdown with the stylesheet "document.css" of the template folders.
// Empty on any problem; `outputs` are given the texts only when the
// document has none. A deferred list's items may be built and rendered on
// `parallel`'s threads; the document is the same.
std::optional<RenderedDocument> render_document(const DocumentKind& kind,
                                                const DocumentSources& sources, Lang lang,
                                                TemplateSet& templates, Diagnostics& diagnostics,
                                                bool with_html = true,
                                                const TaskRunner& parallel = {},
                                                const DocumentOutputs& outputs = {});

}  // namespace procure
