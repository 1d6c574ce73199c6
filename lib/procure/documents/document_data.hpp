#pragma once
// Internal to the documents layer: the data builders and what they share.

#include <string>

#include <nlohmann/json.hpp>

#include "procure/core/localized_text.hpp"
#include "procure/documents/document_kind.hpp"

namespace procure::documents_detail {

// A text of the library catalog (display names, document labels).
std::string label(Lang lang, std::string_view key, const MessageArgs& args = {});

// A document label that reads differently in a prize competition ("the
// application received first") has a ".prize" variant in the catalog; the
// others read the same in both.
std::string case_label(const Case& kase, Lang lang, std::string_view key,
                       const MessageArgs& args = {});

// Free text as paragraphs (split at blank lines), for {{#x}}...{{/x}}.
nlohmann::json paragraphs(const LocalizedText& text, Lang lang, Lang primary);
nlohmann::json paragraphs(std::string_view text);
// The same as {"first": "...", "more": [...]}, for a text that follows a
// label or stands in a quote: {{#x}}> {{first}}{{#more}}...{{/more}}{{/x}}.
nlohmann::json first_and_more(std::string_view text);

// Reports that a document needs a part of case.yaml the case does not have,
// at case.yaml; the data is then empty.
nlohmann::json report_missing_part(const Case& kase, const char* code, std::string_view document,
                                   Diagnostics& diagnostics);

// What every document shows: the buyer, the case, its contacts, the date.
nlohmann::json common_data(const DocumentSources& sources, Lang lang, std::string_view document);

// "Leverandør A" ("Deltaker A" in a prize's dialogue): a participant's name,
// or its anonymised label (the letter follows the order of the participants
// file, so it is the same in every document).
std::string supplier_label(const DocumentSources& sources, Lang lang, const std::string& id);

nlohmann::json build_dialogue_invitation(const DocumentSources& sources, Lang lang,
                                         Diagnostics& diagnostics);
nlohmann::json build_input_request(const DocumentSources& sources, Lang lang,
                                   Diagnostics& diagnostics);
nlohmann::json build_input_summary(const DocumentSources& sources, Lang lang,
                                   Diagnostics& diagnostics);
nlohmann::json build_qa_log(const DocumentSources& sources, Lang lang, Diagnostics& diagnostics);
nlohmann::json build_tender_documents(const DocumentSources& sources, Lang lang,
                                      Diagnostics& diagnostics);

}  // namespace procure::documents_detail
