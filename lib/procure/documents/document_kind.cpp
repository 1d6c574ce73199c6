#include "procure/documents/document_kind.hpp"

#include <algorithm>
#include <array>

#include "procure/core/joined_text.hpp"
#include "procure/documents/document_data.hpp"
#include "procure/documents/document_figures.hpp"
#include "procure/documents/escaping.hpp"
#include "procure/documents/html_page.hpp"
#include "procure/documents/markdown_html.hpp"

namespace procure {
namespace {

using namespace documents_detail;

constexpr std::array<DocumentKind, 15> kinds{{
    {"dialogue-invitation", build_dialogue_invitation},
    {"input-request", build_input_request},
    {"input-summary", build_input_summary},
    {"qa-log", build_qa_log},
    {"tender-documents", build_tender_documents, false, true},
    {"evaluation-report", build_evaluation_report, true, false, Recipients::all,
     evaluation_report_figures, evaluation_report_lists},
    {"award-notice", build_award_notice, true, true, Recipients::every_tender},
    {"rejection-letter", build_rejection_letter, true, false, Recipients::rejected_tenders},
    {"invitation-to-tender", build_invitation_to_tender},
    {"negotiation-minutes", build_negotiation_minutes},
    {"non-selection-notice", build_non_selection_notice, false, false,
     Recipients::non_selected_candidates},
    {"reduction-notice", build_reduction_notice, false, false, Recipients::dropped_tenderers},
    {"negotiation-invitation", build_negotiation_invitation},
    {"final-tender-invitation", build_final_tender_invitation},
    {"procurement-record", build_procurement_record, true, true},
}};

// Templates leave blank lines where sections were empty; one is enough,
// and the leading line ends go. In place, a run of line ends at a time: a
// report's text is tens of megabytes, nearly all of it kept where it is.
void collapse_blank_lines(std::string& text) {
  std::size_t from = text.find_first_not_of('\n');
  std::size_t kept = 0;
  while (from != std::string::npos) {
    const std::size_t run = text.find("\n\n\n", from);
    const std::size_t end = run == std::string::npos ? text.size() : run + 2;
    if (kept != from)
      std::char_traits<char>::move(text.data() + kept, text.data() + from, end - from);
    kept += end - from;
    from = run == std::string::npos ? run : text.find_first_not_of('\n', run);
  }
  text.resize(kept);
}

// Where a deferred list stands in the data: its key, or each of its dotted
// keys one level further in.
nlohmann::json& list_place(nlohmann::json& data, std::string_view key) {
  nlohmann::json* place = &data;
  for (std::size_t dot = key.find('.'); dot != std::string_view::npos; dot = key.find('.')) {
    place = &(*place)[std::string(key.substr(0, dot))];
    key.remove_prefix(dot + 1);
  }
  return (*place)[std::string(key)];
}

// The rendered segments, each joined to the one before where the Markdown
// cannot be cut between them (converts_apart: a report's parts of a
// thousand tenders each start with a tender's heading, the rows of a table
// do not), the empty ones dropped. Where a segment ends with a blank line
// and the next starts with a heading, no run of blank lines, figure block
// or block of any kind spans them, so each is collapsed, looked through
// for figures and converted on its own.
std::vector<std::string> segments_apart(std::vector<std::string> rendered) {
  std::vector<std::string> segments;
  for (auto& segment : rendered) {
    if (segment.empty())
      continue;
    if (!segments.empty() && !converts_apart(segments.back(), segment))
      segments.back() += segment;
    else
      segments.push_back(std::move(segment));
  }
  if (segments.empty())
    segments.emplace_back();
  return segments;
}

// The data but the lists built as they render.
nlohmann::json data_but_deferred(const DocumentKind& kind, const DocumentSources& sources,
                                 Lang lang, Diagnostics& diagnostics) {
  nlohmann::json data = common_data(sources, lang, kind.name);
  nlohmann::json own = kind.build(sources, lang, diagnostics);
  if (own.is_object()) {
    for (auto& [key, value] : own.items())
      data[key] = std::move(value);
  }
  return data;
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
  nlohmann::json data = data_but_deferred(kind, sources, lang, diagnostics);
  if (kind.deferred != nullptr) {
    for (const auto& list : kind.deferred(sources, lang)) {
      nlohmann::json items = nlohmann::json::array();
      for (std::size_t i = 0; i < list.count; ++i)
        items.push_back(list.item(i).to_json());
      list_place(data, list.key) = std::move(items);
    }
  }
  return data;
}

std::optional<RenderedDocument> render_document(const DocumentKind& kind,
                                                const DocumentSources& sources, Lang lang,
                                                TemplateSet& templates, Diagnostics& diagnostics,
                                                bool with_html, const TaskRunner& parallel,
                                                const DocumentOutputs& outputs) {
  nlohmann::json data = data_but_deferred(kind, sources, lang, diagnostics);
  if (diagnostics.has_errors())
    return std::nullopt;
  // Each deferred list stands in the data as an array of nulls, one an item,
  // so the template sees its length; the builder gives each item when rendered.
  DeferredLists deferred;
  std::vector<DeferredList> lists;
  if (kind.deferred != nullptr)
    lists = kind.deferred(sources, lang);
  for (const auto& list : lists) {
    nlohmann::json nulls = nlohmann::json::array();
    nulls.get_ref<nlohmann::json::array_t&>().resize(list.count);
    nlohmann::json& place = list_place(data, list.key);
    place = std::move(nulls);
    deferred.emplace(&place, list.item);
  }
  RenderedDocument document;
  document.title = data["document_title"].get<std::string>();
  auto rendered = templates.render_segments(kind.name, data, append_markdown_escaped, diagnostics,
                                            deferred, parallel);
  // The text holds all the data now: the data goes before the HTML is made.
  data = nlohmann::json();
  const auto stylesheet = templates.read_asset("document.css", diagnostics);
  if (!rendered || !stylesheet)
    return std::nullopt;
  // Shared: the Markdown's taker may write it out while the HTML is made.
  const auto text =
      std::make_shared<std::vector<std::string>>(segments_apart(std::move(*rendered)));
  // Each segment's blank lines collapsed and its figures' places found on
  // a task of its own, the figures drawn beside them (a report's chart of a
  // thousand tenders takes half as long as its text) and dropped if the
  // text places none.
  std::vector<std::vector<std::string>> placed_in(text->size());
  std::vector<std::vector<std::string_view>> kept_in(text->size());
  std::vector<DocumentFigure> figures;
  std::vector<Task> tasks;
  if (kind.figures != nullptr)
    tasks.emplace_back([&] { figures = kind.figures(sources, lang); });
  for (std::size_t k = 0; k < text->size(); ++k) {
    tasks.emplace_back([&, k] {
      std::string& segment = (*text)[k];
      collapse_blank_lines(segment);
      placed_in[k] = figure_names(segment);
      kept_in[k] = markdown_without_figures(segment);
    });
  }
  run_tasks(parallel, tasks);
  std::vector<std::string> placed;
  std::vector<std::string_view> markdown_parts;
  std::vector<std::string_view> with_blocks;
  for (std::size_t k = 0; k < text->size(); ++k) {
    placed.insert(placed.end(), placed_in[k].begin(), placed_in[k].end());
    markdown_parts.insert(markdown_parts.end(), kept_in[k].begin(), kept_in[k].end());
    with_blocks.emplace_back((*text)[k]);
  }
  if (placed.empty())
    figures.clear();
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
  // The Markdown leaves the figures out; the HTML is made with their blocks.
  if (outputs.markdown)
    outputs.markdown(text, markdown_parts);
  if (with_html) {
    // HTML takes about twice the Markdown's size; capacity never written to
    // takes no memory, and one large enough spares copying it as it grows.
    if (!outputs.html)
      document.html.reserve(3 * joined_size(with_blocks) + 4096);
    const auto page =
        outputs.html ? outputs.html : [&document](std::string_view part) { document.html += part; };
    page(html_page_start({document.title, lang, *stylesheet, sources.generator}));
    // A figure's block is never split between parts.
    markdown_to_html(
        with_blocks, parallel, [&page](std::string& part) { page(part); },
        [&figures](std::string& part) { part = with_figures(std::move(part), figures); });
    page(html_page_end);
  }
  if (!outputs.markdown && text->size() == 1 && markdown_parts.size() == 1 &&
      markdown_parts.front().size() == text->front().size()) {
    document.markdown = std::move(text->front());  // no figure: the text as it is
  } else if (!outputs.markdown) {
    document.markdown = joined(markdown_parts);
  }
  return document;
}

}  // namespace procure
